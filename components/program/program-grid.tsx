import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import type { SnapshotRoom } from "@/lib/program/snapshot";
import { dayGrid, matchingPeople, type ProgramDay } from "@/lib/program/view";
import { formatDate, formatTime } from "@/lib/time/format";
import { SessionCard } from "./session-card";

/** Rows get at least this much height per minute, so a long session looks long. */
const REM_PER_MINUTE = 0.055;
const MIN_ROW_REM = 2.25;

/**
 * One day as a grid: rooms across, time down (pretalx's grid view). Rows are the intervals between
 * consecutive start and end times, sized by duration; sessions without a room span every column.
 * The sessions stay in reading order in the document (start, then room), so a screen reader or a
 * keyboard walks the program in time order whatever the layout.
 */
export async function ProgramGrid({
  days,
  rooms,
  locale,
  timeZone,
  q,
}: {
  days: ProgramDay[];
  rooms: SnapshotRoom[];
  locale: AppLocale;
  timeZone: string;
  q: string;
}) {
  const t = await getTranslations("program");
  const intl = INTL_LOCALE[locale];
  return days.map((day) => {
    const grid = dayGrid(day, rooms);
    const columns = Math.max(grid.rooms.length, 1);
    const rows = grid.times.slice(1).map((end, i) => {
      const minutes = (end.getTime() - (grid.times[i]?.getTime() ?? end.getTime())) / 60_000;
      return `minmax(${Math.max(MIN_ROW_REM, minutes * REM_PER_MINUTE).toFixed(2)}rem, auto)`;
    });
    const dayTitle = formatDate(day.date, timeZone, intl, "full");
    return (
      <section key={day.key} id={`day-${day.key}`} aria-labelledby={`day-${day.key}-title`} className="program-day mt-10 scroll-mt-4">
        <h2 id={`day-${day.key}-title`} className="border-b-2 border-brand-800 pb-2 text-2xl font-bold text-slate-900">
          {dayTitle}
        </h2>
        {/* Scrollable with the keyboard when the rooms do not fit. */}
        <div role="region" aria-label={t("grid.label", { day: dayTitle })} tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-slate-50/60">
          <div
            className="grid gap-x-1.5 p-2"
            style={{ gridTemplateColumns: `3.75rem repeat(${columns}, minmax(9.75rem, 1fr))`, gridTemplateRows: `auto ${rows.join(" ")}` }}
          >
            <div aria-hidden className="sticky left-0 z-20 bg-slate-50" style={{ gridColumn: 1, gridRow: 1 }} />
            {grid.rooms.length ? (
              grid.rooms.map((room, i) => (
                <div
                  key={room.id}
                  aria-hidden
                  className="border-b border-slate-300 px-1 pb-2 text-sm leading-tight font-semibold text-slate-800"
                  style={{ gridColumn: i + 2, gridRow: 1 }}
                >
                  {localized(room, "name", locale)}
                  <span className="block text-xs font-normal text-slate-500">{room.capacity.toLocaleString(intl)}</span>
                </div>
              ))
            ) : (
              <div aria-hidden className="border-b border-slate-300 px-1 pb-2 text-sm font-semibold text-slate-800" style={{ gridColumn: 2, gridRow: 1 }}>
                {t("grid.allRooms")}
              </div>
            )}
            {grid.times.slice(0, -1).map((time, i) => (
              <div
                key={time.toISOString()}
                aria-hidden
                className="sticky left-0 z-10 border-t border-slate-200 bg-slate-50 pt-1 pr-2 text-right text-sm font-bold text-brand-800 tabular-nums"
                style={{ gridColumn: 1, gridRow: i + 2 }}
              >
                {formatTime(time, timeZone, intl)}
              </div>
            ))}
            {grid.times.slice(0, -1).map((time, i) => (
              <div key={`line-${time.toISOString()}`} aria-hidden className="border-t border-slate-200" style={{ gridColumn: `2 / ${columns + 2}`, gridRow: i + 2 }} />
            ))}
            {grid.items.map(({ session, column, row }) => (
              <div
                key={session.id}
                className="relative z-0 scroll-mt-4 py-1"
                style={{ gridColumn: `${column.start} / ${column.end}`, gridRow: `${row.start} / ${row.end}` }}
              >
                <SessionCard session={session} locale={locale} timeZone={timeZone} matched={q ? matchingPeople(session, q) : undefined} variant="grid" />
              </div>
            ))}
          </div>
        </div>
      </section>
    );
  });
}
