import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ImportForm } from "@/components/participants/import-form";
import { IMPORT_COLUMN_HELP, IMPORT_COLUMNS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/participants/import-schema";
import { confirmImportAction, previewImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("import.title") };
}

export default async function ImportParticipantsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("participants.import");
  return (
    <div className="max-w-5xl space-y-5">
      <Link href="/organizer/participants" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t("consent")}</p>

      <ImportForm preview={previewImportAction} confirm={confirmImportAction} />

      <section aria-labelledby="format-heading" className="space-y-2">
        <h2 id="format-heading" className="text-lg font-semibold text-slate-900">
          {t("format")}
        </h2>
        <p className="text-sm text-slate-700">{t("formatIntro", { maxRows: IMPORT_MAX_ROWS.toLocaleString("en"), maxMb: IMPORT_MAX_BYTES / 1024 / 1024 })}</p>
        <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-50 text-left text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-1.5">{t("column")}</th>
              <th scope="col" className="px-3 py-1.5">{t("required")}</th>
              <th scope="col" className="px-3 py-1.5">{t("meaning")}</th>
              <th scope="col" className="px-3 py-1.5">{t("example")}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((c) => (
              <tr key={c} className="border-t border-slate-100">
                <td className="px-3 py-1 font-mono text-xs">{c}</td>
                <td className="px-3 py-1">{IMPORT_COLUMN_HELP[c].required ? t("yes") : ""}</td>
                <td className="px-3 py-1">{t(`columns.${c}`)}</td>
                <td className="px-3 py-1">{IMPORT_COLUMN_HELP[c].example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
