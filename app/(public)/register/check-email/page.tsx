import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { smtpConfigured } from "@/lib/outbox/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register"))("sent.title") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("register.sent");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <div aria-hidden className="grid size-12 place-items-center rounded-full bg-brand-100 text-2xl text-brand-800">
          ✉
        </div>
        <h1 className="mt-4 text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 text-slate-700">{t("body")}</p>
        <p className="mt-3 text-slate-700">{t("next")}</p>
        {smtpConfigured() ? null : (
          <aside aria-label={t("demoTitle")} className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
            <p className="font-semibold">{t("demoTitle")}</p>
            <p className="mt-1">
              {t.rich("demo", {
                outbox: (chunks) => (
                  <Link href="/organizer/outbox" className="font-medium underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </aside>
        )}
        <Link href="/login?callbackUrl=%2Fme" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("signIn")}
        </Link>
      </div>
    </main>
  );
}
