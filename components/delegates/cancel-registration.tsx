"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";

/** "Cancel my registration" in two steps: the button opens a confirmation that says what happens. */
export function CancelRegistration({ cancel }: { cancel: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("me.cancel");
  const router = useRouter();
  const [step, setStep] = useState<"idle" | "confirm" | "busy">("idle");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  async function confirmCancel() {
    setStep("busy");
    setError(null);
    const result = await cancel({ confirm: true });
    if (result.ok) {
      setDone(true);
      router.refresh();
      return;
    }
    setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? null);
    setStep("confirm");
  }

  if (done) {
    return (
      <p role="status" className="mt-3 font-medium text-slate-800">
        {t("done")}
      </p>
    );
  }
  if (step === "idle") {
    return (
      <button
        type="button"
        onClick={() => {
          setStep("confirm");
          // Move focus to the question, so keyboard and screen reader users land on it.
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
        className="mt-3 rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
      >
        {t("button")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="cancel-confirm-heading" className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4">
      <h3 id="cancel-confirm-heading" ref={confirmRef} tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
        {t("confirmHeading")}
      </h3>
      <p className="mt-1 text-sm text-red-900">{t("confirmText")}</p>
      <FieldError id="cancel-error" message={error ?? undefined} role="alert" />
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={confirmCancel} disabled={step === "busy"} className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
          {step === "busy" ? t("cancelling") : t("confirm")}
        </button>
        <button type="button" onClick={() => setStep("idle")} disabled={step === "busy"} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-700 hover:bg-slate-50">
          {t("keep")}
        </button>
      </div>
    </div>
  );
}
