import { describe, expect, it } from "vitest";
import { createForum, createSubForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import type { ProgramActor } from "./authorize";
import { forumSettingsSchema, personSchema, roomSchema, subForumSchema } from "./schemas";
import { saveForumSettings, savePerson, saveRoom, saveSubForum } from "./setup";

const organizer = async (): Promise<ProgramActor> => ({ id: (await createUser(testDb(), { role: "ORGANIZER" })).id, role: "ORGANIZER", chairOf: [] });

describe("program setup", () => {
  it("creates and edits a room with a slug, organizers only", async () => {
    const forum = await createForum(testDb());
    const actor = await organizer();
    const created = await saveRoom(actor, forum.id, null, roomSchema.parse({ nameEn: "Haihe Hall", nameZh: "海河厅", capacity: "400" }));
    expect(created.ok).toBe(true);
    const room = await testDb().room.findFirstOrThrow({ where: { forumId: forum.id } });
    expect(room).toMatchObject({ slug: "haihe-hall", nameZh: "海河厅", capacity: 400, nameRu: null });
    await saveRoom(actor, forum.id, room.id, roomSchema.parse({ nameEn: "Haihe Hall", capacity: 450 }));
    expect((await testDb().room.findUniqueOrThrow({ where: { id: room.id } })).capacity).toBe(450);

    const chair: ProgramActor = { id: actor.id, role: "CHAIR", chairOf: [] };
    expect(await saveRoom(chair, forum.id, room.id, roomSchema.parse({ nameEn: "Mine now", capacity: 1 }))).toEqual({ ok: false, error: "FORBIDDEN" });
  });

  it("sets a sub-forum's chairs and refuses accounts that are not chairs", async () => {
    const forum = await createForum(testDb());
    const actor = await organizer();
    const sub = await createSubForum(testDb(), { forumId: forum.id });
    const chair = await createUser(testDb(), { role: "CHAIR" });
    const delegate = await createUser(testDb(), { role: "DELEGATE" });
    const values = (chairIds: string[]) => subForumSchema.parse({ titleEn: "Data Governance", color: "#7e22ce", chairIds });
    expect((await saveSubForum(actor, forum.id, sub.id, values([chair.id]))).ok).toBe(true);
    expect(await testDb().subForumChair.findMany({ where: { subForumId: sub.id }, select: { userId: true } })).toEqual([{ userId: chair.id }]);
    expect(await saveSubForum(actor, forum.id, sub.id, values([delegate.id]))).toMatchObject({ ok: false, error: "INVALID" });
    expect(await testDb().subForumChair.count({ where: { subForumId: sub.id } })).toBe(1);
  });

  it("keeps a room of another forum out of reach", async () => {
    const [a, b] = [await createForum(testDb()), await createForum(testDb())];
    const actor = await organizer();
    await saveRoom(actor, a.id, null, roomSchema.parse({ nameEn: "A hall", capacity: 10 }));
    const room = await testDb().room.findFirstOrThrow({ where: { forumId: a.id } });
    expect(await saveRoom(actor, b.id, room.id, roomSchema.parse({ nameEn: "Taken", capacity: 10 }))).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("saves people and forum settings", async () => {
    const forum = await createForum(testDb());
    const actor = await organizer();
    expect((await savePerson(actor, null, personSchema.parse({ nameEn: "Liu Yanqing", nameZh: "刘彦青", protocolRank: "5", countryCode: "CN" }))).ok).toBe(true);
    expect(await testDb().person.findFirstOrThrow({ where: { slug: "liu-yanqing" } })).toMatchObject({ nameZh: "刘彦青", protocolRank: 5 });
    const settings = forumSettingsSchema.parse({ nameEn: "Forum 2026", themeEn: "T", venueEn: "V", cityEn: "Tianjin", startDate: "2026-07-09", endDate: "2026-07-10", timeZone: "Asia/Shanghai" });
    expect((await saveForumSettings(actor, forum.id, settings)).ok).toBe(true);
    expect(await testDb().forum.findUniqueOrThrow({ where: { id: forum.id } })).toMatchObject({ nameEn: "Forum 2026", startDate: new Date("2026-07-09") });
  });

  it("refuses an unknown time zone and an end before the start at the field", () => {
    const result = forumSettingsSchema.safeParse({ nameEn: "F", themeEn: "T", venueEn: "V", cityEn: "C", startDate: "2026-07-10", endDate: "2026-07-09", timeZone: "Mars/Olympus" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["timeZone", "endDate"]));
  });
});

describe("sub-forum chairs from a checkbox group of one", () => {
  it("accepts a single chair id or an unticked box", () => {
    expect(subForumSchema.parse({ titleEn: "T", color: "#123456", chairIds: "abc123" }).chairIds).toEqual(["abc123"]);
    expect(subForumSchema.parse({ titleEn: "T", color: "#123456", chairIds: false }).chairIds).toEqual([]);
  });
});
