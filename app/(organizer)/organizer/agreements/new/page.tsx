import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { getAgreementFormOptions, newAgreementForm } from "@/lib/agreements/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { createAgreementAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("form.newTitle") };
}

export default async function NewAgreementPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("agreements");
  const [forum, locale] = await Promise.all([getWorkingForum(), getLocale()]);
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const options = await getAgreementFormOptions(forum.id, forum.timeZone, INTL_LOCALE[locale]);
  return (
    <div className="space-y-4">
      <Link href="/organizer/agreements" className="text-sm text-brand-700 hover:underline">
        ← {t("form.back")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("form.newTitle")}</h1>
      <AgreementForm
        defaults={newAgreementForm(forum.currency, "", options.sessions.length === 1 ? (options.sessions[0]?.id ?? null) : null)}
        options={options}
        zone={forum.timeZone}
        save={createAgreementAction}
      />
    </div>
  );
}
