import type { AppLocale } from "@/lib/i18n/locales";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { dayKey } from "@/lib/time/format";
import type { ProgramSnapshot, SnapshotPerson, SnapshotRoom, SnapshotSession, SnapshotSubForum } from "./snapshot";

export type SessionView = SnapshotSession & {
  start: Date;
  end: Date;
  room: SnapshotRoom | null;
  subForum: SnapshotSubForum | null;
  /** People on stage with their role, in protocol order. */
  cast: { person: SnapshotPerson; role: SnapshotSession["people"][number]["role"] }[];
};

export type ProgramDay = { key: string; date: Date; slots: { start: Date; sessions: SessionView[] }[] };

/** Joins a snapshot's sessions with their rooms, sub-forums and people. */
export function sessionViews(snapshot: ProgramSnapshot): SessionView[] {
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const subForums = new Map(snapshot.subForums.map((s) => [s.id, s]));
  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  return snapshot.sessions.map((s) => ({
    ...s,
    start: new Date(s.startsAt),
    end: new Date(s.endsAt),
    room: s.roomId ? (rooms.get(s.roomId) ?? null) : null,
    subForum: s.subForumId ? (subForums.get(s.subForumId) ?? null) : null,
    cast: s.people.flatMap((p) => {
      const person = people.get(p.personId);
      return person ? [{ person, role: p.role }] : [];
    }),
  }));
}

/** Sessions by day in the forum's zone, then by start time: the program's reading order. */
export function groupByDay(sessions: SessionView[], timeZone: string): ProgramDay[] {
  const days = new Map<string, ProgramDay>();
  for (const s of sessions) {
    const key = dayKey(s.start, timeZone);
    const day = days.get(key) ?? { key, date: s.start, slots: [] };
    days.set(key, day);
    const slot = day.slots.find((x) => x.start.getTime() === s.start.getTime());
    if (slot) slot.sessions.push(s);
    else day.slots.push({ start: s.start, sessions: [s] });
  }
  return [...days.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function intlLocale(locale: AppLocale): string {
  return INTL_LOCALE[locale];
}
