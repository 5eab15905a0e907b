import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DayTabs, shortDay } from "@/components/program/day-tabs";
import { ExportLinks } from "@/components/program/export-links";
import { JumpToLive, LiveProvider, type LiveWireSession } from "@/components/program/live";
import { ActiveFilters, ProgramFilters } from "@/components/program/program-filters";
import { ProgramGrid } from "@/components/program/program-grid";
import { ProgramList } from "@/components/program/program-list";
import { ViewToggle } from "@/components/program/view-toggle";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import type { PublishedProgram } from "@/lib/program/published";
import {
  countSessions,
  filterSessions,
  groupByDay,
  isFiltered,
  programDays,
  programHref,
  sessionViews,
  typesInProgram,
  type ProgramQuery,
  type SessionView,
} from "@/lib/program/view";
import { zoneLabel } from "@/lib/time/format";
import { cn } from "@/lib/ui/cn";

/** What the browser needs to mark "now" and "next" (see components/program/live.tsx). */
export function liveWire(sessions: readonly SessionView[]): LiveWireSession[] {
  return sessions.map((s) => ({ id: s.id, start: s.start.getTime(), end: s.end.getTime(), type: s.type }));
}

/**
 * The published program, by day, filtered by the query. The same for every visitor of one
 * language, so the unfiltered page is rendered once per release (app/p/[locale]/program).
 */
export async function ProgramView({ published, query, locale }: { published: PublishedProgram; query: ProgramQuery; locale: AppLocale }) {
  const t = await getTranslations("program");
  const { snapshot } = published;
  const tz = snapshot.forum.timeZone;
  const intl = INTL_LOCALE[locale];
  const all = sessionViews(snapshot);
  const matching = filterSessions(all, query, tz);
  const days = groupByDay(matching, tz);
  const zone = all[0] ? `${tz} (${zoneLabel(all[0].start, tz, intl)})` : tz;
  const filtered = isFiltered(query);
  const count = countSessions(matching);

  return (
    <LiveProvider sessions={liveWire(all)} forum={snapshot.forum}>
      {/* The grid takes the whole width a wide screen offers: seven rooms side by side need it. */}
      <main
        id="main"
        className={cn("program-print mx-auto px-4 py-8 sm:px-6 sm:py-10 print:max-w-none print:px-0 print:py-0", query.view === "grid" ? "max-w-6xl md:max-w-[90rem]" : "max-w-6xl")}
        data-filtered={filtered ? "" : undefined}
      >
        <header className="flex flex-col gap-4 pb-5 lg:flex-row lg:items-end lg:justify-between print:pb-2">
          <div>
            <p className="text-sm font-medium text-brand-700 print:text-black">{localized(snapshot.forum, "name", locale)}</p>
            <h1 className="mt-1 text-3xl font-bold text-slate-900 sm:text-4xl print:text-2xl">{t("title")}</h1>
            <p className="mt-2 text-slate-600 print:mt-1 print:text-sm">{t("intro", { count: countSessions(all), days: programDays(snapshot).length, zone })}</p>
            <p className="mt-1 text-xs text-slate-500">{t("release", { version: published.version })}</p>
          </div>
          <ExportLinks subForumSlug={query.subforum} />
        </header>

        <DayTabs days={programDays(snapshot)} query={query} intl={intl} />

        <ProgramFilters query={query} subForums={snapshot.subForums} types={typesInProgram(all).filter((type) => type !== "BREAK")} rooms={snapshot.rooms} locale={locale} />

        <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-4 print:mt-2 print:pb-2">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <p className="font-semibold text-slate-900" id="program-results">
              {filtered ? t("results", { count }) : query.day ? t("resultsDay", { count, day: shortDay(query.day, intl) }) : t("resultsAll", { count })}
            </p>
            {filtered ? <ActiveFilters query={query} subForums={snapshot.subForums} rooms={snapshot.rooms} locale={locale} /> : null}
            <JumpToLive />
          </div>
          <ViewToggle query={query} />
        </div>

        {days.length === 0 ? (
          <div className="mt-10 rounded-xl border border-dashed border-slate-300 p-8 text-center">
            <p className="text-slate-700">{t("noSessionsHint")}</p>
            {filtered || query.day ? (
              <Link href={programHref({ ...query, q: "", subforum: null, type: null, room: null, day: null })} className="mt-4 inline-block font-semibold text-brand-700 underline">
                {t("filters.clear")}
              </Link>
            ) : null}
          </div>
        ) : query.view === "grid" ? (
          <>
            {/* The grid needs width: phones and paper get the list. */}
            <div className="hidden md:block print:hidden">
              <ProgramGrid days={days} rooms={snapshot.rooms} locale={locale} timeZone={tz} q={query.q} />
            </div>
            <div className="md:hidden print:block">
              <ProgramList days={days} locale={locale} timeZone={tz} q={query.q} />
            </div>
          </>
        ) : (
          <ProgramList days={days} locale={locale} timeZone={tz} q={query.q} />
        )}
      </main>
    </LiveProvider>
  );
}

/** Shown while nothing is published yet. */
export async function ProgramNotPublished() {
  const t = await getTranslations("program");
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("notPublished")}</p>
    </main>
  );
}
