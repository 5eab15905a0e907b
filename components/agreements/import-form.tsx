"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import type { AgreementImportAnswer } from "@/app/(organizer)/organizer/agreements/import/actions";
import type { AgreementImportPlan } from "@/lib/agreements/csv";
import { AGREEMENT_IMPORT_MAX_BYTES } from "@/lib/agreements/csv-schema";

type Props = {
  preview: (input: unknown) => Promise<AgreementImportAnswer>;
  confirm: (input: unknown) => Promise<AgreementImportAnswer>;
};

const MB = 1024 * 1024;
/** Rows and errors shown; the counts always cover the whole file. */
const SHOWN = 300;

/**
 * Upload or paste, preview, confirm. The text stays in the browser between the two steps and is
 * sent again to confirm; the server parses it afresh and checks it against the preview's digest.
 */
export function AgreementImportForm({ preview, confirm }: Props) {
  const t = useTranslations("agreements.import");
  const fileId = useId();
  const pasteId = useId();
  const [text, setText] = useState<string | null>(null);
  const [answer, setAnswer] = useState<AgreementImportAnswer | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(call: () => Promise<AgreementImportAnswer>) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await call();
      if (result.kind === "error") setMessage(result.message);
      else setAnswer(result);
    } catch {
      setMessage(t("uploadFailed"));
    } finally {
      setBusy(false);
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
    if (size > AGREEMENT_IMPORT_MAX_BYTES) {
      setMessage(t("tooLarge", { maxMb: AGREEMENT_IMPORT_MAX_BYTES / MB }));
      return;
    }
    const content = chosen ? await chosen.text() : pasted;
    setText(content);
    setAnswer(null);
    await run(() => preview({ text: content }));
  }

  if (answer?.kind === "done") {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-md bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("done", { created: answer.counts.create, updated: answer.counts.update, unchanged: answer.counts.unchanged })}
        </p>
        <div className="flex gap-4 text-sm">
          <Link href="/organizer/agreements" className="font-medium text-brand-700 underline">
            {t("back")}
          </Link>
          <button type="button" onClick={() => { setAnswer(null); setText(null); }} className="font-medium text-brand-700 underline">
            {t("startOver")}
          </button>
        </div>
      </div>
    );
  }

  const plan: AgreementImportPlan | null = answer && "plan" in answer ? answer.plan : null;
  const canConfirm = plan !== null && plan.fileErrors.length === 0 && plan.rowErrors.length === 0 && text !== null && plan.counts.create + plan.counts.update > 0;

  return (
    <div className="space-y-5">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onPreview(e.currentTarget);
        }}
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
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
          <textarea id={pasteId} name="pasted" rows={5} className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs" />
        </div>
        <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {busy ? t("working") : t("preview")}
        </button>
        {message ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {message}
          </p>
        ) : null}
      </form>

      {plan ? (
        <section aria-labelledby="import-preview" className="space-y-3">
          <h2 id="import-preview" className="text-lg font-semibold text-slate-900">
            {t("previewHeading")}
          </h2>
          {answer?.kind === "stale" ? <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("stale")}</p> : null}
          <p role="status" className="text-sm text-slate-800">
            {t("counts", plan.counts)}
          </p>
          {plan.fileErrors.length ? (
            <ul role="alert" className="list-disc space-y-1 rounded-md bg-red-50 p-3 pl-8 text-sm text-red-900">
              {plan.fileErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
          {plan.warnings.map((w) => (
            <p key={w} className="text-sm text-amber-800">
              {w}
            </p>
          ))}
          {plan.rowErrors.length ? (
            <table className="w-full rounded-lg border border-red-200 bg-white text-sm">
              <caption className="px-3 py-2 text-left font-semibold text-red-900">{t("errorsCaption", { count: plan.rowErrors.length })}</caption>
              <thead className="bg-red-50 text-left text-xs text-red-900 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-1.5">{t("line")}</th>
                  <th scope="col" className="px-3 py-1.5">{t("column")}</th>
                  <th scope="col" className="px-3 py-1.5">{t("problem")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rowErrors.slice(0, SHOWN).map((e, i) => (
                  <tr key={i} className="border-t border-red-100">
                    <td className="px-3 py-1 tabular-nums">{e.line ?? "—"}</td>
                    <td className="px-3 py-1 font-mono text-xs">{e.column ?? ""}</td>
                    <td className="px-3 py-1">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {plan.rows.length ? (
            <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
              <caption className="px-3 py-2 text-left font-semibold text-slate-900">{t("rowsCaption")}</caption>
              <thead className="bg-slate-50 text-left text-xs text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-1.5">{t("line")}</th>
                  <th scope="col" className="px-3 py-1.5">{t("agreement")}</th>
                  <th scope="col" className="px-3 py-1.5">{t("action")}</th>
                  <th scope="col" className="px-3 py-1.5">{t("changes")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.slice(0, SHOWN).map((r) => (
                  <tr key={r.line} className="border-t border-slate-100">
                    <td className="px-3 py-1 tabular-nums">{r.line}</td>
                    <td className="px-3 py-1">{r.titleEn}</td>
                    <td className="px-3 py-1">{t(`actions.${r.action}`)}</td>
                    <td className="px-3 py-1 font-mono text-xs">{r.changes.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {canConfirm ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(() => confirm({ text, digest: plan.digest }))}
              className="rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              {t("confirm", { count: plan.counts.create + plan.counts.update })}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
