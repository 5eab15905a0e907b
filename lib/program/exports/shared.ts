// What the program exports (c3voc schedule JSON and XML, iCalendar) share: which sessions leave
// the site, their public URLs and English labels, stable UUIDs, and times in the forum's zone.
// Pure functions of the published snapshot: no database, no clock.
import { createHash } from "node:crypto";
import { tzOffset } from "@date-fns/tz";
import type { SessionRoleKind, SessionType } from "@/lib/generated/prisma/client";
import { toOneLine } from "@/lib/forms/text";
import common from "@/lib/i18n/messages/en/common.json";
import { sessionViews, type SessionView } from "@/lib/program/view";
import type { ProgramSnapshot, SnapshotSession } from "@/lib/program/snapshot";

/**
 * Breaks (lunch, coffee) are left out of every export: they are venue-wide, have no room or
 * people, and would clutter calendar apps. The session pages leave them out too.
 */
export function isExported(session: Pick<SnapshotSession, "type">): boolean {
  return session.type !== "BREAK";
}

/** The snapshot's sessions that the exports carry, joined with rooms, sub-forums and people. */
export function exportedSessions(snapshot: ProgramSnapshot): SessionView[] {
  return sessionViews(snapshot).filter(isExported);
}

/** `https://forum.example.org` + `/program/x` (the base may end with a slash). */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

export const sessionPath = (slug: string) => `/program/${encodeURIComponent(slug)}`;
export const speakerPath = (slug: string) => `/speakers/${encodeURIComponent(slug)}`;

export function sessionTypeLabel(type: SessionType): string {
  return common.sessionTypes[type];
}

export function roleLabel(role: SessionRoleKind): string {
  return common.roles[role];
}

/** The c3voc "track": the sub-forum's English title, or the session type outside sub-forums. */
export function trackName(session: Pick<SessionView, "subForum" | "type">): string {
  return session.subForum?.titleEn ?? sessionTypeLabel(session.type);
}

/** Lower-case ASCII letters, digits, "-" and "_", ending in a letter or digit; other runs become one "-". */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}

const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/** RFC 4122 version-5 UUID (SHA-1 of namespace + name): the same name always gives the same UUID. */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Stable across releases and deployments: derived from the row's id, which never changes. */
export const personGuid = (personId: string) => uuidV5(`concord:person:${personId}`);
export const roomGuid = (roomId: string) => uuidV5(`concord:room:${roomId}`);

const pad2 = (n: number) => String(n).padStart(2, "0");

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export type ZonedTime = {
  /** "2025-07-10", the calendar day in the zone. */
  day: string;
  /** "09:00". */
  time: string;
  /** "2025-07-10T09:00:00+08:00": the wall-clock time with the zone's offset at that instant (DST-aware). */
  iso: string;
};

/** An instant read in a zone. */
export function zoned(date: Date, timeZone: string): ZonedTime {
  const parts = wallClockFormatter(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  const day = `${get("year")}-${get("month")}-${get("day")}`;
  const time = `${get("hour")}:${get("minute")}`;
  const offset = tzOffset(timeZone, date);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return { day, time, iso: `${day}T${time}:${get("second")}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}` };
}

/** "01:30" for 90 minutes (c3voc durations are HH:MM). */
export function hoursMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/**
 * Text an export writes on one line (a title, a name): rows written before the schemas stripped
 * control characters (or straight into the database) may still hold line breaks.
 */
export const exportLine = (value: string) => toOneLine(value);

/** Multi-line text an export writes (an abstract): line breaks stay "\n", other control characters go. */
export function exportText(value: string): string {
  return value.replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
