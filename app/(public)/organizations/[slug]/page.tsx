import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/public/sample-badge";
import { getCurrentForum } from "@/lib/forum/queries";
import { countryName } from "@/lib/geo/countries";
import { localized, localizedLang } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";
import { findPublicOrganization, getPublishedShowcase, listPublicAgreementsOf, presentedAt } from "@/lib/organizations/public";
import { getPublishedProgram } from "@/lib/program/published";
import { formatDate, formatTimeRange } from "@/lib/time/format";

async function lookUp(slug: string) {
  const found = await findPublicOrganization(slug);
  if (!found) notFound();
  // A merged-away organization's old address leads, for good, to the one kept.
  if (found.kind === "moved") permanentRedirect(`/organizations/${found.slug}`);
  return found.organization;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const found = await findPublicOrganization((await params).slug);
  if (found?.kind !== "found") return {};
  const locale = await getLocale();
  const o = found.organization;
  return { title: localized(o, "name", locale), description: localized(o, "description", locale).slice(0, 200) || undefined, alternates: { canonical: `/organizations/${o.slug}` } };
}

export default async function OrganizationPage({ params }: { params: Promise<{ slug: string }> }) {
  const organization = await lookUp((await params).slug);
  const locale = (await getLocale()) as AppLocale;
  const intl = INTL_LOCALE[locale];
  const t = await getTranslations("organizations");
  const forum = await getCurrentForum();
  const [agreements, showcase, published] = await Promise.all([
    listPublicAgreementsOf(organization.id),
    forum ? getPublishedShowcase(organization.id, forum.id) : null,
    forum ? getPublishedProgram(forum.id) : null,
  ]);
  // The sessions as published: a draft retitle, move or new session shows after the next publish.
  const showcaseSessions = presentedAt(showcase?.sessions.map((s) => s.sessionId) ?? [], published?.snapshot);
  const tz = published?.snapshot.forum.timeZone ?? forum?.timeZone ?? "UTC";
  const lang = (l: AppLocale) => (l === locale ? undefined : l);
  const name = localized(organization, "name", locale);
  const nameLang = localizedLang(organization, "name", locale);
  const description = localized(organization, "description", locale);

  return (
    <main id="main" className="program-print mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <Link href="/signings" className="no-print text-sm font-medium text-brand-700 hover:underline">
        ← {t("public.back")}
      </Link>
      <header className="mt-5">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t(`kinds.${organization.kind}`)}</p>
        <h1 className="mt-1 text-3xl leading-tight font-bold text-slate-900 sm:text-4xl" lang={lang(nameLang)}>
          {name}
        </h1>
        {nameLang !== "en" || organization.nameEn !== name ? (
          <p className="mt-1 text-lg text-slate-600" lang="en">
            {organization.nameEn}
          </p>
        ) : null}
        {organization.isSample ? <SampleBadge className="mt-3" /> : null}
      </header>

      <dl className="mt-6 grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:grid-cols-3">
        <div>
          <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("public.country")}</dt>
          <dd className="mt-1 font-medium text-slate-900">{countryName(organization.countryCode, intl)}</dd>
        </div>
        {organization.region ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("public.region")}</dt>
            <dd className="mt-1 font-medium text-slate-900">{organization.region}</dd>
          </div>
        ) : null}
        {organization.website ? (
          <div className="min-w-0">
            <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("public.website")}</dt>
            <dd className="mt-1 truncate font-medium">
              <a href={organization.website} rel="noopener noreferrer nofollow" className="text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-800">
                {organization.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>

      {description ? (
        <section aria-labelledby="about-title" className="mt-8">
          <h2 id="about-title" className="text-xl font-semibold text-slate-900">
            {t("public.about")}
          </h2>
          <p className="mt-2 max-w-prose leading-relaxed whitespace-pre-line text-slate-700" lang={lang(localizedLang(organization, "description", locale))}>
            {description}
          </p>
        </section>
      ) : null}

      {showcase ? (
        <section aria-labelledby="showcase-title" className="mt-8 rounded-xl border border-gold-300 bg-gold-100/60 p-5 break-inside-avoid">
          <h2 id="showcase-title" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
            {t("public.showcase")}
          </h2>
          <p className="mt-2 text-xl font-semibold text-slate-900" lang={lang(localizedLang(showcase, "headline", locale))}>
            {localized(showcase, "headline", locale)}
          </p>
          {localized(showcase, "body", locale) ? (
            <p className="mt-2 max-w-prose leading-relaxed whitespace-pre-line text-slate-700" lang={lang(localizedLang(showcase, "body", locale))}>
              {localized(showcase, "body", locale)}
            </p>
          ) : null}
          {showcase.stand ? (
            <p className="mt-3 text-sm text-slate-800">
              <span className="font-semibold">{t("public.stand")}:</span> {showcase.stand}
            </p>
          ) : null}
          {showcaseSessions.length ? (
            <div className="mt-3">
              <h3 className="text-sm font-semibold text-slate-800">{t("public.presentedAt")}</h3>
              <ul className="mt-1 space-y-1">
                {showcaseSessions.map((s) => (
                  <li key={s.id} className="text-sm">
                    <Link
                      href={`/program/${s.slug}`}
                      lang={lang(localizedLang(s, "title", locale))}
                      className="font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-800"
                    >
                      {localized(s, "title", locale)}
                    </Link>
                    <span className="ml-2 text-slate-600 tabular-nums">
                      {formatDate(new Date(s.startsAt), tz, intl, "medium")}, {formatTimeRange(new Date(s.startsAt), new Date(s.endsAt), tz, intl)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="agreements-title" className="mt-8">
        <h2 id="agreements-title" className="text-xl font-semibold text-slate-900">
          {t("public.agreements")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("public.agreementsIntro")}</p>
        {agreements.length === 0 ? (
          <p className="mt-3 text-slate-600">{t("public.noAgreements")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {agreements.map((a) => (
              <li key={a.id} className="relative rounded-xl border border-slate-200 bg-white py-3 pr-4 pl-5 shadow-sm break-inside-avoid">
                <span aria-hidden className="absolute inset-y-0 left-0 w-1.5 rounded-l-xl" style={{ backgroundColor: a.sector.color }} />
                <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                  <h3 className="font-semibold text-slate-900" lang={lang(localizedLang(a, "title", locale))}>
                    {localized(a, "title", locale)}
                  </h3>
                  <p className="shrink-0 font-semibold text-slate-900 tabular-nums">
                    <span className="sr-only">{t("public.value")}: </span>
                    {formatMoney(a.valueMinor, a.currency, intl)}
                  </p>
                </div>
                <dl className="mt-1 grid gap-x-4 gap-y-0.5 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-500">{t("public.sector")}</dt>
                  <dd>{localized(a.sector, "name", locale)}</dd>
                  {a.role ? (
                    <>
                      <dt className="text-slate-500">{t("public.role")}</dt>
                      <dd>{a.role}</dd>
                    </>
                  ) : null}
                  {a.otherParties.length ? (
                    <>
                      <dt className="text-slate-500">{t("public.otherParties")}</dt>
                      <dd>
                        {a.otherParties.map((p, i) => (
                          <span key={p.organization.id}>
                            {i > 0 ? ", " : null}
                            <Link href={`/organizations/${p.organization.slug}`} className="text-brand-800 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-800">
                              {localized(p.organization, "name", locale)}
                            </Link>
                          </span>
                        ))}
                      </dd>
                    </>
                  ) : null}
                  {a.signedAt ? (
                    <>
                      <dt className="text-slate-500">{t("public.signed")}</dt>
                      <dd className="tabular-nums">{formatDate(a.signedAt, a.forum.timeZone, intl, "long")}</dd>
                    </>
                  ) : null}
                </dl>
                {a.isSample ? <SampleBadge className="mt-2" /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
