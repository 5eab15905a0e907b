import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCurrentForum, getForumFigures } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatMoneyCompact } from "@/lib/money/money";
import { getPublishedProgram } from "@/lib/program/published";
import { formatDateRange } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  const [forum, locale] = await Promise.all([getCurrentForum(), getLocale()]);
  if (!forum) return {};
  const shown = (await getPublishedProgram(forum.id))?.snapshot.forum ?? forum;
  const name = localized(shown, "name", locale);
  return {
    title: { absolute: name },
    description: t("metaDescription", { name, dates: formatDateRange(new Date(shown.startDate), new Date(shown.endDate), INTL_LOCALE[locale]), city: localized(shown, "city", locale) }),
  };
}

export default async function HomePage() {
  const t = await getTranslations("home");
  const [forum, locale, format] = await Promise.all([getCurrentForum(), getLocale(), getFormatter()]);
  if (!forum) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-6 py-24 text-center">
        <h1 className="text-3xl font-bold">{t("noForum")}</h1>
        <p className="mt-3 text-slate-600">{t("noForumHint")}</p>
      </main>
    );
  }
  const published = await getPublishedProgram(forum.id);
  // Breaks are on the program but are not sessions anyone attends for their content.
  const sessions = (published?.snapshot.sessions ?? []).filter((s) => s.type !== "BREAK");
  // Texts as published: an edit in the console shows here with the next release.
  const shown = published?.snapshot.forum ?? forum;
  // Sub-forums as published: a draft title never reaches the public before the next release.
  const subForums = published?.snapshot.subForums ?? [];
  const figures = await getForumFigures(forum.id, subForums.length, sessions.length);
  const dates = formatDateRange(new Date(shown.startDate), new Date(shown.endDate), INTL_LOCALE[locale]);
  const city = localized(shown, "city", locale);
  const n = (v: number) => format.number(v);
  const stats: { value: string; label: string }[] = [
    { value: n(figures.subForums), label: t("figures.subForums", { count: figures.subForums }) },
    { value: n(figures.sessions), label: t("figures.sessions", { count: figures.sessions }) },
    { value: n(figures.delegates), label: t("figures.delegates", { count: figures.delegates }) },
    { value: n(figures.countries), label: t("figures.countries", { count: figures.countries }) },
    { value: n(figures.agreements), label: t("figures.agreements", { count: figures.agreements }) },
    ...figures.agreementValues.map((v) => ({ value: formatMoneyCompact(v.valueMinor, v.currency, INTL_LOCALE[locale]), label: t("figures.value") })),
  ];
  return (
    <main id="main">
      <section className="relative overflow-hidden bg-gradient-to-br from-brand-900 via-brand-800 to-brand-600 text-white">
        <div aria-hidden className="pointer-events-none absolute -top-24 -right-24 size-96 rounded-full bg-gold-500/20 blur-3xl" />
        <div className="relative mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold tracking-[0.2em] text-gold-300 uppercase">{t("eyebrow", { dates, city })}</p>
          <h1 className="mt-4 max-w-4xl text-4xl leading-tight font-bold sm:text-5xl lg:text-6xl">{localized(shown, "name", locale)}</h1>
          <p className="mt-6 max-w-3xl text-xl text-brand-100 sm:text-2xl">
            <span className="sr-only">{t("theme")}: </span>“{localized(shown, "theme", locale)}”
          </p>
          <p className="mt-4 text-brand-200">
            <span className="sr-only">{t("venue")}: </span>
            {localized(shown, "venue", locale)}, {city}
          </p>
          <div className="no-print mt-10 flex flex-wrap gap-3">
            <Link href="/program" className="rounded-md bg-gold-500 px-6 py-3 font-semibold text-brand-950 shadow hover:bg-gold-300">
              {t("viewProgram")}
            </Link>
            <Link href="/register" className="rounded-md border border-white/40 px-6 py-3 font-semibold text-white hover:bg-white/10">
              {t("register")}
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="figures-title" className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          <h2 id="figures-title" className="sr-only">
            {t("figuresTitle")}
          </h2>
          <dl className="flex flex-wrap gap-x-12 gap-y-6">
            {stats.map((s) => (
              <div key={s.label} className="flex min-w-28 flex-col-reverse">
                <dt className="mt-1 text-sm text-slate-600">{s.label}</dt>
                <dd className="text-3xl font-bold whitespace-nowrap text-brand-800 tabular-nums">{s.value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 text-xs text-slate-500">{t("figuresNote")}</p>
        </div>
      </section>

      <section aria-labelledby="subforums-title" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="subforums-title" className="text-2xl font-bold text-slate-900">
          {t("subForumsTitle")}
        </h2>
        <ul className="mt-6 grid gap-5 sm:grid-cols-2">
          {subForums.map((s, i) => {
            const count = sessions.filter((x) => x.subForumId === s.id).length;
            return (
              <li key={s.id} className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
                <div className="h-2" style={{ backgroundColor: s.color }} aria-hidden />
                <div className="p-6">
                  <p className="text-xs font-semibold tracking-widest uppercase" style={{ color: s.color }}>
                    {String(i + 1).padStart(2, "0")}
                  </p>
                  <h3 className="mt-1 text-lg font-semibold text-slate-900">
                    <Link href={`/program?subforum=${s.slug}`} className="hover:underline">
                      {localized(s, "title", locale)}
                    </Link>
                  </h3>
                  <p className="mt-2 line-clamp-3 text-sm text-slate-600">{localized(s, "description", locale)}</p>
                  <p className="mt-3 text-sm font-medium text-slate-700">{t("subForumSessions", { count })}</p>
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      {shown.organizersEn ? (
        <section aria-labelledby="organizers-title" className="bg-slate-50">
          <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
            <h2 id="organizers-title" className="text-sm font-semibold tracking-widest text-slate-500 uppercase">
              {t("organizedBy")}
            </h2>
            <p className="mt-2 text-lg text-slate-800">{localized(shown, "organizers", locale)}</p>
          </div>
        </section>
      ) : null}
    </main>
  );
}
