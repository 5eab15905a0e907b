import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { AgreementImportForm } from "@/components/agreements/import-form";
import { AGREEMENT_CSV_COLUMNS, AGREEMENT_CSV_HELP, AGREEMENT_IMPORT_MAX_ROWS } from "@/lib/agreements/csv-schema";
import { confirmAgreementImportAction, previewAgreementImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("import.title") };
}

export default async function ImportAgreementsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("agreements.import");
  return (
    <div className="max-w-5xl space-y-5">
      <Link href="/organizer/agreements" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <AgreementImportForm preview={previewAgreementImportAction} confirm={confirmAgreementImportAction} />
      <section aria-labelledby="format-heading" className="space-y-2">
        <h2 id="format-heading" className="text-lg font-semibold text-slate-900">
          {t("format")}
        </h2>
        <p className="text-sm text-slate-700">{t("formatIntro", { maxRows: AGREEMENT_IMPORT_MAX_ROWS.toLocaleString("en") })}</p>
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
            {AGREEMENT_CSV_COLUMNS.map((c) => (
              <tr key={c} className="border-t border-slate-100 align-top">
                <td className="px-3 py-1 font-mono text-xs">{c}</td>
                <td className="px-3 py-1">{AGREEMENT_CSV_HELP[c].required ? t("yes") : ""}</td>
                <td className="px-3 py-1">{t(`columns.${c}`)}</td>
                <td className="px-3 py-1 font-mono text-xs break-all">{AGREEMENT_CSV_HELP[c].example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
