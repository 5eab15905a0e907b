import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/public/sample-badge";
import { countryName } from "@/lib/geo/countries";
import { localized, localizedLang } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { listSessionShowcases } from "@/lib/showcase/queries";

/**
 * The published showcases presented at a session, in the session's order: organization, headline,
 * description and stand. Rendered inside the cached session page; showcase and organization
 * writes expire it (app/(organizer)/organizer/organizations/actions.ts).
 */
export async function SessionShowcases({ sessionId, locale }: { sessionId: string; locale: AppLocale }) {
  const showcases = await listSessionShowcases(sessionId);
  if (showcases.length === 0) return null;
  const t = await getTranslations("showcase.public");
  const tk = await getTranslations("organizations.kinds");
  const intl = INTL_LOCALE[locale];
  const lang = (l: AppLocale) => (l === locale ? undefined : l);
  return (
    <section aria-labelledby="showcases-title" className="mt-8">
      <h2 id="showcases-title" className="text-xl font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {showcases.map(({ profile }) => {
          const org = profile.organization;
          const body = localized(profile, "body", locale);
          return (
            <li key={profile.id} className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid">
              <p className="text-sm font-semibold text-brand-800">
                <Link href={`/organizations/${org.slug}`} className="underline decoration-brand-300 underline-offset-4 hover:decoration-brand-800" lang={lang(localizedLang(org, "name", locale))}>
                  {localized(org, "name", locale)}
                </Link>
              </p>
              <p className="text-xs text-slate-500">
                {tk(org.kind)} · {countryName(org.countryCode, intl)}
              </p>
              <h3 className="mt-2 font-semibold text-slate-900" lang={lang(localizedLang(profile, "headline", locale))}>
                {localized(profile, "headline", locale)}
              </h3>
              {body ? (
                <p className="mt-1 text-sm leading-relaxed whitespace-pre-line text-slate-700" lang={lang(localizedLang(profile, "body", locale))}>
                  {body}
                </p>
              ) : null}
              <div className="mt-auto flex flex-wrap items-center gap-2 pt-3 text-sm">
                {profile.stand ? (
                  <span className="rounded bg-slate-100 px-2 py-0.5 font-medium text-slate-700">
                    {t("stand")}: {profile.stand}
                  </span>
                ) : null}
                {profile.isSample ? <SampleBadge /> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
