import { describe, expect, it } from "vitest";
import { createForum, createOrganization, createProgramSession, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { listSessionShowcases, listShowcaseSessionChoices, getShowcaseForOrganization } from "./queries";
import { showcaseProfileSchema, type ShowcaseProfileInput } from "./schemas";
import { deleteShowcaseProfile, saveShowcaseProfile } from "./showcase";

const values = (over: Partial<ShowcaseProfileInput> = {}) => showcaseProfileSchema.parse({ headlineEn: "AI for smart ports", headlineZh: "智慧港口人工智能", stand: "Hall B, stand 12", published: true, ...over });

async function setUp() {
  const db = testDb();
  const actor = await createUser(db, { role: "ORGANIZER" });
  const forum = await createForum(db);
  const org = await createOrganization(db, { nameEn: "Bohai Port Tech" });
  const showcase = await createProgramSession(db, { forumId: forum.id, type: "SHOWCASE", startsAt: new Date("2025-07-10T05:30:00Z") });
  const plenary = await createProgramSession(db, { forumId: forum.id, type: "PLENARY", startsAt: new Date("2025-07-10T01:00:00Z") });
  return { db, actor, forum, org, showcase, plenary };
}

describe("showcase form", () => {
  it("requires an English headline and refuses a session listed twice", () => {
    const twice = [{ sessionId: "a".repeat(25), position: 1 }, { sessionId: "a".repeat(25), position: 2 }];
    const result = showcaseProfileSchema.safeParse({ headlineEn: "", sessions: twice });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["headlineEn", "Enter the headline in English"],
      ["sessions", "A session is listed twice"],
    ]);
    const badPlace = showcaseProfileSchema.safeParse({ headlineEn: "A", sessions: [{ sessionId: "a".repeat(25), position: "0" }] });
    expect(badPlace.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["sessions.0.position", "1 is the first"]]);
    expect(showcaseProfileSchema.parse({ headlineEn: "A", sessions: [{ sessionId: "a".repeat(25), position: "3" }] }).sessions).toEqual([{ sessionId: "a".repeat(25), position: 3 }]);
  });
});

describe("showcase profiles", () => {
  it("creates the profile with its sessions and places, then replaces them on edit, audited", async () => {
    const { db, actor, forum, org, showcase, plenary } = await setUp();
    const created = await saveShowcaseProfile(actor, forum.id, org.id, values({ sessions: [{ sessionId: showcase.id, position: 2 }, { sessionId: plenary.id, position: 1 }] }));
    expect(created).toMatchObject({ ok: true });
    const saved = await getShowcaseForOrganization(forum.id, org.id);
    expect(saved).toMatchObject({ headlineEn: "AI for smart ports", headlineZh: "智慧港口人工智能", stand: "Hall B, stand 12", published: true });
    // By the sessions' times (the plenary is first in the day).
    expect(saved?.sessions).toEqual([{ sessionId: plenary.id, position: 1 }, { sessionId: showcase.id, position: 2 }]);

    const edited = await saveShowcaseProfile(actor, forum.id, org.id, values({ headlineEn: "Port digital twins", sessions: [{ sessionId: plenary.id, position: 4 }], published: false }));
    // Both sessions' pages change: the one still linked and the one no longer.
    expect(edited).toMatchObject({ ok: true, sessionIds: expect.arrayContaining([showcase.id, plenary.id]) });
    expect((await getShowcaseForOrganization(forum.id, org.id))?.sessions).toEqual([{ sessionId: plenary.id, position: 4 }]);
    expect(await db.showcaseProfile.count({ where: { organizationId: org.id } })).toBe(1);
    expect((await db.auditEntry.findMany({ where: { entityType: "ShowcaseProfile" }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual(["showcase.created", "showcase.updated"]);
  });

  it("refuses a session of another forum and an unknown organization, writing nothing", async () => {
    const { db, actor, forum, org } = await setUp();
    const elsewhere = await createProgramSession(db, { type: "SHOWCASE" });
    expect(await saveShowcaseProfile(actor, forum.id, org.id, values({ sessions: [{ sessionId: elsewhere.id, position: 1 }] }))).toEqual({ ok: false, error: "UNKNOWN_SESSION" });
    expect(await saveShowcaseProfile(actor, forum.id, "q".repeat(25), values())).toEqual({ ok: false, error: "ORGANIZATION_NOT_FOUND" });
    expect(await db.showcaseProfile.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("keeps a linked session deleted in the working copy (public until published away), but links no other deleted one", async () => {
    const { db, actor, forum, org, showcase, plenary } = await setUp();
    expect(await saveShowcaseProfile(actor, forum.id, org.id, values({ sessions: [{ sessionId: showcase.id, position: 1 }] }))).toMatchObject({ ok: true });
    await db.programSession.updateMany({ where: { id: { in: [showcase.id, plenary.id] } }, data: { deletedAt: new Date() } });
    expect(await saveShowcaseProfile(actor, forum.id, org.id, values({ headlineEn: "Ports", sessions: [{ sessionId: showcase.id, position: 1 }] }))).toMatchObject({ ok: true });
    expect(await saveShowcaseProfile(actor, forum.id, org.id, values({ sessions: [{ sessionId: plenary.id, position: 1 }] }))).toEqual({ ok: false, error: "UNKNOWN_SESSION" });
  });

  it("lists a session's published showcases by place then name, never drafts, and deletes one", async () => {
    const { db, actor, forum, org, showcase } = await setUp();
    const second = await createOrganization(db, { nameEn: "Haihe IoT" });
    const third = await createOrganization(db, { nameEn: "Anshan Robotics" });
    const draft = await createOrganization(db, { nameEn: "Draft Co." });
    const at = (position: number) => [{ sessionId: showcase.id, position }];
    await saveShowcaseProfile(actor, forum.id, org.id, values({ sessions: at(2) }));
    await saveShowcaseProfile(actor, forum.id, second.id, values({ headlineEn: "City IoT", sessions: at(1) }));
    await saveShowcaseProfile(actor, forum.id, third.id, values({ headlineEn: "Welding robots", sessions: at(2) }));
    await saveShowcaseProfile(actor, forum.id, draft.id, values({ headlineEn: "Not yet", published: false, sessions: at(1) }));
    expect((await listSessionShowcases(showcase.id)).map((s) => s.profile.organization.nameEn)).toEqual(["Haihe IoT", "Anshan Robotics", "Bohai Port Tech"]);
    expect(await deleteShowcaseProfile(actor, forum.id, org.id)).toMatchObject({ ok: true, sessionIds: [showcase.id] });
    expect((await listSessionShowcases(showcase.id)).map((s) => s.profile.organization.nameEn)).toEqual(["Haihe IoT", "Anshan Robotics"]);
    expect(await deleteShowcaseProfile(actor, forum.id, org.id)).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("offers showcase sessions first, then the others by time, with how many showcases each has", async () => {
    const { actor, forum, org, showcase, plenary } = await setUp();
    await saveShowcaseProfile(actor, forum.id, org.id, values({ sessions: [{ sessionId: showcase.id, position: 1 }] }));
    expect((await listShowcaseSessionChoices(forum.id)).map((s) => [s.id, s.showcases])).toEqual([
      [showcase.id, 1],
      [plenary.id, 0],
    ]);
  });
});
