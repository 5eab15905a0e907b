import { describe, expect, it } from "vitest";
import type { ProgramActor } from "@/lib/program/authorize";
import { publishProgram } from "@/lib/program/publish";
import { latestPublicRelease } from "@/lib/program/published-release";
import { personSchema, sessionSchema, subForumSchema } from "@/lib/program/schemas";
import { createSession, updateSession } from "@/lib/program/sessions";
import { savePerson, saveSubForum } from "@/lib/program/setup";
import { parseProgramSnapshot } from "@/lib/program/snapshot";
import { createForum, createPerson, createRoom, createSubForum, createUser, uniqueSuffix } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { loadAddressRedirects, currentAddress } from "./redirects";
import { addressField } from "./schemas";

// Addresses are forever: a record keeps its address when its title or name changes, an organizer
// changes it on purpose, and every address a published release gave out leads to the current one.

async function setUp() {
  const db = testDb();
  const forum = await createForum(db, { startDate: new Date("2025-07-10"), endDate: new Date("2025-07-11"), timeZone: "Asia/Shanghai" });
  const room = await createRoom(db, { forumId: forum.id });
  const user = await createUser(db, { role: "ORGANIZER" });
  const organizer: ProgramActor = { id: user.id, role: "ORGANIZER", chairOf: [] };
  const publish = async () => {
    const result = await publishProgram({ forumId: forum.id, userId: user.id, comment: "" });
    if (!result.ok) throw new Error(`not published: ${JSON.stringify(result)}`);
    return result.release;
  };
  return { forum, room, organizer, publish };
}

const values = (over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ type: "SUBFORUM", titleEn: "Data Spaces in Practice", startsAt: "2025-07-10T14:00", endsAt: "2025-07-10T15:30", ...over });

async function created(actor: ProgramActor, forumId: string, over: Record<string, unknown> = {}) {
  const result = await createSession(actor, forumId, values(over));
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.value;
}

/** Where the latest release's old addresses lead. */
async function redirectsOf(forumId: string) {
  const latest = await testDb().programRelease.findFirstOrThrow({ where: { forumId }, orderBy: { version: "desc" }, select: { snapshot: true } });
  return loadAddressRedirects(testDb(), forumId, parseProgramSnapshot(latest.snapshot));
}

describe("a session's address", () => {
  it("stays when the title changes, in the working copy and once published", async () => {
    const { forum, organizer, publish } = await setUp();
    const session = await created(organizer, forum.id);
    await publish();
    const renamed = await updateSession(organizer, session.id, values({ titleEn: "Data Spaces, Revisited", slug: "" }));
    expect(renamed).toEqual({ ok: true, value: { id: session.id, forumId: forum.id, slug: "data-spaces-in-practice" } });
    const release = await publish();
    expect(release.changelog.retitled.map((e) => e.slug)).toEqual(["data-spaces-in-practice"]);
    expect(release.changelog.addressChanged).toEqual([]);
  });

  it("changes only to an address typed on purpose, and the old one leads there once that is published, never before", async () => {
    const { forum, organizer, publish } = await setUp();
    const session = await created(organizer, forum.id);
    await publish();
    expect(await updateSession(organizer, session.id, values({ slug: "Data-Spaces" }))).toMatchObject({ ok: true, value: { slug: "data-spaces" } });
    // A draft: the public still reads the old address, which must not lead to an unpublished one.
    expect((await redirectsOf(forum.id)).sessions.size).toBe(0);

    const release = await publish();
    expect(release.changelog.addressChanged).toEqual([expect.objectContaining({ sessionId: session.id, slug: "data-spaces", fromSlug: "data-spaces-in-practice" })]);
    const redirects = await redirectsOf(forum.id);
    expect(currentAddress("/program/data-spaces-in-practice", "", redirects)).toBe("/program/data-spaces");
    expect(currentAddress("/program/data-spaces-in-practice/calendar.ics", "?x=1", redirects)).toBe("/program/data-spaces/calendar.ics?x=1");
    expect(currentAddress("/program/data-spaces", "", redirects)).toBeNull();
  });

  it("leads every address it ever had to the current one when changed and changed back, and leaves no third address", async () => {
    const { forum, organizer, publish } = await setUp();
    const session = await created(organizer, forum.id, { slug: "forum-a" });
    await publish();
    await updateSession(organizer, session.id, values({ titleEn: "Another title", slug: "forum-b" }));
    await publish();
    await updateSession(organizer, session.id, values({ titleEn: "Data Spaces in Practice", slug: "forum-a" }));
    await publish();
    const redirects = await redirectsOf(forum.id);
    expect([...redirects.sessions]).toEqual([["forum-b", "forum-a"]]);
    expect(await testDb().publishedAddress.findMany({ where: { forumId: forum.id, kind: "SESSION" }, select: { slug: true }, orderBy: { slug: "asc" } })).toEqual([{ slug: "forum-a" }, { slug: "forum-b" }]);
  });

  it("refuses another session an address a published release gave out, and gives a new one made from the title a free address", async () => {
    const { forum, organizer, publish } = await setUp();
    const first = await created(organizer, forum.id);
    await publish();
    await updateSession(organizer, first.id, values({ slug: "data-spaces" }));
    // Once given out, the old address is the first session's for good: another would open under its old links.
    expect(await createSession(organizer, forum.id, values({ slug: "data-spaces-in-practice" }))).toEqual({
      ok: false,
      error: "INVALID",
      fieldErrors: { slug: "This address was given out for another record and still leads to it: choose another" },
    });
    expect((await created(organizer, forum.id)).slug).toBe("data-spaces-in-practice-2");
    // An address that was never published is no one's yet.
    const second = await created(organizer, forum.id, { slug: "draft-only" });
    await updateSession(organizer, second.id, values({ slug: "draft-only-renamed" }));
    expect((await created(organizer, forum.id, { slug: "draft-only" })).slug).toBe("draft-only");
  });

  it("refuses an address another session holds, a page's name and a malformed one, at the field", async () => {
    const { forum, organizer } = await setUp();
    const first = await created(organizer, forum.id);
    const second = await created(organizer, forum.id, { titleEn: "Opening" });
    expect(await updateSession(organizer, second.id, values({ slug: first.slug }))).toMatchObject({ ok: false, fieldErrors: { slug: "Another record already has this address: choose another" } });
    // The form's schema refuses a page's name; the domain does too, for any other caller.
    expect(sessionSchema.safeParse({ ...values(), slug: "changes" }).error?.issues[0]?.message).toBe("This address is a page of the site: choose another");
    expect(await updateSession(organizer, second.id, { ...values(), slug: "changes" })).toMatchObject({ ok: false, fieldErrors: { slug: "This address is a page of the site: choose another" } });
    expect(sessionSchema.safeParse({ ...values(), slug: "données ouvertes" }).error?.issues[0]).toMatchObject({ path: ["slug"], message: "Use lower-case letters a–z, digits and single hyphens between them, e.g. opening-ceremony" });
    expect(addressField.safeParse("a".repeat(81)).error?.issues[0]?.message).toBe("At most 80 characters");
    expect(addressField.parse("  Opening-Ceremony ")).toBe("opening-ceremony");
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: second.id }, select: { slug: true } })).toEqual({ slug: "opening" });
  });

  it("serves the old address through the proxy's release memo as a redirect to the new one", async () => {
    const { forum, organizer, publish } = await setUp();
    const session = await created(organizer, forum.id);
    await publish();
    await updateSession(organizer, session.id, values({ slug: "data-spaces" }));
    await publish();
    const previous = process.env.FORUM_SLUG;
    process.env.FORUM_SLUG = forum.slug;
    try {
      const release = await latestPublicRelease();
      expect(release && currentAddress("/program/data-spaces-in-practice", "", release.redirects)).toBe("/program/data-spaces");
    } finally {
      if (previous === undefined) delete process.env.FORUM_SLUG;
      else process.env.FORUM_SLUG = previous;
    }
  });
});

describe("a sub-forum's and a speaker's address", () => {
  it("stays when the title or name changes, and changes only on purpose, the old one leading to the new once published", async () => {
    const { forum, organizer, publish, room } = await setUp();
    const subForum = await createSubForum(testDb(), { forumId: forum.id, slug: "data-governance", titleEn: "Data Governance" });
    const person = await createPerson(testDb(), { slug: "anna-petrova", nameEn: "Anna Petrova" });
    await created(organizer, forum.id, { subForumId: subForum.id, roomId: room.id, people: [{ personId: person.id, role: "SPEAKER", position: 1 }] });
    await publish();

    const subForumValues = (over: Record<string, unknown>) => subForumSchema.parse({ titleEn: "Data Governance", color: "#1f6fb8", chairIds: [], ...over });
    const personValues = (over: Record<string, unknown>) => personSchema.parse({ nameEn: "Anna Petrova", protocolRank: 10, ...over });
    expect(await saveSubForum(organizer, forum.id, subForum.id, subForumValues({ titleEn: "Data Governance and Ecology" }))).toMatchObject({ ok: true });
    expect(await savePerson(organizer, person.id, personValues({ nameEn: "Anna S. Petrova" }))).toMatchObject({ ok: true });
    expect(await testDb().subForum.findUniqueOrThrow({ where: { id: subForum.id }, select: { slug: true } })).toEqual({ slug: "data-governance" });
    expect(await testDb().person.findUniqueOrThrow({ where: { id: person.id }, select: { slug: true } })).toEqual({ slug: "anna-petrova" });

    await saveSubForum(organizer, forum.id, subForum.id, subForumValues({ slug: "governance" }));
    await savePerson(organizer, person.id, personValues({ slug: "anna-s-petrova" }));
    expect((await redirectsOf(forum.id)).people.size).toBe(0);
    await publish();
    const redirects = await redirectsOf(forum.id);
    expect(currentAddress("/speakers/anna-petrova", "", redirects)).toBe("/speakers/anna-s-petrova");
    expect(currentAddress("/program/sub-forums/data-governance/calendar.ics", "", redirects)).toBe("/program/sub-forums/governance/calendar.ics");
    expect(currentAddress("/program", "?subforum=data-governance&view=grid", redirects)).toBe("/program?subforum=governance&view=grid");
    expect(currentAddress("/program", "?subforum=governance", redirects)).toBeNull();
  });

  it("refuses another sub-forum or person an address given out for one that was renamed", async () => {
    const { forum, organizer, publish } = await setUp();
    const s = uniqueSuffix();
    const subForum = await createSubForum(testDb(), { forumId: forum.id, slug: `track-${s}` });
    const person = await createPerson(testDb(), { slug: `speaker-${s}` });
    await created(organizer, forum.id, { subForumId: subForum.id, people: [{ personId: person.id, role: "SPEAKER", position: 1 }] });
    await publish();
    await saveSubForum(organizer, forum.id, subForum.id, subForumSchema.parse({ titleEn: "Track", color: "#1f6fb8", chairIds: [], slug: `track-${s}-renamed` }));
    await savePerson(organizer, person.id, personSchema.parse({ nameEn: "Speaker", protocolRank: 10, slug: `speaker-${s}-renamed` }));
    const retired = "This address was given out for another record and still leads to it: choose another";
    expect(await saveSubForum(organizer, forum.id, null, subForumSchema.parse({ titleEn: "Other", color: "#1f6fb8", chairIds: [], slug: `track-${s}` }))).toEqual({ ok: false, error: "INVALID", fieldErrors: { slug: retired } });
    expect(await savePerson(organizer, null, personSchema.parse({ nameEn: "Other", protocolRank: 10, slug: `speaker-${s}` }))).toEqual({ ok: false, error: "INVALID", fieldErrors: { slug: retired } });
    // Its own old address is its own to take back.
    expect(await savePerson(organizer, person.id, personSchema.parse({ nameEn: "Speaker", protocolRank: 10, slug: `speaker-${s}` }))).toMatchObject({ ok: true });
  });
});
