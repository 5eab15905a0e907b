import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { SampleBadge } from "@/components/public/sample-badge";
import { ShowcaseForm } from "@/components/showcase/showcase-form";
import { getWorkingForum } from "@/lib/forum/queries";
import { countryName, countryOptions } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { findMergeCandidates, getOrganization } from "@/lib/organizations/queries";
import { getShowcaseForOrganization, listShowcaseSessionChoices } from "@/lib/showcase/queries";
import { formatDateTime } from "@/lib/time/format";
import { deleteShowcaseAction, saveOrganizationAction, saveShowcaseAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("organizations");
  if (id === "new") return { title: t("edit.newTitle") };
  const organization = /^[a-z0-9]{20,40}$/.test(id) ? await getOrganization(id) : null;
  return { title: organization?.nameEn ?? t("list.title") };
}

const text = (value: string | null | undefined) => value ?? "";

export default async function ConsoleOrganizationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const search = await searchParams;
  const t = await getTranslations("organizations");
  const intl = INTL_LOCALE[await getLocale()];
  const countries = countryOptions(intl);

  if (id === "new") {
    return (
      <div className="space-y-4">
        <Link href="/organizer/organizations" className="text-sm text-brand-700 hover:underline">
          ← {t("edit.back")}
        </Link>
        <h1 className="text-2xl font-bold text-slate-900">{t("edit.newTitle")}</h1>
        <OrganizationForm id={null} countries={countries} save={saveOrganizationAction} defaults={{ nameEn: "", countryCode: "", region: "", website: "", descriptionEn: "" }} />
      </div>
    );
  }

  const organization = /^[a-z0-9]{20,40}$/.test(id) ? await getOrganization(id) : null;
  if (!organization) notFound();
  const dupQuery = typeof search.dup === "string" ? search.dup.slice(0, 200) : "";
  const forum = await getWorkingForum();
  const [candidates, showcase, sessionChoices] = await Promise.all([
    findMergeCandidates(organization.id, dupQuery || undefined),
    forum ? getShowcaseForOrganization(forum.id, organization.id) : null,
    forum ? listShowcaseSessionChoices(forum.id) : [],
  ]);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/organizer/organizations" className="text-sm text-brand-700 hover:underline">
          ← {t("edit.back")}
        </Link>
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-2xl font-bold text-slate-900">{organization.nameEn}</h1>
          {organization.isSample ? <SampleBadge /> : null}
          <Link href={`/organizations/${organization.slug}`} className="text-sm font-medium text-brand-700 underline">
            {t("edit.publicPage")}
          </Link>
          <HistoryLink href={historyHref("Organization", organization.id)} label={(await getTranslations("audit"))("historyLink")} />
        </div>
        {search.merged ? (
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800">
            {t("edit.merged")}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">
          {t("edit.uses", { participants: organization._count.participants, people: organization._count.people, agreements: organization._count.parties })}
        </p>
        {organization.aliases.length ? <p className="text-sm text-slate-600">{t("edit.aliases", { slugs: organization.aliases.map((a) => `/organizations/${a.slug}`).join(", ") })}</p> : null}
      </div>

      <section aria-labelledby="details-title" className="space-y-3">
        <h2 id="details-title" className="text-lg font-semibold text-slate-900">
          {t("edit.details")}
        </h2>
        <OrganizationForm
          id={organization.id}
          countries={countries}
          save={saveOrganizationAction}
          defaults={{
            nameEn: organization.nameEn,
            nameZh: text(organization.nameZh),
            nameRu: text(organization.nameRu),
            nameFr: text(organization.nameFr),
            kind: organization.kind,
            countryCode: organization.countryCode,
            region: text(organization.region),
            website: text(organization.website),
            descriptionEn: organization.descriptionEn,
            descriptionZh: text(organization.descriptionZh),
            descriptionRu: text(organization.descriptionRu),
            descriptionFr: text(organization.descriptionFr),
            slug: organization.slug,
          }}
        />
      </section>

      {forum ? (
        <ShowcaseSection forumName={forum.nameEn} organizationId={organization.id} showcase={showcase} sessionChoices={sessionChoices} timeZone={forum.timeZone} intl={intl} />
      ) : null}

      <section aria-labelledby="merge-title" className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="merge-title" className="text-lg font-semibold text-slate-900">
          {t("merge.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("merge.intro")}</p>
        <form role="search" aria-labelledby="merge-title" className="flex flex-wrap items-end gap-2">
          <div className="min-w-60 flex-1">
            <label htmlFor="duplicate-search" className="block text-xs font-medium text-slate-700">
              {t("merge.search")}
            </label>
            <input id="duplicate-search" name="dup" type="search" defaultValue={dupQuery} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {t("merge.searchButton")}
          </button>
        </form>
        {candidates.length === 0 ? (
          <p className="text-sm text-slate-500">{t("merge.none")}</p>
        ) : (
          <ul aria-label={t("merge.candidates")} className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
            {candidates.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-1.5">
                <span>
                  <span className="font-medium text-slate-900">{c.nameEn}</span>
                  {c.nameZh ? <span className="ml-2 text-slate-500">{c.nameZh}</span> : null}
                  <span className="ml-2 text-slate-500">
                    {countryName(c.countryCode, intl)}
                    {c.region ? `, ${c.region}` : ""}
                  </span>
                </span>
                <Link
                  href={`/organizer/organizations/${organization.id}/merge?drop=${c.id}`}
                  aria-label={t("merge.review", { name: c.nameEn })}
                  className="font-medium text-brand-700 underline"
                >
                  {t("merge.reviewShort")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

async function ShowcaseSection({
  forumName,
  organizationId,
  showcase,
  sessionChoices,
  timeZone,
  intl,
}: {
  forumName: string;
  organizationId: string;
  showcase: Awaited<ReturnType<typeof getShowcaseForOrganization>>;
  sessionChoices: Awaited<ReturnType<typeof listShowcaseSessionChoices>>;
  timeZone: string;
  intl: string;
}) {
  const t = await getTranslations("showcase.edit");
  return (
    <section aria-labelledby="showcase-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="showcase-title" className="text-lg font-semibold text-slate-900">
          {t("title", { forum: forumName })}
        </h2>
        {showcase ? (
          <span className={showcase.published ? "rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800" : "rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700"}>
            {showcase.published ? t("live") : t("draft")}
          </span>
        ) : null}
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{showcase ? t("intro") : `${t("none")} ${t("intro")}`}</p>
      <ShowcaseForm
        organizationId={organizationId}
        exists={showcase !== null}
        save={saveShowcaseAction}
        remove={deleteShowcaseAction}
        sessions={sessionChoices.map((s) => ({ id: s.id, showcase: s.type === "SHOWCASE", next: s.showcases + 1, label: `${formatDateTime(s.startsAt, timeZone, intl, "short")} · ${s.titleEn}` }))}
        defaults={{
          headlineEn: showcase?.headlineEn ?? "",
          headlineZh: text(showcase?.headlineZh),
          headlineRu: text(showcase?.headlineRu),
          headlineFr: text(showcase?.headlineFr),
          bodyEn: showcase?.bodyEn ?? "",
          bodyZh: text(showcase?.bodyZh),
          bodyRu: text(showcase?.bodyRu),
          bodyFr: text(showcase?.bodyFr),
          stand: text(showcase?.stand),
          published: showcase?.published ?? false,
          sessions: showcase?.sessions.map((s) => ({ sessionId: s.sessionId, position: s.position })) ?? [],
        }}
      />
    </section>
  );
}
