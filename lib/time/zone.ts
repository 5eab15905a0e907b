import { TZDate } from "@date-fns/tz";
import { dateTimeFormat } from "./format";

// Conversions between instants (stored in UTC) and wall-clock times in a forum's IANA zone, as
// typed in <input type="datetime-local"> ("2025-07-10T09:00").

/** "2025-07-10T09:00" in Asia/Shanghai → 2025-07-10T01:00:00Z. A time skipped by DST moves forward. */
export function fromLocal(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, 0, timeZone).getTime());
}

/** 2025-07-10T01:00:00Z in Asia/Shanghai → "2025-07-10T09:00". */
export function toLocal(date: Date, timeZone: string): string {
  const parts = dateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** Local midnight starting a calendar day ("2025-07-10") in a zone, as an instant. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  return fromLocal(`${day}T00:00`, timeZone);
}

/** The calendar day after "2025-07-10": "2025-07-11". */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every calendar day from first to last, inclusive ("YYYY-MM-DD"). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 366; d = nextDay(d)) days.push(d);
  return days;
}
