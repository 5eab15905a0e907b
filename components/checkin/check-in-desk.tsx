"use client";
import Form from "next/form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useState, useSyncExternalStore, useTransition, type ReactNode } from "react";
import { BadgeScanner } from "./badge-scanner";

// "Check in on scan" is a choice of the phone at this door: kept in the browser, not the account.
const AUTO_KEY = "concord.checkin.auto";
const autoListeners = new Set<() => void>();
function subscribeAuto(listener: () => void) {
  autoListeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    autoListeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
function readAuto(): boolean {
  try {
    return window.localStorage.getItem(AUTO_KEY) === "1";
  } catch {
    return false;
  }
}
function writeAuto(on: boolean) {
  try {
    window.localStorage.setItem(AUTO_KEY, on ? "1" : "0");
  } catch {
    // Private browsing may refuse storage: the switch then lasts until the page is left.
  }
  autoListeners.forEach((listener) => listener());
}

/**
 * The door: the camera (with JavaScript), the result for the last badge, and the typed-code form,
 * which is a plain GET form to this page and works without JavaScript. A scan shows the badge's
 * card (or, with "check in on scan", checks an approved guest in at once) through the same page.
 */
export function CheckInDesk({
  result,
  typed,
  typedError,
  formKey,
  checkIn,
}: {
  /** The server-rendered result for the badge in the URL, if any. */
  result: ReactNode;
  /** What was typed, given back when it was not a code. */
  typed: string;
  typedError: string | null;
  /** New on every render of the page, so after each result the field is emptied and ready for the next badge. */
  formKey: string;
  checkIn: (input: FormData) => Promise<void>;
}) {
  const t = useTranslations("checkin");
  const ts = useTranslations("checkin.scanner");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [cameraOn, setCameraOn] = useState(false);
  const auto = useSyncExternalStore(subscribeAuto, readAuto, () => false);

  const onCode = useCallback(
    (code: string) => {
      startTransition(async () => {
        if (readAuto()) {
          const form = new FormData();
          form.set("code", code);
          await checkIn(form);
        } else if (new URLSearchParams(window.location.search).get("code") === code) {
          // The same badge again: show its current state (e.g. checked in meanwhile at another door).
          router.refresh();
        } else {
          router.replace(`/checkin?${new URLSearchParams({ code }).toString()}`, { scroll: false });
        }
      });
    },
    [checkIn, router],
  );

  return (
    <>
      <BadgeScanner onCode={onCode} onRunningChange={setCameraOn} />
      {cameraOn ? (
        <div className="space-y-1 rounded-lg bg-white px-3 py-2 shadow-sm">
          <label className="flex items-center gap-3 text-base font-medium text-slate-900">
            <input type="checkbox" checked={auto} onChange={(e) => writeAuto(e.target.checked)} className="size-5 accent-emerald-700" aria-describedby="auto-hint" />
            {ts("autoCheckIn")}
          </label>
          <p id="auto-hint" className="text-sm text-slate-600">
            {ts("autoCheckInHint")}
          </p>
        </div>
      ) : null}
      {pending ? (
        <p role="status" className="rounded-lg bg-slate-800 px-4 py-3 text-lg font-semibold text-white">
          {ts("lookingUp")}
        </p>
      ) : null}
      <div aria-live="polite">{result}</div>
      <Form key={formKey} action="/checkin" replace scroll={false} className="space-y-2 rounded-xl bg-white p-3 shadow-sm">
        <label htmlFor="code" className="block text-lg font-semibold text-slate-900">
          {t("code")}
        </label>
        <input
          id="code"
          name="code"
          defaultValue={typed}
          // A phone scanning with its camera keeps its keyboard closed; otherwise the field is ready.
          autoFocus={!cameraOn}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-invalid={typedError ? true : undefined}
          aria-describedby={typedError ? "code-error code-hint" : "code-hint"}
          className="block w-full rounded-lg border-2 border-slate-300 px-4 py-3 font-mono text-2xl tracking-wider uppercase focus:border-brand-500 focus:outline-none aria-invalid:border-red-600"
        />
        <p id="code-hint" className="text-sm text-slate-600">
          {t("codeHint")}
        </p>
        {typedError ? (
          <p id="code-error" className="text-sm font-medium text-red-700">
            {typedError}
          </p>
        ) : null}
        <button type="submit" className="w-full rounded-lg bg-slate-800 px-4 py-3 text-lg font-semibold text-white hover:bg-slate-900">
          {t("lookUp")}
        </button>
      </Form>
    </>
  );
}
