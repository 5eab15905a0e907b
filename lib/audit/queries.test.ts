import { describe, expect, it } from "vitest";
import { type ProgramActor } from "@/lib/program/authorize";
import { sessionSchema } from "@/lib/program/schemas";
import { createSession, deleteSession, moveSession, updateSession } from "@/lib/program/sessions";
import { createForum, createOrganization, createRoom, createUser } from "@/prisma/factories";
import { dbKind, testDb } from "@/test/db";
import { listAuditEntries } from "./queries";
import { recordAudit } from "./record";
import { type AuditQuery, auditQuerySchema } from "./schemas";

const query = (q: Record<string, string> = {}): AuditQuery => auditQuerySchema.parse(q);

const values = (over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ type: "PLENARY", titleEn: "Main Forum", startsAt: "2025-07-10T09:00", endsAt: "2025-07-10T10:30", ...over });

async function setUp() {
  const forum = await createForum(testDb());
  const [hall, annex] = [await createRoom(testDb(), { forumId: forum.id, nameEn: "Jinmen Hall" }), await createRoom(testDb(), { forumId: forum.id, nameEn: "Binhai Hall" })];
  const olga = await createUser(testDb(), { role: "ORGANIZER", name: "Olga Organizer" });
  const oleg = await createUser(testDb(), { role: "ORGANIZER", name: "Oleg Organizer" });
  const asOrganizer = (u: { id: string }): ProgramActor => ({ id: u.id, role: "ORGANIZER", chairOf: [] });
  return { forum, hall, annex, olga, oleg, asOrganizer };
}

/** An entry at a chosen time (tests arrange rows directly; the app writes through recordAudit). */
async function entryAt(forumId: string | null, actorId: string, createdAt: string, over: { action?: string; entityType?: string; entityId?: string } = {}) {
  return testDb().auditEntry.create({
    data: { forumId, actorId, action: over.action ?? "room.updated", entityType: over.entityType ?? "Room", entityId: over.entityId ?? "gone-room", createdAt: new Date(createdAt) },
  });
}

describe(`the audit log (${dbKind})`, () => {
  it("shows who changed which fields of a session from what to what, newest first", async () => {
    const { forum, hall, annex, olga, oleg, asOrganizer } = await setUp();
    const created = await createSession(asOrganizer(olga), forum.id, values({ roomId: hall.id }));
    if (!created.ok) throw new Error("not created");
    await updateSession(asOrganizer(oleg), created.value.id, values({ roomId: hall.id, titleEn: "Main Forum: Digital Bonds" }));
    await moveSession(asOrganizer(olga), created.value.id, { startsAt: "2025-07-10T03:00:00.000Z", roomId: annex.id });

    const { rows } = await listAuditEntries(forum.id, forum.timeZone, query({ entity: `ProgramSession:${created.value.id}` }));
    expect(rows.map((r) => [r.action, r.actor?.name])).toEqual([
      ["session.moved", "Olga Organizer"],
      ["session.updated", "Oleg Organizer"],
      ["session.created", "Olga Organizer"],
    ]);
    const [moved, updated, creation] = rows;
    const byField = (changes: { field: string }[] | undefined) => [...(changes ?? [])].sort((a, b) => a.field.localeCompare(b.field));
    expect(byField(moved?.changes)).toEqual([
      { field: "endsAt", before: "2025-07-10T02:30:00.000Z", after: "2025-07-10T04:30:00.000Z" },
      { field: "roomId", before: hall.id, after: annex.id },
      { field: "startsAt", before: "2025-07-10T01:00:00.000Z", after: "2025-07-10T03:00:00.000Z" },
    ]);
    // Only what changed, although the whole form was saved.
    expect(updated?.changes).toEqual([{ field: "titleEn", before: "Main Forum", after: "Main Forum: Digital Bonds" }]);
    expect(creation?.changes).toEqual(expect.arrayContaining([{ field: "titleEn", before: null, after: "Main Forum" }]));
    expect(moved?.entity).toMatchObject({ type: "ProgramSession", label: "Main Forum: Digital Bonds", exists: true });
  });

  it("keeps a deleted session's title and says it is gone", async () => {
    const { forum, olga, asOrganizer } = await setUp();
    const created = await createSession(asOrganizer(olga), forum.id, values({ titleEn: "Site Visit" }));
    if (!created.ok) throw new Error("not created");
    await deleteSession(asOrganizer(olga), created.value.id);
    const { rows } = await listAuditEntries(forum.id, forum.timeZone, query({ kind: "session.deleted" }));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.entity).toMatchObject({ id: created.value.id, label: "Site Visit", exists: false });
    expect(rows[0]?.changes).toEqual(expect.arrayContaining([{ field: "titleEn", before: "Site Visit", after: null }]));
  });

  it("filters by kind of record, by action and by person", async () => {
    const { forum, hall, olga, oleg } = await setUp();
    await recordAudit(testDb(), { forumId: forum.id, actorId: olga.id, action: "room.updated", entity: { type: "Room", id: hall.id }, before: { capacity: 200 }, after: { capacity: 240 } });
    await recordAudit(testDb(), { forumId: forum.id, actorId: oleg.id, action: "room.created", entity: { type: "Room", id: hall.id }, after: { capacity: 200 } });
    await recordAudit(testDb(), { forumId: forum.id, actorId: oleg.id, action: "forum.updated", entity: { type: "Forum", id: forum.id } });

    const actions = async (q: Record<string, string>) => (await listAuditEntries(forum.id, forum.timeZone, query(q))).rows.map((r) => r.action).sort();
    expect(await actions({ kind: "Room" })).toEqual(["room.created", "room.updated"]);
    expect(await actions({ kind: "room.updated" })).toEqual(["room.updated"]);
    expect(await actions({ actor: oleg.id })).toEqual(["forum.updated", "room.created"]);
    expect(await actions({ actor: oleg.id, kind: "Room" })).toEqual(["room.created"]);
  });

  it("filters by days in the forum's time zone, both days included", async () => {
    const { forum, olga } = await setUp();
    // Asia/Shanghai is UTC+8: 10 July runs from 9 July 16:00 to 10 July 16:00 UTC.
    await entryAt(forum.id, olga.id, "2025-07-09T15:59:00Z", { action: "room.created" });
    await entryAt(forum.id, olga.id, "2025-07-09T16:00:00Z", { action: "room.updated" });
    await entryAt(forum.id, olga.id, "2025-07-10T15:59:00Z", { action: "forum.updated" });
    await entryAt(forum.id, olga.id, "2025-07-10T16:00:00Z", { action: "session.moved" });
    const actions = async (q: Record<string, string>) => (await listAuditEntries(forum.id, forum.timeZone, query(q))).rows.map((r) => r.action);
    expect(await actions({ from: "2025-07-10", to: "2025-07-10" })).toEqual(["forum.updated", "room.updated"]);
    expect(await actions({ from: "2025-07-11" })).toEqual(["session.moved"]);
    expect(await actions({ to: "2025-07-09" })).toEqual(["room.created"]);
  });

  it("pages through every entry once, in order, even when many share the same instant", async () => {
    const { forum, olga } = await setUp();
    const organization = await createOrganization(testDb());
    const at = new Date("2025-07-10T02:00:00Z");
    await testDb().auditEntry.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({ forumId: i % 3 === 0 ? null : forum.id, actorId: olga.id, action: "organization.updated", entityType: "Organization", entityId: organization.id, createdAt: i < 10 ? at : new Date(at.getTime() + i * 1000) })),
    });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listAuditEntries(forum.id, forum.timeZone, query(after ? { after } : {}), 5);
      seen.push(...result.rows.map((r) => r.id));
      expect(result.rows.length).toBeLessThanOrEqual(5);
      if (!result.nextAfter) break;
      after = result.nextAfter;
    }
    const all = await testDb().auditEntry.findMany({ where: { entityId: organization.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(all.map((e) => e.id));
    expect(seen).toHaveLength(23);
  });

  it("shows installation-wide records (organizations, people) but never another forum's entries", async () => {
    const { forum, olga } = await setUp();
    const other = await createForum(testDb());
    const organization = await createOrganization(testDb());
    const about = { entityType: "Organization", entityId: organization.id };
    await entryAt(null, olga.id, "2025-07-01T00:00:00Z", { action: "organization.created", ...about });
    await entryAt(other.id, olga.id, "2025-07-02T00:00:00Z", { action: "organization.updated", ...about });
    const { rows } = await listAuditEntries(forum.id, forum.timeZone, query({ entity: `Organization:${organization.id}` }));
    expect(rows.map((r) => r.action)).toEqual(["organization.created"]);
    expect(rows[0]?.entity).toMatchObject({ label: organization.nameEn, exists: true });
  });

  it("reads the changes of entries written before the before/after columns existed", async () => {
    const { forum, olga } = await setUp();
    await testDb().auditEntry.create({
      data: { forumId: forum.id, actorId: olga.id, action: "session.moved", entityType: "ProgramSession", entityId: "old", data: { from: { startsAt: "2025-07-10T01:00:00.000Z", roomId: "r1" }, to: { startsAt: "2025-07-10T01:00:00.000Z", roomId: "r2" } } },
    });
    const { rows } = await listAuditEntries(forum.id, forum.timeZone, query());
    expect(rows[0]?.changes).toEqual([{ field: "roomId", before: "r1", after: "r2" }]);
  });
});

describe("the audit log's filters", () => {
  it.each([
    ["an unknown kind", { kind: "session.exploded" }],
    ["an unknown record type", { entity: "Password:abc" }],
    ["a record without an id", { entity: "ProgramSession:" }],
    ["an id with SQL in it", { actor: "x' OR 1=1 --" }],
    ["a day that does not exist", { from: "2025-02-30" }],
    ["a range that ends before it starts", { from: "2025-07-11", to: "2025-07-10" }],
  ])("refuses %s", (_name, q) => {
    expect(auditQuerySchema.safeParse(q).success).toBe(false);
  });

  it("reads blank fields of a submitted form as no filter", () => {
    expect(auditQuerySchema.parse({ kind: "", actor: " ", from: "", to: "", entity: "" })).toEqual({});
  });

  it("reads a record, a kind, a person and days", () => {
    expect(auditQuerySchema.parse({ entity: "ProgramSession:abc123", kind: "Room", actor: "u1", from: "2025-07-10", to: "2025-07-11" })).toEqual({
      entity: { type: "ProgramSession", id: "abc123" },
      kind: "Room",
      actor: "u1",
      from: "2025-07-10",
      to: "2025-07-11",
    });
  });
});
