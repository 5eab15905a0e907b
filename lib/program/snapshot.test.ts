import { describe, expect, it } from "vitest";
import {
  createForum,
  createOrganization,
  createPerson,
  createProgramSession,
  createRoom,
  createSessionRole,
  createSubForum,
} from "@/prisma/factories";
import { testDb } from "@/test/db";
import { buildProgramSnapshot, initialChangelog, parseProgramSnapshot } from "./snapshot";

async function smallProgram() {
  const db = testDb();
  const forum = await createForum(db, { nameZh: "测试论坛", startDate: new Date("2025-07-10"), endDate: new Date("2025-07-11") });
  const hall = await createRoom(db, { forumId: forum.id, nameEn: "Main Hall", sortOrder: 1 });
  const side = await createRoom(db, { forumId: forum.id, nameEn: "Side Room", sortOrder: 2 });
  const track = await createSubForum(db, { forumId: forum.id, titleEn: "Data Governance", titleZh: "数据治理" });
  const org = await createOrganization(db, { nameEn: "Tianjin Data Co., Ltd.", nameZh: "天津数据有限公司" });
  const minister = await createPerson(db, { nameEn: "Senior Guest", protocolRank: 4, organizationId: org.id, bioZh: "简介" });
  const expert = await createPerson(db, { nameEn: "Expert", protocolRank: 60 });
  const offStage = await createPerson(db, { nameEn: "Not on stage" });
  const late = await createProgramSession(db, {
    forumId: forum.id, roomId: side.id, subForumId: track.id, slug: "late",
    startsAt: new Date("2025-07-10T06:00:00Z"), endsAt: new Date("2025-07-10T07:30:00Z"), seatBooking: true, capacity: 40,
  });
  const early = await createProgramSession(db, {
    forumId: forum.id, roomId: hall.id, type: "PLENARY", slug: "early", titleZh: "早",
    startsAt: new Date("2025-07-10T01:00:00Z"), endsAt: new Date("2025-07-10T02:00:00Z"),
  });
  await createSessionRole(db, { sessionId: early.id, personId: expert.id, role: "SPEAKER", position: 2 });
  await createSessionRole(db, { sessionId: early.id, personId: minister.id, role: "KEYNOTE", position: 1 });
  await createSessionRole(db, { sessionId: late.id, personId: expert.id, role: "MODERATOR", position: 1 });
  // Another forum's session must not leak in.
  await createProgramSession(db, { slug: "elsewhere" });
  return { forum, hall, side, track, org, minister, expert, offStage, early, late };
}

describe("buildProgramSnapshot", () => {
  it("lists the forum's sessions by start time with their people in stage order", async () => {
    const p = await smallProgram();
    const snapshot = await buildProgramSnapshot(testDb(), p.forum.id);
    expect(snapshot.sessions.map((s) => s.slug)).toEqual(["early", "late"]);
    expect(snapshot.sessions[0]).toMatchObject({
      id: p.early.id,
      guid: p.early.guid,
      type: "PLENARY",
      titleZh: "早",
      titleRu: null,
      startsAt: "2025-07-10T01:00:00.000Z",
      endsAt: "2025-07-10T02:00:00.000Z",
      roomId: p.hall.id,
      subForumId: null,
      people: [
        { personId: p.minister.id, role: "KEYNOTE", position: 1 },
        { personId: p.expert.id, role: "SPEAKER", position: 2 },
      ],
    });
    expect(snapshot.sessions[1]).toMatchObject({ subForumId: p.track.id, seatBooking: true, capacity: 40 });
  });

  it("carries the forum, rooms, sub-forums and the people on stage, so pages need nothing else", async () => {
    const p = await smallProgram();
    const snapshot = await buildProgramSnapshot(testDb(), p.forum.id);
    expect(snapshot.forum).toMatchObject({ id: p.forum.id, nameZh: "测试论坛", startDate: "2025-07-10", endDate: "2025-07-11", timeZone: "Asia/Shanghai" });
    expect(snapshot.rooms.map((r) => r.nameEn)).toEqual(["Main Hall", "Side Room"]);
    expect(snapshot.subForums.map((s) => [s.titleEn, s.titleZh])).toEqual([["Data Governance", "数据治理"]]);
    expect(snapshot.people.map((person) => person.nameEn)).toEqual(["Senior Guest", "Expert"]);
    expect(snapshot.people[0]?.organization).toMatchObject({ id: p.org.id, nameEn: "Tianjin Data Co., Ltd.", nameZh: "天津数据有限公司" });
    expect(snapshot.people[0]?.bioZh).toBe("简介");
  });

  it("survives a trip through JSON and is read back by parseProgramSnapshot", async () => {
    const p = await smallProgram();
    const snapshot = await buildProgramSnapshot(testDb(), p.forum.id);
    expect(parseProgramSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(initialChangelog(snapshot)).toMatchObject({ format: 2, added: [{ slug: "early", sessionId: p.early.id, guid: p.early.guid }, { slug: "late" }], removed: [], moved: [], retitled: [], peopleChanged: [], updated: [], other: [] });
  });

  it("refuses a snapshot of another version, and an unknown forum", async () => {
    expect(() => parseProgramSnapshot({ version: 99, forum: {}, rooms: [], subForums: [], people: [], sessions: [] })).toThrow(/version 99/);
    expect(() => parseProgramSnapshot(null)).toThrow();
    await expect(buildProgramSnapshot(testDb(), "no-such-forum")).rejects.toThrow(/no forum/);
  });
});
