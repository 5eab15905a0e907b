import { describe, expect, it } from "vitest";
import { GET } from "@/app/agenda/[token]/calendar.ics/route";
import { sessionUid } from "@/lib/program/exports/ical";
import { calendarLineProblems, parseCalendar, publishRelease } from "@/lib/program/exports/testing";
import { calendarFeedToken } from "@/lib/participants/codes";
import { takeSeat } from "@/lib/seats/seats";
import { createForum, createProgramSession, createRoom } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { buildPersonalCalendar, calendarFeedPath, renewMyCalendarToken } from "./calendar";
import { createDelegate } from "./testing";

const BASE = "https://forum.example.org";
/** The token in a participant's feed URL, as their agenda page shows it. */
const feedOf = (participant: { calendarKey: string }) => calendarFeedToken(participant.calendarKey);

/** Two releases; the delegate holds a seat, a waitlist place and stars; someone else holds another seat. */
async function agendaForum() {
  const db = testDb();
  const forum = await createForum(db, { nameEn: "SCO Digital Economy Forum", acronym: `scodef-${Math.random().toString(36).slice(2, 8)}` });
  const room = await createRoom(db, { forumId: forum.id, nameEn: "Meijiang Hall" });
  const at = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 60 * 60_000) });
  const seated = await createProgramSession(db, { forumId: forum.id, roomId: room.id, seatBooking: true, capacity: 1, titleEn: "Seated workshop", ...at("2025-07-10T01:00:00Z") });
  const starred = await createProgramSession(db, { forumId: forum.id, roomId: room.id, titleEn: "Starred plenary", ...at("2025-07-10T03:00:00Z") });
  const waitlisted = await createProgramSession(db, { forumId: forum.id, roomId: room.id, seatBooking: true, capacity: 1, titleEn: "Full workshop", ...at("2025-07-10T05:00:00Z") });
  const theirs = await createProgramSession(db, { forumId: forum.id, roomId: room.id, seatBooking: true, capacity: 5, titleEn: "Someone else's session", ...at("2025-07-11T01:00:00Z") });
  const dropped = await createProgramSession(db, { forumId: forum.id, roomId: room.id, titleEn: "Dropped site visit", ...at("2025-07-11T03:00:00Z") });
  const me = await createDelegate(forum.id);
  const other = await createDelegate(forum.id);
  await takeSeat(me.participant.id, seated.id);
  await takeSeat(other.participant.id, waitlisted.id);
  await takeSeat(me.participant.id, waitlisted.id);
  await takeSeat(other.participant.id, theirs.id);
  await db.starredSession.createMany({ data: [{ participantId: me.participant.id, sessionId: starred.id }, { participantId: me.participant.id, sessionId: dropped.id }] });
  await publishRelease(db, forum.id, 1, new Date("2025-06-28T02:00:00Z"));
  await publishRelease(db, forum.id, 2, new Date("2025-07-02T08:30:00Z"), (s) => ({ ...s, sessions: s.sessions.filter((x) => x.id !== dropped.id) }));
  // Added after the last publish: not public yet, so not in anyone's feed.
  const unpublished = await createProgramSession(db, { forumId: forum.id, titleEn: "Draft session", ...at("2025-07-11T06:00:00Z") });
  await db.starredSession.create({ data: { participantId: me.participant.id, sessionId: unpublished.id } });
  return { forum, me, other, seated, starred, waitlisted, theirs, dropped, unpublished };
}

describe("the personal calendar feed", () => {
  it("carries the published sessions the delegate has a seat in or starred, and nobody else's", async () => {
    const p = await agendaForum();
    const calendar = await buildPersonalCalendar(feedOf(p.me.participant), BASE);
    if (!calendar.found || !calendar.published) throw new Error("expected a feed");
    expect(calendarLineProblems(calendar.body)).toEqual([]);
    const parsed = parseCalendar(calendar.body);
    expect(parsed.properties["X-WR-CALNAME"]).toBe("My agenda — SCO Digital Economy Forum");
    const byUid = new Map(parsed.events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([p.seated, p.starred, p.dropped].map((s) => sessionUid(s.guid)).sort());
    expect(byUid.get(sessionUid(p.seated.guid))).toMatchObject({ summary: "Seated workshop", status: "CONFIRMED", start: p.seated.startsAt, url: `${BASE}/program/${p.seated.slug}` });
    expect(byUid.get(sessionUid(p.starred.guid))).toMatchObject({ summary: "Starred plenary", status: "CONFIRMED" });
    // Dropped from the program after they starred it: sent once more as cancelled, as the public feed does.
    expect(byUid.get(sessionUid(p.dropped.guid))).toMatchObject({ summary: "Cancelled: Dropped site visit", status: "CANCELLED" });
    expect(calendar.body).not.toContain("Someone else");
    expect(calendar.body).not.toContain("Full workshop");
    expect(calendar.body).not.toContain("Draft session");
  });

  it("gives the other delegate only their own session", async () => {
    const p = await agendaForum();
    const calendar = await buildPersonalCalendar(feedOf(p.other.participant), BASE);
    if (!calendar.found || !calendar.published) throw new Error("expected a feed");
    expect(parseCalendar(calendar.body).events.map((e) => e.summary).sort()).toEqual(["Full workshop", "Someone else's session"]);
  });

  it("knows no unknown or malformed token, and says when nothing is published yet", async () => {
    expect(await buildPersonalCalendar("x".repeat(32), BASE)).toEqual({ found: false });
    expect(await buildPersonalCalendar("x".repeat(64), BASE)).toEqual({ found: false });
    expect(await buildPersonalCalendar("../../etc/passwd", BASE)).toEqual({ found: false });
    const forum = await createForum(testDb());
    const { participant } = await createDelegate(forum.id);
    expect(await buildPersonalCalendar(feedOf(participant), BASE)).toEqual({ found: true, published: false });
  });

  it("stops answering the old URL as soon as the link is renewed, without writing the token into the audit log", async () => {
    const p = await agendaForum();
    const old = feedOf(p.me.participant);
    const renewed = await renewMyCalendarToken(p.me.ref);
    if (!renewed.ok) throw new Error("expected a new token");
    expect(renewed.value.token).not.toBe(old);
    expect(await buildPersonalCalendar(old, BASE)).toEqual({ found: false });
    expect(await buildPersonalCalendar(renewed.value.token, BASE)).toMatchObject({ found: true, published: true });
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: p.me.participant.id, action: "participant.calendar-token-renewed" } });
    expect(audit.actorId).toBe(p.me.user.id);
    expect(JSON.stringify(audit)).not.toContain(renewed.value.token);
    // The database keeps the key only: the URL's token is nowhere in the row.
    const row = await testDb().participant.findUniqueOrThrow({ where: { id: p.me.participant.id } });
    expect(JSON.stringify(row)).not.toContain(renewed.value.token);
    expect(renewed.value.token.startsWith(row.calendarKey)).toBe(true);
    // The other delegate's token is untouched.
    expect(await buildPersonalCalendar(feedOf(p.other.participant), BASE)).toMatchObject({ found: true });
  });

  it("opens no feed with the stored key alone, or with the key and a forged or another key's signature", async () => {
    const p = await agendaForum();
    const key = p.me.participant.calendarKey;
    const token = feedOf(p.me.participant);
    expect(await buildPersonalCalendar(key, BASE)).toEqual({ found: false });
    expect(await buildPersonalCalendar(`${key}${"A".repeat(32)}`, BASE)).toEqual({ found: false });
    expect(await buildPersonalCalendar(`${key}${feedOf(p.other.participant).slice(32)}`, BASE)).toEqual({ found: false });
    const flipped = `${token.slice(0, 63)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await buildPersonalCalendar(flipped, BASE)).toEqual({ found: false });
    expect(await buildPersonalCalendar(token, BASE)).toMatchObject({ found: true, published: true });
  });

  it("serves the feed over HTTP as a private, never-cached calendar, and 404 for an unknown token", async () => {
    const p = await agendaForum();
    const path = calendarFeedPath(feedOf(p.me.participant));
    const response = await GET(new Request(`http://localhost:3000${path}`), { params: Promise.resolve({ token: feedOf(p.me.participant) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(parseCalendar(await response.text()).events).toHaveLength(3);

    const missing = await GET(new Request("http://localhost:3000/agenda/nope/calendar.ics"), { params: Promise.resolve({ token: "nope-nope-nope-nope-nope" }) });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");
  });
});
