import { dayKey } from "@/lib/time/format";

export type LiveStatus = "now" | "next";

/** What the live marks need of a session: plain enough to send to the browser. */
export type LiveSession = { id: string; start: Date; end: Date; type: string };

/**
 * Marks what is on during the forum: sessions in progress are "now", and those starting at the
 * next start time are "next" (breaks are never "next": nobody needs telling lunch is coming).
 * Outside the forum's days, in its own zone, nothing is marked. The clock is a parameter, so the
 * rule is testable at any instant. Pages served from cache compute it in the browser.
 */
export function liveStatus(
  sessions: readonly LiveSession[],
  forum: { startDate: string; endDate: string; timeZone: string },
  now: Date,
): Map<string, LiveStatus> {
  const marks = new Map<string, LiveStatus>();
  const today = dayKey(now, forum.timeZone);
  if (today < forum.startDate || today > forum.endDate) return marks;
  const t = now.getTime();
  for (const s of sessions) if (s.start.getTime() <= t && t < s.end.getTime()) marks.set(s.id, "now");
  const upcoming = sessions.filter((s) => s.type !== "BREAK" && s.start.getTime() > t);
  const nextStart = Math.min(...upcoming.map((s) => s.start.getTime()));
  for (const s of upcoming) if (s.start.getTime() === nextStart) marks.set(s.id, "next");
  return marks;
}
