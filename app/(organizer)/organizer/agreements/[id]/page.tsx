import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { getAgreementForm, getAgreementFormOptions } from "@/lib/agreements/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { cancelAgreementAction, updateAgreementAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("form.editTitle") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const t = await getTranslations("agreements");
  const tc = await getTranslations("common");
  const [forum, locale] = await Promise.all([getWorkingForum(), getLocale()]);
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const [agreement, options] = await Promise.all([getAgreementForm(forum.id, id, forum.timeZone), getAgreementFormOptions(forum.id, forum.timeZone, INTL_LOCALE[locale])]);
  if (!agreement) notFound();
  return (
    <div className="space-y-4">
      <Link href="/organizer/agreements" className="text-sm text-brand-700 hover:underline">
        ← {t("form.back")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{agreement.titleEn}</h1>
        <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800">{tc(`agreementStatuses.${agreement.status}`)}</span>
        <HistoryLink href={historyHref("Agreement", id)} label={(await getTranslations("audit"))("historyLink")} />
      </div>
      <AgreementForm
        agreementId={id}
        version={agreement.version}
        defaults={agreement.values}
        options={options}
        zone={forum.timeZone}
        save={updateAgreementAction}
        cancel={cancelAgreementAction}
      />
    </div>
  );
}
