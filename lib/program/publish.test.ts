import { describe, expect, it } from "vitest";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole, createUser } from "@/prisma/factories";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbKind, testDb } from "@/test/db";
import { parseChangelog } from "./changelog";
import { previewPublish, previewRepublish, publishProgram, republishRelease, type ProgramPreview, type PublishProgramResult, type RepublishReleaseResult } from "./publish";
import { publishProgramSchema } from "./publish-schema";
import { buildProgramSnapshot, parseProgramSnapshot, snapshotToJson } from "./snapshot";

/** A small forum in Tianjin: two rooms, three sessions, two people, and an organizer. */
async function forumWithProgram() {
  const db = testDb();
  const forum = await createForum(db, { startDate: new Date("2025-07-10"), endDate: new Date("2025-07-11"), timeZone: "Asia/Shanghai" });
  const hall = await createRoom(db, { forumId: forum.id, nameEn: "Main Hall", capacity: 800 });
  const side = await createRoom(db, { forumId: forum.id, nameEn: "Meeting Room 3", capacity: 120 });
  const at = (iso: string, minutes = 60) => ({ startsAt: new Date(iso), endsAt: new Date(Date.parse(iso) + minutes * 60_000) });
  const opening = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, slug: "opening", titleEn: "Opening ceremony", type: "CEREMONY", ...at("2025-07-10T01:00Z") });
  const panel = await createProgramSession(db, { forumId: forum.id, roomId: side.id, slug: "panel", titleEn: "Data governance panel", ...at("2025-07-10T03:00Z", 90) });
  const showcase = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, slug: "showcase", titleEn: "Tianjin showcase", type: "SHOWCASE", ...at("2025-07-10T06:00Z") });
  const minister = await createPerson(db, { nameEn: "Li Wei" });
  const expert = await createPerson(db, { nameEn: "Anna Petrova" });
  await createSessionRole(db, { sessionId: opening.id, personId: minister.id, role: "KEYNOTE" });
  await createSessionRole(db, { sessionId: panel.id, personId: expert.id, role: "SPEAKER" });
  const organizer = await createUser(db, { role: "ORGANIZER", name: "Zhang Min" });
  const actor = { id: organizer.id, role: organizer.role, chairOf: [] };
  return { forum, hall, side, opening, panel, showcase, minister, expert, organizer, actor, at };
}

function expectPublished<R extends PublishProgramResult | RepublishReleaseResult>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`expected a release, got ${JSON.stringify(result)}`);
  return result as Extract<R, { ok: true }>;
}

describe("publishProgram", () => {
  it("publishes release 1 with every session added, the snapshot, the publisher and an audit entry", async () => {
    const p = await forumWithProgram();
    const result = expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "  First program  " }));
    expect(result.release.version).toBe(1);
    expect(result.release.changelog.added.map((e) => e.slug)).toEqual(["opening", "panel", "showcase"]);
    expect(result.warnings).toEqual([]);

    const stored = await testDb().programRelease.findUniqueOrThrow({
      where: { id: result.release.id },
      select: { version: true, comment: true, publishedById: true, snapshot: true, changelog: true },
    });
    expect(stored).toMatchObject({ version: 1, comment: "First program", publishedById: p.organizer.id });
    expect(parseProgramSnapshot(stored.snapshot)).toEqual(await buildProgramSnapshot(testDb(), p.forum.id));
    expect(parseChangelog(stored.changelog)).toEqual(result.release.changelog);

    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: result.release.id }, select: { action: true, entityType: true, actorId: true, forumId: true, data: true } });
    expect(audit).toEqual({
      action: "program.published",
      entityType: "ProgramRelease",
      actorId: p.organizer.id,
      forumId: p.forum.id,
      data: { version: 1, comment: "First program", counts: { added: 3, removed: 0, moved: 0, retitled: 0, peopleChanged: 0, updated: 0, addressChanged: 0, sessions: 3, warnings: 0 } },
    });
  });

  it("publishes release 2 with a changelog of the moves, retitles, cast changes, additions and removals since release 1", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    const db = testDb();
    await db.programSession.update({ where: { id: p.panel.id }, data: { roomId: p.hall.id, ...p.at("2025-07-10T04:00Z", 90) } });
    await db.programSession.update({ where: { id: p.opening.id }, data: { titleEn: "Opening ceremony and keynote", titleZh: "开幕式" } });
    await createSessionRole(db, { sessionId: p.opening.id, personId: p.expert.id, role: "SPEAKER", position: 2 });
    await db.sessionRole.delete({ where: { sessionId_personId: { sessionId: p.panel.id, personId: p.expert.id } } });
    await db.programSession.delete({ where: { id: p.showcase.id } });
    const signing = await createProgramSession(db, { forumId: p.forum.id, roomId: p.side.id, slug: "signing", titleEn: "Signing ceremony", type: "SIGNING", ...p.at("2025-07-10T07:00Z") });

    const result = expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "Panel moved to the Main Hall" }));
    const c = result.release.changelog;
    expect(result.release.version).toBe(2);
    expect(c.added.map((e) => e.sessionId)).toEqual([signing.id]);
    expect(c.removed).toEqual([expect.objectContaining({ sessionId: p.showcase.id, slug: "showcase", titleEn: "Tianjin showcase" })]);
    expect(c.moved).toEqual([
      expect.objectContaining({
        slug: "panel",
        from: expect.objectContaining({ startsAt: "2025-07-10T03:00:00.000Z", roomNameEn: "Meeting Room 3" }),
        to: expect.objectContaining({ startsAt: "2025-07-10T04:00:00.000Z", roomNameEn: "Main Hall" }),
      }),
    ]);
    expect(c.retitled).toEqual([expect.objectContaining({ slug: "opening", fromTitleEn: "Opening ceremony", toTitleEn: "Opening ceremony and keynote", languages: ["en", "zh"] })]);
    expect(c.peopleChanged.map((e) => [e.slug, e.addedPeople, e.removedPeople])).toEqual([
      ["opening", ["Anna Petrova"], []],
      ["panel", [], ["Anna Petrova"]],
    ]);
    const releases = await db.programRelease.findMany({ where: { forumId: p.forum.id }, orderBy: { version: "asc" }, select: { version: true, comment: true } });
    expect(releases).toEqual([
      { version: 1, comment: "" },
      { version: 2, comment: "Panel moved to the Main Hall" },
    ]);
  });

  it("refuses to publish while a room is double-booked, and publishes once the clash is gone", async () => {
    const p = await forumWithProgram();
    const clash = await createProgramSession(testDb(), { forumId: p.forum.id, roomId: p.side.id, slug: "clash", ...p.at("2025-07-10T03:30Z") });
    const refused = await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" });
    expect(refused).toEqual({
      ok: false,
      reason: "BLOCKING_CONFLICTS",
      conflicts: [{ kind: "ROOM_DOUBLE_BOOKED", severity: "error", sessionIds: [p.panel.id, clash.id], roomId: p.side.id }],
    });
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(0);
    expect(await testDb().auditEntry.count({ where: { forumId: p.forum.id } })).toBe(0);

    await testDb().programSession.update({ where: { id: clash.id }, data: p.at("2025-07-10T05:00Z") });
    expect((await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" })).ok).toBe(true);
  });

  it("refuses a session outside the forum's days", async () => {
    const p = await forumWithProgram();
    // 00:30 on 12 July in Tianjin: the forum ended at midnight.
    await createProgramSession(testDb(), { forumId: p.forum.id, slug: "late", ...p.at("2025-07-11T16:30Z") });
    const refused = await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" });
    expect(refused).toMatchObject({ ok: false, reason: "BLOCKING_CONFLICTS", conflicts: [{ kind: "OUTSIDE_FORUM_DAYS" }] });
  });

  it("publishes despite warnings and returns them", async () => {
    const p = await forumWithProgram();
    // The minister keynotes the opening (01:00–02:00) and joins a side event at 01:30.
    const side = await createProgramSession(testDb(), { forumId: p.forum.id, roomId: p.side.id, slug: "side-event", ...p.at("2025-07-10T01:30Z") });
    await createSessionRole(testDb(), { sessionId: side.id, personId: p.minister.id });
    const result = expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    expect(result.warnings).toEqual([{ kind: "PERSON_DOUBLE_BOOKED", severity: "warning", sessionIds: [p.opening.id, side.id], personId: p.minister.id }]);
  });

  it("refuses to publish when nothing changed since the latest release, even with a new comment", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "First" }));
    expect(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "Only a new comment" })).toEqual({ ok: false, reason: "NOTHING_CHANGED", version: 1 });
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(1);
    expect(await testDb().auditEntry.count({ where: { forumId: p.forum.id } })).toBe(1);
  });

  it("publishes a change to an abstract, which the public sees though no session moved", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { abstractEn: "What data governance needs next." } });
    const result = expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    expect(result.release.changelog.updated).toEqual([expect.objectContaining({ slug: "panel", details: ["abstract"] })]);
  });

  it("publishes an empty program as release 1", async () => {
    const forum = await createForum(testDb());
    const organizer = await createUser(testDb(), { role: "ORGANIZER" });
    const result = expectPublished(await publishProgram({ forumId: forum.id, userId: organizer.id, comment: "" }));
    expect(result.release.version).toBe(1);
    expect(await publishProgram({ forumId: forum.id, userId: organizer.id, comment: "" })).toMatchObject({ reason: "NOTHING_CHANGED" });
  });

  it("gives concurrent publishes distinct versions or a clean refusal, never an error or a duplicate", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Renamed panel" } });

    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: `Publish ${i}` })));
    const published = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(published.map((r) => r.release.version)).toEqual([2]);
    for (const r of refused) expect(r).toEqual({ ok: false, reason: "NOTHING_CHANGED", version: 2 });
    const versions = await testDb().programRelease.findMany({ where: { forumId: p.forum.id }, orderBy: { version: "asc" }, select: { version: true } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it.runIf(dbKind === "postgres")("publishes N+1 when another publisher commits release N while this one is running", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Renamed panel" } });
    const stale = await testDb().programRelease.findFirstOrThrow({ where: { forumId: p.forum.id, version: 1 }, select: { snapshot: true, changelog: true } });

    // Another connection holds an uncommitted release 2 (with release 1's content) while we publish:
    // our insert of version 2 waits on the unique index, then loses, and the retry publishes version 3.
    let pending: Promise<PublishProgramResult> | undefined;
    await testDb().$transaction(async (tx) => {
      await tx.programRelease.create({ data: { forumId: p.forum.id, version: 2, comment: "other", changelog: stale.changelog as Prisma.InputJsonValue, snapshot: snapshotToJson(parseProgramSnapshot(stale.snapshot)) } });
      pending = publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "mine" });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const result = expectPublished(await pending!);
    expect(result.release.version).toBe(3);
    expect(result.release.changelog.retitled.map((e) => e.toTitleEn)).toEqual(["Renamed panel"]);
  });
});

describe("previewPublish and the preview's digest", () => {
  it("previews the changelog and conflicts release 2 would get, and publishes exactly that preview", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Data governance roundtable" } });
    const side = await createProgramSession(testDb(), { forumId: p.forum.id, roomId: p.side.id, slug: "side-event", ...p.at("2025-07-10T01:30Z") });
    await createSessionRole(testDb(), { sessionId: side.id, personId: p.minister.id });

    const preview = await previewPublish(p.forum.id);
    expect(preview.base).toMatchObject({ version: 1 });
    expect(preview.unchanged).toBe(false);
    expect(preview.changelog.retitled.map((e) => e.toTitleEn)).toEqual(["Data governance roundtable"]);
    expect(preview.changelog.added.map((e) => e.slug)).toEqual(["side-event"]);
    expect(preview.conflicts).toEqual([{ kind: "PERSON_DOUBLE_BOOKED", severity: "warning", sessionIds: [p.opening.id, side.id], personId: p.minister.id }]);

    const result = expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "", expectedDigest: preview.digest }));
    expect(result.release.changelog).toEqual(preview.changelog);
    const stored = await testDb().programRelease.findUniqueOrThrow({ where: { id: result.release.id }, select: { snapshot: true } });
    expect(parseProgramSnapshot(stored.snapshot)).toEqual(preview.content);
  });

  it("refuses to publish when the working copy changed after the preview, writes nothing, and returns the new preview", async () => {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "" }));
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Data governance roundtable" } });
    const shown = await previewPublish(p.forum.id);

    // Someone moves the showcase while the organizer reads the preview.
    await testDb().programSession.update({ where: { id: p.showcase.id }, data: p.at("2025-07-10T07:00Z") });
    const refused = await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "Retitled the panel", expectedDigest: shown.digest });
    if (refused.ok || refused.reason !== "PREVIEW_OUTDATED") throw new Error(`expected PREVIEW_OUTDATED, got ${JSON.stringify(refused)}`);
    expect(refused.preview.changelog.moved.map((e) => e.slug)).toEqual(["showcase"]);
    expect(refused.preview.changelog.retitled.map((e) => e.slug)).toEqual(["panel"]);
    expect(refused.preview.digest).not.toBe(shown.digest);
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(1);
    expect(await testDb().auditEntry.count({ where: { forumId: p.forum.id } })).toBe(1);

    const result = expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "", expectedDigest: refused.preview.digest }));
    expect(result.release.version).toBe(2);
  });

  it("refuses a preview once another release was published in between, and previews nothing to publish", async () => {
    const p = await forumWithProgram();
    const shown = await previewPublish(p.forum.id);
    expect(shown.base).toBeNull();
    expect(shown.changelog.added).toHaveLength(3);
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "The other organizer" }));

    const refused = await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "", expectedDigest: shown.digest });
    expect(refused).toMatchObject({ ok: false, reason: "PREVIEW_OUTDATED", preview: { base: { version: 1 }, unchanged: true } });
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(1);
  });

  it("previews blocking conflicts, and publishing that preview is refused for them", async () => {
    const p = await forumWithProgram();
    await createProgramSession(testDb(), { forumId: p.forum.id, roomId: p.side.id, slug: "clash", ...p.at("2025-07-10T03:30Z") });
    const preview = await previewPublish(p.forum.id);
    expect(preview.conflicts).toMatchObject([{ kind: "ROOM_DOUBLE_BOOKED", severity: "error" }]);
    expect(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "", expectedDigest: preview.digest })).toMatchObject({ reason: "BLOCKING_CONFLICTS" });
  });
});

describe("republishRelease", () => {
  /** Release 1 as built; release 2 with the panel retitled and the showcase removed. */
  async function twoReleases() {
    const p = await forumWithProgram();
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "First" }));
    await testDb().programSession.update({ where: { id: p.panel.id }, data: { titleEn: "Data governance roundtable" } });
    await testDb().programSession.delete({ where: { id: p.showcase.id } });
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "Second" }));
    return p;
  }

  function expectPreview(preview: Awaited<ReturnType<typeof previewRepublish>>): ProgramPreview {
    if ("reason" in preview) throw new Error(`expected a preview, got ${preview.reason}`);
    return preview;
  }

  it("publishes release 1's content again as release 3, with its changelog against release 2, the comment and an audit entry", async () => {
    const p = await twoReleases();
    const preview = expectPreview(await previewRepublish(p.forum.id, 1));
    expect(preview.base).toMatchObject({ version: 2 });
    expect(preview.changelog.added.map((e) => e.slug)).toEqual(["showcase"]);
    expect(preview.changelog.retitled.map((e) => e.toTitleEn)).toEqual(["Data governance panel"]);

    const result = await republishRelease({ forumId: p.forum.id, actor: p.actor, version: 1, comment: "  Back to the first program  ", expectedDigest: preview.digest });
    const release = expectPublished(result).release;
    expect(release.version).toBe(3);
    expect(release.changelog).toEqual(preview.changelog);
    const [first, third] = await Promise.all(
      [1, 3].map((version) => testDb().programRelease.findUniqueOrThrow({ where: { forumId_version: { forumId: p.forum.id, version } }, select: { snapshot: true, comment: true } })),
    );
    expect(third!.snapshot).toEqual(first!.snapshot);
    expect(third!.comment).toBe("Back to the first program");
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: release.id }, select: { action: true, actorId: true, data: true } });
    expect(audit).toMatchObject({ action: "program.republished", actorId: p.organizer.id, data: { version: 3, fromVersion: 1, comment: "Back to the first program" } });
    // The working copy is left as it is: republishing changes what the public reads only.
    expect((await testDb().programSession.findUniqueOrThrow({ where: { id: p.panel.id }, select: { titleEn: true } })).titleEn).toBe("Data governance roundtable");
  });

  it("refuses a chair and writes nothing", async () => {
    const p = await twoReleases();
    const preview = expectPreview(await previewRepublish(p.forum.id, 1));
    const chair = await createUser(testDb(), { role: "CHAIR" });
    const refused = await republishRelease({ forumId: p.forum.id, actor: { id: chair.id, role: "CHAIR", chairOf: [] }, version: 1, comment: "", expectedDigest: preview.digest });
    expect(refused).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(2);
  });

  it("refuses a republish preview that a publish in between made outdated, writing nothing", async () => {
    const p = await twoReleases();
    const preview = expectPreview(await previewRepublish(p.forum.id, 1));
    await testDb().programSession.update({ where: { id: p.opening.id }, data: { titleEn: "Opening" } });
    expectPublished(await publishProgram({ forumId: p.forum.id, userId: p.organizer.id, comment: "Third" }));

    const refused = await republishRelease({ forumId: p.forum.id, actor: p.actor, version: 1, comment: "", expectedDigest: preview.digest });
    expect(refused).toMatchObject({ ok: false, reason: "PREVIEW_OUTDATED", preview: { base: { version: 3 } } });
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(3);
  });

  it("refuses to publish the latest release again, a missing version, and a release of an older snapshot format", async () => {
    const p = await twoReleases();
    const latest = expectPreview(await previewRepublish(p.forum.id, 2));
    expect(latest.unchanged).toBe(true);
    expect(await republishRelease({ forumId: p.forum.id, actor: p.actor, version: 2, comment: "", expectedDigest: latest.digest })).toEqual({ ok: false, reason: "NOTHING_CHANGED", version: 2 });
    expect(await previewRepublish(p.forum.id, 9)).toEqual({ reason: "NOT_FOUND" });

    const first = await testDb().programRelease.findUniqueOrThrow({ where: { forumId_version: { forumId: p.forum.id, version: 1 } }, select: { id: true, snapshot: true } });
    await testDb().programRelease.update({ where: { id: first.id }, data: { snapshot: { ...(first.snapshot as Prisma.JsonObject), version: 0 } } });
    expect(await previewRepublish(p.forum.id, 1)).toEqual({ reason: "UNSUPPORTED_SNAPSHOT" });
    expect(await republishRelease({ forumId: p.forum.id, actor: p.actor, version: 1, comment: "", expectedDigest: latest.digest })).toEqual({ ok: false, reason: "UNSUPPORTED_SNAPSHOT", version: 1 });
    expect(await testDb().programRelease.count({ where: { forumId: p.forum.id } })).toBe(2);
  });
});

describe("publishProgramSchema", () => {
  const digest = "a".repeat(64);
  it("trims the comment and refuses one over 2000 characters, a missing or malformed digest, or extra fields", () => {
    expect(publishProgramSchema.parse({ comment: "  Moved the panel  ", digest })).toEqual({ comment: "Moved the panel", digest });
    expect(publishProgramSchema.safeParse({ comment: "x".repeat(2001), digest }).success).toBe(false);
    expect(publishProgramSchema.safeParse({ comment: "" }).success).toBe(false);
    expect(publishProgramSchema.safeParse({ comment: "", digest: "not-a-digest" }).success).toBe(false);
    expect(publishProgramSchema.safeParse({ comment: "", digest, forumId: "other" }).success).toBe(false);
  });
});
