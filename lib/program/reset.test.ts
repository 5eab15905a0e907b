import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  createForum,
  createOrganization,
  createParticipant,
  createPerson,
  createProgramSession,
  createRoom,
  createSeat,
  createSessionRole,
  createSubForum,
  createUser,
} from "@/prisma/factories";
import { testDb } from "@/test/db";
import { publishProgram } from "./publish";
import { previewReset, resetWorkingCopy, type ResetPreview } from "./reset";
import { buildProgramSnapshot, parseProgramSnapshot } from "./snapshot";

/** A forum with two rooms, a sub-forum, three sessions and two people on stage, published as release 1. */
async function publishedForum() {
  const db = testDb();
  const forum = await createForum(db, { nameEn: "SCO Digital Economy Forum" });
  const hall = await createRoom(db, { forumId: forum.id, slug: "main-hall", nameEn: "Main Hall", capacity: 800, sortOrder: 1 });
  const side = await createRoom(db, { forumId: forum.id, slug: "meeting-room-3", nameEn: "Meeting Room 3", capacity: 120, sortOrder: 2 });
  const track = await createSubForum(db, { forumId: forum.id, slug: "data-governance", titleEn: "Data Governance" });
  const at = (iso: string, minutes = 60) => ({ startsAt: new Date(iso), endsAt: new Date(Date.parse(iso) + minutes * 60_000) });
  const opening = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, slug: "opening", titleEn: "Opening ceremony", type: "CEREMONY", ...at("2025-07-10T01:00Z") });
  const panel = await createProgramSession(db, { forumId: forum.id, roomId: side.id, subForumId: track.id, slug: "panel", titleEn: "Data governance panel", ...at("2025-07-10T03:00Z", 90) });
  const showcase = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, slug: "showcase", titleEn: "Tianjin showcase", type: "SHOWCASE", ...at("2025-07-10T06:00Z") });
  const company = await createOrganization(db, { nameEn: "Tianjin Data Group" });
  const minister = await createPerson(db, { nameEn: "Li Wei", titleEn: "Vice Minister" });
  const expert = await createPerson(db, { nameEn: "Anna Petrova", organizationId: company.id });
  await createSessionRole(db, { sessionId: opening.id, personId: minister.id, role: "KEYNOTE" });
  await createSessionRole(db, { sessionId: panel.id, personId: expert.id, role: "SPEAKER" });
  await createSessionRole(db, { sessionId: showcase.id, personId: expert.id, role: "MODERATOR" });
  const organizer = await createUser(db, { role: "ORGANIZER" });
  const published = await publishProgram({ forumId: forum.id, userId: organizer.id, comment: "" });
  if (!published.ok) throw new Error("release 1 was not published");
  const actor = { id: organizer.id, role: organizer.role, chairOf: [] };
  return { forum, hall, side, track, opening, panel, showcase, minister, expert, organizer, actor, at };
}

function expectPreview(preview: Awaited<ReturnType<typeof previewReset>>): ResetPreview {
  if ("reason" in preview) throw new Error(`expected a preview, got ${preview.reason}`);
  return preview;
}

async function releaseContent(forumId: string, version: number) {
  const release = await testDb().programRelease.findUniqueOrThrow({ where: { forumId_version: { forumId, version } }, select: { snapshot: true } });
  return parseProgramSnapshot(release.snapshot);
}

describe("resetWorkingCopy", () => {
  it("makes the working copy exactly release 1 again: sessions deleted since come back with their ids, guids and numbers, new ones go", async () => {
    const p = await publishedForum();
    const db = testDb();
    const before = await db.programSession.findUniqueOrThrow({ where: { id: p.showcase.id }, select: { guid: true, number: true } });
    // A morning of edits: swapped slugs, a retitle and a move, a renamed room and forum, a new room,
    // sub-forum and session, a deleted session and a deleted speaker, a speaker's new title.
    await db.programSession.update({ where: { id: p.opening.id }, data: { slug: "tmp" } });
    await db.programSession.update({ where: { id: p.panel.id }, data: { slug: "opening", titleEn: "Roundtable", roomId: p.hall.id, ...p.at("2025-07-10T04:00Z") } });
    await db.programSession.update({ where: { id: p.opening.id }, data: { slug: "panel" } });
    await db.room.update({ where: { id: p.hall.id }, data: { slug: "jinmen-hall", nameEn: "Jinmen Hall", capacity: 240 } });
    await db.forum.update({ where: { id: p.forum.id }, data: { nameEn: "Renamed forum", themeZh: "新主题" } });
    const annex = await createRoom(db, { forumId: p.forum.id, slug: "main-hall", nameEn: "Annex" });
    const track = await createSubForum(db, { forumId: p.forum.id, titleEn: "New track" });
    await db.programSession.delete({ where: { id: p.showcase.id } });
    const added = await createProgramSession(db, { forumId: p.forum.id, roomId: annex.id, subForumId: track.id, slug: "showcase", titleEn: "Added since", ...p.at("2025-07-10T08:00Z") });
    await createSessionRole(db, { sessionId: added.id, personId: p.minister.id });
    await db.person.update({ where: { id: p.minister.id }, data: { titleEn: "Minister", bioEn: "New bio" } });
    await db.person.delete({ where: { id: p.expert.id } });

    const preview = expectPreview(await previewReset(p.forum.id, 1));
    expect(preview.target.version).toBe(1);
    expect(preview.changelog.added.map((e) => e.slug)).toEqual(["showcase"]);
    expect(preview.changelog.removed.map((e) => e.titleEn)).toEqual(["Added since"]);
    expect(preview.changelog.moved.map((e) => e.titleEn)).toEqual(["Data governance panel"]);
    expect(preview.changelog.retitled.map((e) => [e.fromTitleEn, e.toTitleEn])).toEqual([["Roundtable", "Data governance panel"]]);

    const result = await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: preview.digest });
    expect(result).toEqual({ ok: true, version: 1, changelog: preview.changelog });
    expect(await buildProgramSnapshot(db, p.forum.id)).toEqual(await releaseContent(p.forum.id, 1));
    expect(await db.programSession.findUniqueOrThrow({ where: { id: p.showcase.id }, select: { guid: true, number: true } })).toEqual(before);
    expect(await db.room.count({ where: { id: annex.id } })).toBe(0);
    expect(await db.subForum.count({ where: { id: track.id } })).toBe(0);
    expect(await db.programSession.count({ where: { id: added.id } })).toBe(0);
    // The deleted speaker is back with the organization they had.
    expect(await db.person.findUniqueOrThrow({ where: { id: p.expert.id }, select: { nameEn: true, organization: { select: { nameEn: true } } } })).toEqual({
      nameEn: "Anna Petrova",
      organization: { nameEn: "Tianjin Data Group" },
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { forumId: p.forum.id, action: "program.reset" }, select: { actorId: true, data: true } });
    expect(audit).toMatchObject({ actorId: p.organizer.id, data: { version: 1, counts: { added: 1, removed: 1 } } });
    // Publishing now would publish nothing new: the working copy is release 1.
    expect(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" })).toMatchObject({ ok: false, reason: "NOTHING_CHANGED" });
  });

  it("resets to an older release while a newer one is public, and leaves the releases alone", async () => {
    const p = await publishedForum();
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Roundtable" } });
    expect((await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" })).ok).toBe(true);

    const preview = expectPreview(await previewReset(p.forum.id, 1));
    expect((await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: preview.digest })).ok).toBe(true);
    expect((await testDb().programSession.findUniqueOrThrow({ where: { id: p.panel.id }, select: { titleEn: true } })).titleEn).toBe("Data governance panel");
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(2);
    expect((await releaseContent(p.forum.id, 2)).sessions.find((s) => s.id === p.panel.id)?.titleEn).toBe("Roundtable");
  });

  it("refuses when the working copy changed after the preview, writes nothing, and returns the new preview", async () => {
    const p = await publishedForum();
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Roundtable" } });
    const shown = expectPreview(await previewReset(p.forum.id, 1));
    // A chair moves the showcase while the organizer reads the preview.
    await testDb().programSession.update({ where: { id: p.showcase.id }, data: p.at("2025-07-10T07:00Z") });

    const refused = await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: shown.digest });
    expect(refused).toMatchObject({ ok: false, reason: "PREVIEW_OUTDATED" });
    if (refused.ok || refused.reason !== "PREVIEW_OUTDATED") return;
    expect(refused.preview.changelog.moved.map((e) => e.slug)).toEqual(["showcase"]);
    const panel = await testDb().programSession.findUniqueOrThrow({ where: { id: p.panel.id }, select: { titleEn: true } });
    expect(panel.titleEn).toBe("Roundtable");
    expect(await testDb().auditEntry.count({ where: { forumId: p.forum.id, action: "program.reset" } })).toBe(0);
  });

  it("refuses a chair, even of the sub-forum whose sessions it would change, and writes nothing", async () => {
    const p = await publishedForum();
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Roundtable" } });
    const preview = expectPreview(await previewReset(p.forum.id, 1));
    const chair = await createUser(testDb(), { role: "CHAIR" });
    const refused = await resetWorkingCopy({ forumId: p.forum.id, actor: { id: chair.id, role: "CHAIR", chairOf: [p.track.id] }, version: 1, expectedDigest: preview.digest });
    expect(refused).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await testDb().programSession.findUniqueOrThrow({ where: { id: p.panel.id }, select: { titleEn: true } })).titleEn).toBe("Roundtable");
  });

  it("counts the seats that go with a session created since, and removes them with it", async () => {
    const p = await publishedForum();
    const added = await createProgramSession(testDb(), { forumId: p.forum.id, slug: "workshop", seatBooking: true, capacity: 20, ...p.at("2025-07-10T08:00Z") });
    const delegate = await createParticipant(testDb(), { forumId: p.forum.id });
    await createSeat(testDb(), { sessionId: added.id, participantId: delegate.id, status: "CONFIRMED" });
    const preview = expectPreview(await previewReset(p.forum.id, 1));
    expect(preview.seatsLost).toBe(1);
    expect((await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: preview.digest })).ok).toBe(true);
    expect(await testDb().seat.count({ where: { participantId: delegate.id } })).toBe(0);
  });

  it("keeps the seats of a session the public still reads until the next publish leaves it out", async () => {
    const p = await publishedForum();
    const db = testDb();
    const added = await createProgramSession(db, { forumId: p.forum.id, slug: "workshop", seatBooking: true, capacity: 20, ...p.at("2025-07-10T08:00Z") });
    const second = await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" });
    expect(second.ok).toBe(true);
    const delegate = await createParticipant(db, { forumId: p.forum.id });
    await createSeat(db, { sessionId: added.id, participantId: delegate.id, status: "CONFIRMED" });

    const preview = expectPreview(await previewReset(p.forum.id, 1));
    expect((await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: preview.digest })).ok).toBe(true);
    // Gone from the working copy; release 2 (what the public reads) still has it, and the seat holds.
    expect((await buildProgramSnapshot(db, p.forum.id)).sessions.map((s) => s.id)).not.toContain(added.id);
    expect(await db.seat.count({ where: { participantId: delegate.id } })).toBe(1);

    expect((await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" })).ok).toBe(true);
    expect(await db.programSession.count({ where: { id: added.id } })).toBe(0);
    expect(await db.seat.count({ where: { participantId: delegate.id } })).toBe(0);
  });

  it("refuses a release of an older snapshot format, a missing one, and a working copy that is already the release", async () => {
    const p = await publishedForum();
    const same = expectPreview(await previewReset(p.forum.id, 1));
    expect(same.unchanged).toBe(true);
    expect(await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: same.digest })).toEqual({ ok: false, reason: "NOTHING_CHANGED", version: 1 });
    expect(await previewReset(p.forum.id, 2)).toEqual({ reason: "NOT_FOUND" });
    expect(await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 2, expectedDigest: same.digest })).toEqual({ ok: false, reason: "NOT_FOUND" });

    const release = await testDb().programRelease.findFirstOrThrow({ where: { forumId: p.forum.id }, select: { id: true, snapshot: true } });
    await testDb().programRelease.update({ where: { id: release.id }, data: { snapshot: { ...(release.snapshot as Prisma.JsonObject), version: 0 } } });
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Roundtable" } });
    expect(await previewReset(p.forum.id, 1)).toEqual({ reason: "UNSUPPORTED_SNAPSHOT" });
    expect(await resetWorkingCopy({ forumId: p.forum.id, actor: p.actor, version: 1, expectedDigest: same.digest })).toEqual({ ok: false, reason: "UNSUPPORTED_SNAPSHOT", version: 1 });
    expect((await testDb().programSession.findUniqueOrThrow({ where: { id: p.panel.id }, select: { titleEn: true } })).titleEn).toBe("Roundtable");
  });
});
