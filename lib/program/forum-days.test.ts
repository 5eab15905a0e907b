import { describe, expect, it } from "vitest";
import { createForum, createProgramSession, createSubForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import type { ProgramActor } from "./authorize";
import { loadConflicts } from "./conflicts";
import { listSessionsForConsole, getSessionForEdit } from "./console-queries";
import { publishProgram } from "./publish";
import { sessionSchema, sessionSchemaWithin } from "./schemas";
import { sessionToForm } from "./session-defaults";
import { createSession, moveSession, updateSession } from "./sessions";
import { buildProgramSnapshot } from "./snapshot";

// The forum (factory) runs 10–11 July 2025 in Asia/Shanghai: 2025-07-09T16:00Z to 2025-07-11T16:00Z.
async function setUp() {
  const forum = await createForum(testDb());
  const ours = await createSubForum(testDb(), { forumId: forum.id });
  const chairUser = await createUser(testDb(), { role: "CHAIR" });
  const organizerUser = await createUser(testDb(), { role: "ORGANIZER" });
  const chair: ProgramActor = { id: chairUser.id, role: "CHAIR", chairOf: [ours.id] };
  const organizer: ProgramActor = { id: organizerUser.id, role: "ORGANIZER", chairOf: [] };
  const session = await createProgramSession(testDb(), { forumId: forum.id, subForumId: ours.id, titleEn: "Data Spaces" });
  return { forum, ours, chair, organizer, organizerUser, session };
}

const values = (over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ type: "SUBFORUM", titleEn: "Data Spaces in Practice", startsAt: "2025-07-10T14:00", endsAt: "2025-07-10T15:30", ...over });

const OUTSIDE = "Choose a time within the forum's days: 2025-07-10 to 2025-07-11.";

/** Writes times straight into the database, past every check: the year 10000 reads back as an Invalid Date. */
async function corrupt(id: string) {
  await testDb().$executeRaw`UPDATE "ProgramSession" SET "startsAt" = '9999-12-31 23:30:00', "endsAt" = '10000-01-01 01:00:00' WHERE id = ${id}`;
}

describe("session times within the forum's days", () => {
  it("refuses a chair's grid move of their session to the year 9999, with a message at the time, and changes nothing", async () => {
    const { chair, session } = await setUp();
    expect(await moveSession(chair, session.id, { startsAt: "9999-12-31T23:30:00.000Z", roomId: null })).toEqual({ ok: false, error: "INVALID", fieldErrors: { startsAt: OUTSIDE } });
    expect(await moveSession(chair, session.id, { startsAt: "2025-07-11T15:00:00.000Z", roomId: null })).toMatchObject({ ok: false, fieldErrors: { startsAt: OUTSIDE } });
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ startsAt: session.startsAt, endsAt: session.endsAt });
  });

  it("moves a session to the last minutes of the forum's last day", async () => {
    const { chair, session } = await setUp();
    // 90 minutes ending at local midnight closing 11 July.
    expect(await moveSession(chair, session.id, { startsAt: "2025-07-11T14:30:00.000Z", roomId: null })).toMatchObject({ ok: true });
  });

  it("refuses to create or edit a session outside the forum's days, naming the field", async () => {
    const { forum, ours, chair, session } = await setUp();
    expect(await createSession(chair, forum.id, values({ subForumId: ours.id, startsAt: "9999-12-31T23:00", endsAt: "9999-12-31T23:59" }))).toEqual({
      ok: false,
      error: "INVALID",
      fieldErrors: { startsAt: OUTSIDE, endsAt: OUTSIDE },
    });
    expect(await updateSession(chair, session.id, values({ subForumId: ours.id, startsAt: "2025-07-11T23:00", endsAt: "2025-07-12T00:30" }))).toEqual({
      ok: false,
      error: "INVALID",
      fieldErrors: { endsAt: OUTSIDE },
    });
    expect(await updateSession(chair, session.id, values({ subForumId: ours.id, startsAt: "2025-07-09T23:00", endsAt: "2025-07-10T00:30" }))).toMatchObject({ fieldErrors: { startsAt: OUTSIDE } });
    expect(await testDb().programSession.count({ where: { forumId: forum.id } })).toBe(1);
  });

  it("gives the form the same message before anything is sent", () => {
    const parsed = sessionSchemaWithin({ startDate: "2025-07-10", endDate: "2025-07-11" }).safeParse({ type: "PLENARY", titleEn: "x", startsAt: "9999-12-31T23:00", endsAt: "9999-12-31T23:30" });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["startsAt", OUTSIDE],
      ["endsAt", OUTSIDE],
    ]);
  });
});

describe("a session whose stored times cannot be read", () => {
  it("blocks publishing with a named problem instead of failing", async () => {
    const { forum, organizerUser, session } = await setUp();
    await corrupt(session.id);
    expect(await publishProgram({ forumId: forum.id, userId: organizerUser.id, comment: "" })).toEqual({
      ok: false,
      reason: "BLOCKING_CONFLICTS",
      conflicts: [{ kind: "UNREADABLE_TIMES", severity: "error", sessionIds: [session.id] }],
    });
    expect(await loadConflicts(forum.id)).toEqual([{ kind: "UNREADABLE_TIMES", severity: "error", sessionIds: [session.id] }]);
    expect(await testDb().programRelease.count({ where: { forumId: forum.id } })).toBe(0);
    expect((await buildProgramSnapshot(testDb(), forum.id)).sessions[0]).toMatchObject({ startsAt: "9999-12-31T23:30:00.000Z", endsAt: "" });
  });

  it("still reads for the console's list and edit form, with blank times to fill in", async () => {
    const { forum, session } = await setUp();
    await corrupt(session.id);
    expect(await listSessionsForConsole(forum.id)).toHaveLength(1);
    const stored = await getSessionForEdit(forum.id, session.id);
    if (!stored) throw new Error("not found");
    expect(sessionToForm(stored, forum.timeZone)).toMatchObject({ endsAt: "" });
  });

  it("moves back onto the grid, keeping an hour when its length cannot be read, and then publishes", async () => {
    const { forum, chair, organizerUser, session } = await setUp();
    await corrupt(session.id);
    expect(await moveSession(chair, session.id, { startsAt: "2025-07-10T07:20:00.000Z", roomId: null })).toMatchObject({ ok: true });
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      startsAt: new Date("2025-07-10T07:20:00Z"),
      endsAt: new Date("2025-07-10T08:20:00Z"),
    });
    expect(await publishProgram({ forumId: forum.id, userId: organizerUser.id, comment: "" })).toMatchObject({ ok: true });
  });

  it("takes new times from the edit form", async () => {
    const { ours, chair, session } = await setUp();
    await corrupt(session.id);
    expect(await updateSession(chair, session.id, values({ subForumId: ours.id }))).toMatchObject({ ok: true });
  });
});
