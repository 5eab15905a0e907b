"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import type { ImportAnswer, ImportPreview } from "@/app/(organizer)/organizer/participants/import/actions";
import { IMPORT_MAX_BYTES } from "@/lib/participants/import-schema";

type Props = {
  preview: (input: unknown) => Promise<ImportAnswer>;
  confirm: (input: unknown) => Promise<ImportAnswer>;
};

const MB = 1024 * 1024;

/**
 * Upload or paste, preview, confirm. The text stays in the browser between the two steps and is
 * sent again to confirm; the server parses it afresh and checks it against the preview's digest.
 */
export function ImportForm({ preview, confirm }: Props) {
  const t = useTranslations("participants.import");
  const fileId = useId();
  const pasteId = useId();
  const [text, setText] = useState<string | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "confirm" | null>(null);

  async function run(kind: "preview" | "confirm", call: () => Promise<ImportAnswer>) {
    setBusy(kind);
    setMessage(null);
    try {
      const result = await call();
      if (result.kind === "error") setMessage(result.message);
      else setAnswer(result);
    } catch {
      // The server refused the request itself (most often: larger than its body limit).
      setMessage(t("uploadFailed"));
    } finally {
      setBusy(null);
    }
  }

  async function onPreview(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    const pasted = String(data.get("pasted") ?? "");
    const chosen = file instanceof File && file.size > 0 ? file : null;
    if (!chosen && !pasted.trim()) {
      setMessage(t("chooseSomething"));
      return;
    }
    const size = chosen ? chosen.size : new Blob([pasted]).size;
    if (size > IMPORT_MAX_BYTES) {
      setMessage(t("tooLarge", { size: (size / MB).toFixed(1), maxMb: IMPORT_MAX_BYTES / MB }));
      return;
    }
    const content = chosen ? await chosen.text() : pasted;
    setText(content);
    setAnswer(null);
    await run("preview", () => preview({ text: content }));
  }

  const current: ImportPreview | null = answer && "preview" in answer ? answer.preview : null;
  const canConfirm = current !== null && current.fileErrors.length === 0 && current.rowErrors.length === 0 && text !== null;
  const toWrite = current ? current.counts.create + current.counts.update : 0;

  if (answer?.kind === "done") {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-md bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("done", { created: answer.counts.create, updated: answer.counts.update, unchanged: answer.counts.unchanged })}
        </p>
        <div className="flex gap-4 text-sm">
          <Link href="/organizer/participants" className="font-medium text-brand-700 underline">
            {t("back")}
          </Link>
          <button type="button" onClick={() => { setAnswer(null); setText(null); }} className="font-medium text-brand-700 underline">
            {t("startOver")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onPreview(e.currentTarget);
        }}
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
            {t("file")}
          </label>
          <input id={fileId} name="file" type="file" accept=".csv,text/csv,text/plain" className="block text-sm" />
        </div>
        <div className="space-y-1">
          <label htmlFor={pasteId} className="block text-sm font-medium text-slate-800">
            {t("paste")}
          </label>
          <textarea id={pasteId} name="pasted" rows={6} spellCheck={false} className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs" />
        </div>
        <button type="submit" disabled={busy !== null} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {busy === "preview" ? t("previewing") : t("preview")}
        </button>
        <p role="alert" className="text-sm font-medium text-red-700">
          {message ?? ""}
        </p>
      </form>

      {current ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <h2 id="import-preview-heading" className="text-lg font-semibold text-slate-900">
            {t("summary")}
          </h2>
          {answer?.kind === "stale" ? <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("stale")}</p> : null}
          {answer?.kind === "invalid" ? <p role="status" className="rounded-md bg-red-50 p-3 text-sm text-red-900">{t("invalidAgain")}</p> : null}
          <ul className="flex flex-wrap gap-3 text-sm">
            <li className="rounded bg-emerald-50 px-2 py-1 text-emerald-900">{t("willCreate", { count: current.counts.create })}</li>
            <li className="rounded bg-sky-50 px-2 py-1 text-sky-900">{t("willUpdate", { count: current.counts.update })}</li>
            <li className="rounded bg-slate-100 px-2 py-1 text-slate-800">{t("unchanged", { count: current.counts.unchanged })}</li>
            <li className="rounded bg-red-50 px-2 py-1 text-red-900">{t("invalid", { count: current.counts.invalid })}</li>
          </ul>

          {current.fileErrors.length ? (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-semibold">{t("fileErrors")}</p>
              <ul className="list-disc pl-5">
                {current.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {current.warnings.length ? (
            <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
              <p className="font-semibold">{t("warnings")}</p>
              <ul className="list-disc pl-5">
                {current.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}

          {current.rowErrors.length ? (
            <div className="space-y-1">
              <h3 className="font-semibold text-red-900">{t("rowErrors")}</h3>
              <table className="w-full rounded-lg border border-red-200 bg-white text-sm">
                <caption className="sr-only">{t("rowErrors")}</caption>
                <thead className="bg-red-50 text-left text-xs text-red-900 uppercase">
                  <tr>
                    <th scope="col" className="px-3 py-1.5 text-right">{t("line")}</th>
                    <th scope="col" className="px-3 py-1.5">{t("column")}</th>
                    <th scope="col" className="px-3 py-1.5">{t("problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.rowErrors.map((e, i) => (
                    <tr key={`${e.line}-${e.column}-${i}`} className="border-t border-red-100">
                      <td className="px-3 py-1 text-right tabular-nums">{e.line ?? "—"}</td>
                      <td className="px-3 py-1 font-mono text-xs">{e.column ?? t("wholeRow")}</td>
                      <td className="px-3 py-1">{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {current.moreErrors ? <p className="text-sm text-red-900">{t("andMore", { count: current.moreErrors })}</p> : null}
            </div>
          ) : null}

          {current.rows.length ? (
            <div className="space-y-1">
              <h3 className="font-semibold text-slate-900">{t("rows")}</h3>
              <div className="max-h-[50vh] overflow-auto rounded-lg border border-slate-200 bg-white">
                <table className="w-full text-sm">
                  <caption className="sr-only">{t("rows")}</caption>
                  <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-600 uppercase">
                    <tr>
                      <th scope="col" className="px-3 py-1.5 text-right">{t("line")}</th>
                      <th scope="col" className="px-3 py-1.5">{t("action")}</th>
                      <th scope="col" className="px-3 py-1.5">email</th>
                      <th scope="col" className="px-3 py-1.5">full_name</th>
                      <th scope="col" className="px-3 py-1.5">{t("changes")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {current.rows.map((r) => (
                      <tr key={r.line} className="border-t border-slate-100 align-top">
                        <td className="px-3 py-1 text-right tabular-nums">{r.line}</td>
                        <td className="px-3 py-1">{t(`actions.${r.action}`)}</td>
                        <td className="px-3 py-1">{r.email}</td>
                        <td className="px-3 py-1">{r.fullName}</td>
                        <td className="px-3 py-1 text-xs text-slate-700">
                          {[...r.changes.map((c) => `${c.field}: ${c.from ?? "—"} → ${c.to ?? "—"}`), ...r.notes].join("; ")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {current.moreRows ? <p className="text-sm text-slate-700">{t("andMore", { count: current.moreRows })}</p> : null}
            </div>
          ) : null}

          {canConfirm ? (
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void run("confirm", () => confirm({ text, digest: current.digest }))}
              className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              {busy === "confirm" ? t("confirming") : t("confirm", { count: toWrite })}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
