import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildProgramSnapshot, initialChangelog, snapshotToJson } from "@/lib/program/snapshot";
import { createForum, createPerson, createProgramSession, createSessionRole, createSubForum } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The migration that added PublishedAddress records the slugs that releases had already given
// out, so the addresses handed out before it redirect too.
const MIGRATION = path.join(process.cwd(), "prisma", "migrations", "20261208013806_published_address", "migration.sql");

function backfillStatement(): string {
  const sql = readFileSync(MIGRATION, "utf8");
  const start = sql.indexOf("INSERT INTO");
  if (start < 0) throw new Error("no backfill in the migration");
  return sql.slice(start);
}

describe("the published-address backfill", () => {
  it("records every slug earlier releases gave out, each for the record the latest release gave it to", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const subForum = await createSubForum(db, { forumId: forum.id, slug: "old-track" });
    const session = await createProgramSession(db, { forumId: forum.id, subForumId: subForum.id, slug: "old-session" });
    const person = await createPerson(db, { slug: "old-speaker" });
    await createSessionRole(db, { sessionId: session.id, personId: person.id, role: "SPEAKER" });
    // Releases written the way they were before the table existed: nothing recorded.
    const release = async (version: number) => {
      const snapshot = await buildProgramSnapshot(db, forum.id);
      await db.programRelease.create({ data: { forumId: forum.id, version, changelog: initialChangelog(snapshot), snapshot: snapshotToJson(snapshot) } });
    };
    await release(1);
    await db.programSession.update({ where: { id: session.id }, data: { slug: "new-session" } });
    await db.subForum.update({ where: { id: subForum.id }, data: { slug: "new-track" } });
    await db.person.update({ where: { id: person.id }, data: { slug: "new-speaker" } });
    // Before this rule, a renamed session's slug could go to another one: the latest holder keeps it.
    const newcomer = await createProgramSession(db, { forumId: forum.id, slug: "old-session", startsAt: new Date("2025-07-10T05:00:00Z") });
    await release(2);
    expect(await db.publishedAddress.count({ where: { forumId: forum.id } })).toBe(0);

    await db.$executeRaw`${Prisma.raw(backfillStatement())}`;
    const rows = await db.publishedAddress.findMany({ where: { forumId: forum.id }, orderBy: [{ kind: "asc" }, { slug: "asc" }], select: { kind: true, slug: true, entityId: true } });
    expect(rows).toEqual([
      { kind: "SESSION", slug: "new-session", entityId: session.id },
      { kind: "SESSION", slug: "old-session", entityId: newcomer.id },
      { kind: "SUB_FORUM", slug: "new-track", entityId: subForum.id },
      { kind: "SUB_FORUM", slug: "old-track", entityId: subForum.id },
      { kind: "PERSON", slug: "new-speaker", entityId: person.id },
      { kind: "PERSON", slug: "old-speaker", entityId: person.id },
    ]);
  });
});
