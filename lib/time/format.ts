import { TZDate } from "@date-fns/tz";
import { startOfDay } from "date-fns";

// Times are stored in UTC and shown in the forum's IANA zone (and the visitor's own when it differs).

// Building an Intl.DateTimeFormat costs ~0.1 ms, more than formatting with it; a program page
// formats hundreds of times, so each (locale, options) formatter is built once per process.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A shared formatter for these options (the options must be JSON-serialisable). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * What a time the database holds but JavaScript cannot read (an Invalid Date: the year 10000)
 * shows as, instead of a RangeError that fails the whole page. The conflict check names the row.
 */
export const UNREADABLE_TIME = "⚠ ?";
const unreadable = (...dates: Date[]) => dates.some((d) => Number.isNaN(d.getTime()));

export function formatDate(date: Date, timeZone: string, locale: string, style: "long" | "full" | "medium" = "long"): string {
  if (unreadable(date)) return UNREADABLE_TIME;
  return dateTimeFormat(locale, { dateStyle: style, timeZone }).format(date);
}

export function formatTime(date: Date, timeZone: string, locale: string): string {
  if (unreadable(date)) return UNREADABLE_TIME;
  return dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
}

export function formatTimeRange(start: Date, end: Date, timeZone: string, locale: string): string {
  if (unreadable(start, end)) return UNREADABLE_TIME;
  return dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).formatRange(start, end);
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone: how sessions are grouped by day. */
export function dayKey(date: Date, timeZone: string): string {
  return dateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}

/** "10–11 July 2025" for the forum's dates (stored as calendar dates, read in UTC). */
export function formatDateRange(start: Date, end: Date, locale: string): string {
  return dateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(start, end);
}

/** A short zone label for an instant, e.g. "GMT+8". */
export function zoneLabel(date: Date, timeZone: string, locale: string): string {
  if (unreadable(date)) return timeZone;
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** Midnight today in a zone, as an instant: where "today's" counts start (DST-safe, via @date-fns/tz). */
export function startOfTodayIn(timeZone: string, now: Date = new Date()): Date {
  return new Date(startOfDay(new TZDate(now.getTime(), timeZone)).getTime());
}

/** A date with an optional time, in a zone ("28 Jun 2025, 10:00"). */
export function formatDateTime(date: Date, timeZone: string, locale: string, dateStyle: "short" | "medium" | "long" = "medium", withTime = true): string {
  if (unreadable(date)) return UNREADABLE_TIME;
  return dateTimeFormat(locale, { dateStyle, ...(withTime ? { timeStyle: "short" as const, hourCycle: "h23" as const } : {}), timeZone }).format(date);
}

/** Whether an instant lies within the last `ms` milliseconds. */
export function isWithin(date: Date | null, ms: number, now: Date = new Date()): boolean {
  return date !== null && now.getTime() - date.getTime() < ms;
}
