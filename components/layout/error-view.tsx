"use client";
import { useTranslations } from "next-intl";

/** What a visitor sees when a page failed: a plain apology and a way to try again. */
export function ErrorView({ reset }: { reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto flex min-h-[70vh] max-w-xl flex-col justify-center px-6 py-16">
      <h1 className="text-3xl font-bold text-slate-900">{t("errorTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-6 w-fit rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("tryAgain")}
      </button>
    </main>
  );
}
