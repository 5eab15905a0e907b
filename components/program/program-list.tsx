import type { AppLocale } from "@/lib/i18n/locales";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { matchingPeople, type ProgramDay } from "@/lib/program/view";
import { formatDate, formatTime } from "@/lib/time/format";
import { cn } from "@/lib/ui/cn";
import { SessionCard } from "./session-card";

// Parallel sessions side by side: as many columns as there are sessions, up to four on a wide
// screen (the four sub-forums run in parallel); a lone session keeps a readable width.
const COLUMNS: Record<number, string> = {
  1: "max-w-2xl print:max-w-none",
  2: "md:grid-cols-2 print:grid-cols-2",
  3: "md:grid-cols-2 lg:grid-cols-3 print:grid-cols-3",
  4: "md:grid-cols-2 lg:grid-cols-4 print:grid-cols-3",
};

/**
 * The program as a chronological list: one section per day, a time gutter on the left, sessions
 * that start together side by side on wide screens and stacked on a phone.
 */
export function ProgramList({
  days,
  locale,
  timeZone,
  q,
}: {
  days: ProgramDay[];
  locale: AppLocale;
  timeZone: string;
  q: string;
}) {
  const intl = INTL_LOCALE[locale];
  return days.map((day) => (
    <section key={day.key} id={`day-${day.key}`} aria-labelledby={`day-${day.key}-title`} className="program-day mt-10 scroll-mt-4 print:mt-4">
      <h2 id={`day-${day.key}-title`} className="border-b-2 border-brand-800 pb-2 text-2xl font-bold text-slate-900 print:text-lg">
        {formatDate(day.date, timeZone, intl, "full")}
      </h2>
      <ol className="mt-4 space-y-3 print:mt-2 print:space-y-1.5">
        {day.slots.map((slot) => (
          <li
            key={slot.start.toISOString()}
            className="program-slot grid scroll-mt-4 grid-cols-[3.25rem_minmax(0,1fr)] gap-x-3 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0 sm:grid-cols-[4.5rem_minmax(0,1fr)] sm:gap-x-4 print:grid-cols-[3rem_minmax(0,1fr)] print:pt-1.5"
          >
            <p className="pt-2.5 text-right text-base font-bold text-brand-800 tabular-nums sm:text-lg print:pt-1 print:text-sm">
              <time dateTime={slot.start.toISOString()} className="sm:sticky sm:top-3">
                {formatTime(slot.start, timeZone, intl)}
              </time>
            </p>
            <div className={cn("grid gap-3 print:gap-1.5", COLUMNS[Math.min(slot.sessions.length, 4)])}>
              {slot.sessions.map((s) => (
                <SessionCard key={s.id} session={s} locale={locale} timeZone={timeZone} matched={q ? matchingPeople(s, q) : undefined} />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  ));
}
