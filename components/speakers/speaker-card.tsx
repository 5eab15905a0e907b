import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/public/sample-badge";
import { countryName } from "@/lib/geo/countries";
import { localized, localizedLang } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import type { SpeakerView } from "@/lib/program/view";
import { SpeakerMonogram } from "./speaker-monogram";

/** A person in the speakers list: name, job title, organization, country and how often on stage. */
export async function SpeakerCard({ speaker, locale }: { speaker: SpeakerView; locale: AppLocale }) {
  const t = await getTranslations("speakers");
  const { person } = speaker;
  const intl = INTL_LOCALE[locale];
  const name = localized(person, "name", locale);
  const nameLang = localizedLang(person, "name", locale);
  return (
    <article className="relative flex h-full gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-500 hover:border-brand-300">
      <SpeakerMonogram name={name} />
      <div className="min-w-0 flex-1">
        <h2 className="text-base leading-snug font-semibold text-slate-900" lang={nameLang === locale ? undefined : nameLang}>
          {/* The whole card is the link's target area; the name stays the link's text. */}
          <Link href={`/speakers/${person.slug}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-700 focus-visible:outline-none">
            {name}
          </Link>
        </h2>
        <p className="mt-0.5 text-sm text-slate-700">{localized(person, "title", locale)}</p>
        {person.organization ? <p className="text-sm text-slate-600">{localized(person.organization, "name", locale)}</p> : null}
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
          {person.countryCode ? (
            <span>
              <span className="sr-only">{t("country")}: </span>
              {countryName(person.countryCode, intl)}
            </span>
          ) : null}
          <span>{t("sessions", { count: speaker.sessions.length })}</span>
          {person.isSample ? <SampleBadge className="relative z-10" /> : null}
        </p>
      </div>
    </article>
  );
}
