import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { MergeConfirm } from "@/components/organizations/merge-confirm";
import { countryName } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { previewMerge } from "@/lib/organizations/queries";
import { mergeOrganizationsAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("merge.pageTitle") };
}

const ID = /^[a-z0-9]{20,40}$/;

/** The confirmation of a merge: both records side by side, what moves, and what would stop it. */
export default async function MergeOrganizationsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const { drop: dropId } = await searchParams;
  if (!ID.test(id) || typeof dropId !== "string" || !ID.test(dropId)) notFound();
  const preview = await previewMerge(id, dropId);
  if (!preview) notFound();
  const t = await getTranslations("organizations");
  const intl = INTL_LOCALE[await getLocale()];
  const { keep, drop, moves, conflicts } = preview;
  const blocked = conflicts.agreements.length > 0 || conflicts.forums.length > 0;
  const card = (o: typeof keep, label: string, tone: string) => (
    <div className={`rounded-lg border p-4 ${tone}`}>
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</p>
      <p className="mt-1 font-semibold text-slate-900">{o.nameEn}</p>
      {o.nameZh ? <p className="text-slate-700">{o.nameZh}</p> : null}
      <p className="mt-1 text-sm text-slate-600">
        {t(`kinds.${o.kind}`)} · {countryName(o.countryCode, intl)}
        {o.region ? `, ${o.region}` : ""}
      </p>
      <p className="mt-1 font-mono text-xs text-slate-700">/organizations/{o.slug}</p>
    </div>
  );

  return (
    <div className="max-w-3xl space-y-5">
      <Link href={`/organizer/organizations/${keep.id}`} className="text-sm text-brand-700 hover:underline">
        ← {keep.nameEn}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("merge.heading", { drop: drop.nameEn, keep: keep.nameEn })}</h1>
      <div className="grid gap-3 sm:grid-cols-2">
        {card(keep, t("merge.keep"), "border-emerald-200 bg-emerald-50")}
        {card(drop, t("merge.drop"), "border-red-200 bg-red-50")}
      </div>

      <section aria-labelledby="moves-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="moves-title" className="font-semibold text-slate-900">
          {t("merge.moves", { keep: keep.nameEn })}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          <li>{t("merge.participants", { count: moves.participants })}</li>
          <li>{t("merge.people", { count: moves.people })}</li>
          <li>{t("merge.agreementParties", { count: moves.agreementParties })}</li>
          <li>{t("merge.showcases", { count: moves.showcases })}</li>
          <li>{t("merge.aliases", { count: moves.aliases })}</li>
        </ul>
      </section>

      {blocked ? (
        <section aria-labelledby="blocked-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="blocked-title" className="font-semibold text-amber-900">
            {t("merge.blocked")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-900">
            {conflicts.agreements.map((title) => (
              <li key={`a-${title}`}>{t("merge.conflictAgreement", { agreement: title })}</li>
            ))}
            {conflicts.forums.map((forum) => (
              <li key={`f-${forum}`}>{t("merge.conflictShowcase", { forum })}</li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="space-y-2">
          <p className="text-sm font-medium text-red-800">{t("merge.irreversible")}</p>
          <MergeConfirm keepId={keep.id} dropId={drop.id} merge={mergeOrganizationsAction} />
        </div>
      )}
      <Link href={`/organizer/organizations/${keep.id}`} className="inline-block text-sm text-brand-700 underline">
        {t("merge.cancel")}
      </Link>
    </div>
  );
}
