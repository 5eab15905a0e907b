import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Document } from "@/components/layout/document";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <Document locale={await getLocale()}>
      <main id="main" className="mx-auto flex min-h-[70vh] max-w-xl flex-col justify-center px-6 py-16">
        <p className="text-sm font-semibold tracking-widest text-red-700">403</p>
        <h1 className="mt-2 text-3xl font-bold text-slate-900">{t("forbiddenTitle")}</h1>
        <p className="mt-3 text-slate-600">{t("forbiddenBody")}</p>
        <Link href="/" className="mt-6 font-medium text-brand-700 underline">
          {t("backHome")}
        </Link>
      </main>
    </Document>
  );
}
