// The personal calendar feed: the published program's sessions a delegate has a confirmed seat in
// or starred, at a URL carrying a secret token (calendar apps cannot sign in): the participant's
// calendar key and its HMAC (lib/participants/codes.ts), so the database never holds the URL.
// Renewing the key makes the old URL answer 404 at once.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { calendarFeedToken, calendarKeyOfToken, newCalendarKey } from "@/lib/participants/codes";
import { loadPublishedHistory } from "@/lib/program/exports/history";
import { buildProgramCalendar } from "@/lib/program/exports/ical";
import type { DelegateRef } from "./queries";
import { NOT_REGISTERED, type DelegateWriteResult } from "./result";

/** The feed's path on this site; the page shows it with the site's origin and as webcal://. */
export const calendarFeedPath = (token: string) => `/agenda/${encodeURIComponent(token)}/calendar.ics`;

export type PersonalCalendar =
  | { found: false }
  | { found: true; published: false }
  | { found: true; published: true; body: string; filename: string };

/**
 * The feed for a token: unknown (or malformed) tokens are not found; before the first publish
 * there is nothing to show. Built with the program's own iCalendar code, over the latest release
 * narrowed to the delegate's sessions, so UIDs, SEQUENCE and cancellations match the public feeds.
 */
export async function buildPersonalCalendar(token: string, baseUrl: string): Promise<PersonalCalendar> {
  const key = calendarKeyOfToken(token);
  if (!key) return { found: false };
  const participant = await db.participant.findUnique({
    where: { calendarKey: key },
    select: {
      forumId: true,
      seats: { where: { status: "CONFIRMED" }, select: { sessionId: true } },
      stars: { select: { sessionId: true } },
    },
  });
  if (!participant) return { found: false };
  const published = await loadPublishedHistory(participant.forumId);
  if (!published) return { found: true, published: false };

  const mine = new Set([...participant.seats, ...participant.stars].map((s) => s.sessionId));
  const { latest, history } = published;
  const snapshot = {
    ...latest.snapshot,
    // The calendar's name (X-WR-CALNAME) comes from the forum's name: say whose agenda it is.
    forum: { ...latest.snapshot.forum, nameEn: `My agenda — ${latest.snapshot.forum.nameEn}` },
    sessions: latest.snapshot.sessions.filter((s) => mine.has(s.id)),
  };
  const body = buildProgramCalendar(snapshot, {
    baseUrl,
    publishedAt: latest.publishedAt,
    // Sessions of theirs that a later release dropped go out once more as cancelled, as in the public feed.
    history: { revisions: history.revisions, cancelled: history.cancelled.filter((c) => mine.has(c.session.id)) },
  });
  return { found: true, published: true, body, filename: `${latest.snapshot.forum.acronym}-my-agenda.ics` };
}

/** Replaces the signed-in delegate's calendar key; the old feed URL stops working at once. */
export async function renewMyCalendarToken(ref: DelegateRef): Promise<DelegateWriteResult<{ token: string }>> {
  return db.$transaction(async (tx) => {
    const participant = await tx.participant.findUnique({
      where: { forumId_userId: { forumId: ref.forumId, userId: ref.userId } },
      select: { id: true },
    });
    if (!participant) return NOT_REGISTERED;
    const key = newCalendarKey();
    await tx.participant.update({ where: { id: participant.id }, data: { calendarKey: key } });
    // The token itself never goes into the audit log: it is a secret.
    await recordAudit(tx, { forumId: ref.forumId, actorId: ref.userId, action: "participant.calendar-token-renewed", entity: { type: "Participant", id: participant.id } });
    return { ok: true, value: { token: calendarFeedToken(key) } } as const;
  });
}
