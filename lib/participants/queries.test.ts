import { describe, expect, it } from "vitest";
import { createDelegation, createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { getParticipantHistory, listParticipants, PARTICIPANTS_PAGE_SIZE, participantsForExport } from "./queries";
import { type ParticipantListQuery, participantListQuerySchema, participantListSearch } from "./schemas";

const names = async (forumId: string, query: ParticipantListQuery) => (await listParticipants(forumId, query)).rows.map((r) => r.fullName);

describe("searching participants", () => {
  it("finds people by a fragment of their name in any script, in any case, with or without accents", async () => {
    const forum = await createForum(testDb());
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Айгерим Сапарова", latinName: "Aigerim Saparova", email: "aigerim@example.kz" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "王芳", latinName: "Wang Fang" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "José Núñez", organizationName: "Tianjin Port Group" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Ｆｕｌｌ Ｗｉｄｔｈ" });
    expect(await names(forum.id, { q: "сапар" })).toEqual(["Айгерим Сапарова"]);
    expect(await names(forum.id, { q: "САПАРОВА" })).toEqual(["Айгерим Сапарова"]);
    expect(await names(forum.id, { q: "saparova" })).toEqual(["Айгерим Сапарова"]);
    expect(await names(forum.id, { q: "王" })).toEqual(["王芳"]);
    expect(await names(forum.id, { q: "wang f" })).toEqual(["王芳"]);
    expect(await names(forum.id, { q: "nunez" })).toEqual(["José Núñez"]);
    expect(await names(forum.id, { q: "NÚÑEZ" })).toEqual(["José Núñez"]);
    expect(await names(forum.id, { q: "full width" })).toEqual(["Ｆｕｌｌ Ｗｉｄｔｈ"]);
  });

  it("finds people by e-mail and by organization", async () => {
    const forum = await createForum(testDb());
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Ali", email: "ali@EXAMPLE.uz" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Li", organizationName: "Tianjin Port Group" });
    expect(await names(forum.id, { q: "example.uz" })).toEqual(["Ali"]);
    expect(await names(forum.id, { q: "port group" })).toEqual(["Li"]);
  });

  it("treats LIKE wildcards as plain characters", async () => {
    const forum = await createForum(testDb());
    await createParticipant(testDb(), { forumId: forum.id, organizationName: "A_B Holdings" });
    await createParticipant(testDb(), { forumId: forum.id, organizationName: "AxB Holdings" });
    expect((await listParticipants(forum.id, { q: "A_B" })).total).toBe(1);
    expect((await listParticipants(forum.id, { q: "100%" })).total).toBe(0);
  });

  it("never mixes in another forum's participants", async () => {
    const [a, b] = [await createForum(testDb()), await createForum(testDb())];
    await createParticipant(testDb(), { forumId: a.id });
    expect((await listParticipants(b.id)).total).toBe(0);
  });
});

describe("filtering participants", () => {
  it("filters by status, category, country and delegation, and counts each status for the other filters", async () => {
    const forum = await createForum(testDb());
    const kz = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "KZ pending gov", countryCode: "KZ", delegationId: kz.id, status: "PENDING", category: "GOVERNMENT" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "KZ approved gov", countryCode: "KZ", delegationId: kz.id, status: "APPROVED", category: "GOVERNMENT" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "KZ pending business", countryCode: "KZ", status: "PENDING", category: "BUSINESS" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "CN rejected", countryCode: "CN", status: "REJECTED", category: "GOVERNMENT" });

    expect((await names(forum.id, { status: "PENDING", sort: "name" }))).toEqual(["KZ pending business", "KZ pending gov"]);
    expect(await names(forum.id, { category: "GOVERNMENT", country: "KZ", sort: "name" })).toEqual(["KZ approved gov", "KZ pending gov"]);
    expect(await names(forum.id, { delegation: kz.id, status: "PENDING" })).toEqual(["KZ pending gov"]);
    expect(await names(forum.id, { delegation: "none", sort: "name" })).toEqual(["CN rejected", "KZ pending business"]);

    const page = await listParticipants(forum.id, { country: "KZ", status: "PENDING" });
    expect(page.total).toBe(2);
    // The status tabs show what each status would give with the other filters kept.
    expect(page.statusCounts).toEqual({ PENDING: 2, APPROVED: 1, REJECTED: 0, CANCELLED: 0 });
  });

  it("sorts by registration time either way and by name", async () => {
    const forum = await createForum(testDb());
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Boris", createdAt: new Date("2025-06-02T00:00:00Z") });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Anna", createdAt: new Date("2025-06-03T00:00:00Z") });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Chen", createdAt: new Date("2025-06-01T00:00:00Z") });
    expect(await names(forum.id, {})).toEqual(["Anna", "Boris", "Chen"]);
    expect(await names(forum.id, { sort: "oldest" })).toEqual(["Chen", "Boris", "Anna"]);
    expect(await names(forum.id, { sort: "name" })).toEqual(["Anna", "Boris", "Chen"]);
  });
});

describe("keyset pagination", () => {
  /** Walks forwards through every page, then backwards, and returns the ids seen each way. */
  async function walk(forumId: string, query: ParticipantListQuery, size: number) {
    const forwardPages: string[][] = [];
    let page = await listParticipants(forumId, query, size);
    forwardPages.push(page.rows.map((r) => r.id));
    expect(page.previous).toBeNull();
    while (page.next) {
      page = await listParticipants(forumId, { ...query, after: page.next }, size);
      forwardPages.push(page.rows.map((r) => r.id));
    }
    const backwardPages: string[][] = [forwardPages.at(-1) ?? []];
    while (page.previous) {
      page = await listParticipants(forumId, { ...query, before: page.previous }, size);
      backwardPages.unshift(page.rows.map((r) => r.id));
    }
    return { forwardPages, backwardPages };
  }

  it("visits every participant exactly once, forwards and backwards, when many share a timestamp and a name", async () => {
    const forum = await createForum(testDb());
    const same = new Date("2025-06-15T08:00:00Z");
    for (let i = 0; i < 23; i++) {
      await createParticipant(testDb(), { forumId: forum.id, fullName: i % 2 ? "Li Wei" : "Zhang Wei", createdAt: i < 20 ? same : new Date(same.getTime() + i * 1000) });
    }
    for (const sort of ["newest", "oldest", "name"] as const) {
      const { forwardPages, backwardPages } = await walk(forum.id, { sort }, 5);
      const ids = forwardPages.flat();
      expect(forwardPages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
      expect(new Set(ids).size).toBe(23);
      const all = (await listParticipants(forum.id, { sort }, 100)).rows.map((r) => r.id);
      expect(ids).toEqual(all);
      expect(backwardPages).toEqual(forwardPages);
    }
  });

  it("neither repeats nor skips rows when people register between two page loads", async () => {
    const forum = await createForum(testDb());
    for (let i = 0; i < 10; i++) await createParticipant(testDb(), { forumId: forum.id, createdAt: new Date(Date.UTC(2025, 5, 1, 0, i)) });
    const first = await listParticipants(forum.id, {}, 4);
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Newcomer", createdAt: new Date(Date.UTC(2025, 5, 2)) });
    const second = await listParticipants(forum.id, { after: first.next ?? undefined }, 4);
    const all = (await listParticipants(forum.id, {}, 100)).rows.map((r) => r.id);
    // The newcomer sorts first (newest), before the cursor: the next page goes on where the first stopped.
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.slice(1, 9));
  });

  it("starts from the first page when a cursor is malformed or made for another sort", async () => {
    const forum = await createForum(testDb());
    for (let i = 0; i < 3; i++) await createParticipant(testDb(), { forumId: forum.id });
    const byName = await listParticipants(forum.id, { sort: "name" }, 2);
    const first = await listParticipants(forum.id, {}, 2);
    expect((await listParticipants(forum.id, { after: byName.next ?? undefined }, 2)).rows).toEqual(first.rows);
    expect((await listParticipants(forum.id, { after: "bm9uc2Vuc2U" }, 2)).rows).toEqual(first.rows);
  });

  it("shows 50 rows a page by default", async () => {
    const forum = await createForum(testDb());
    await testDb().participant.createMany({
      data: Array.from({ length: 51 }, (_, i) => ({ forumId: forum.id, fullName: `P${i}`, email: `p${i}@x.org`, category: "OTHER" as const, countryCode: "CN", badgeCode: `B${i}${forum.id}`, calendarKey: `C${i}${forum.id}`, consentDataAt: new Date() })),
    });
    const page = await listParticipants(forum.id);
    expect(page.rows).toHaveLength(PARTICIPANTS_PAGE_SIZE);
    expect(PARTICIPANTS_PAGE_SIZE).toBe(50);
    expect((await listParticipants(forum.id, { after: page.next ?? undefined })).rows).toHaveLength(1);
  });
});

describe("participantListQuerySchema", () => {
  it("ignores malformed query strings instead of failing", () => {
    expect(participantListQuerySchema.parse({ q: "li\u0000u", after: "\u0000", status: "WHATEVER", country: "kz", delegation: "x'; drop", sort: "price" })).toEqual({
      q: "liu",
      country: "KZ",
    });
    expect(participantListQuerySchema.parse({ q: ["a", "b"], category: ["MEDIA"] })).toEqual({ q: "" });
  });

  it("writes back only what is set", () => {
    expect(participantListSearch({ q: "王", status: "PENDING", sort: "newest" }).toString()).toBe("q=%E7%8E%8B&status=PENDING");
  });
});

describe("participantsForExport", () => {
  it("yields every matching participant once, in batches, in the list's order", async () => {
    const forum = await createForum(testDb());
    for (let i = 0; i < 7; i++) await createParticipant(testDb(), { forumId: forum.id, status: i < 5 ? "APPROVED" : "PENDING", createdAt: new Date("2025-06-01T00:00:00Z") });
    const batches: string[][] = [];
    for await (const batch of participantsForExport(forum.id, { status: "APPROVED", sort: "name" }, 2)) batches.push(batch.map((p) => p.email));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    const listed = (await listParticipants(forum.id, { status: "APPROVED", sort: "name" })).rows.map((r) => r.email);
    expect(batches.flat()).toEqual(listed);
  });
});

describe("getParticipantHistory", () => {
  it("lists what happened to a participant, newest first, with who did it", async () => {
    const forum = await createForum(testDb());
    const organizer = await createUser(testDb(), { role: "ORGANIZER", name: "Olga Organizer" });
    const p = await createParticipant(testDb(), { forumId: forum.id });
    const other = await createParticipant(testDb(), { forumId: forum.id });
    await testDb().auditEntry.create({ data: { forumId: forum.id, actorId: null, action: "participant.registered", entityType: "Participant", entityId: p.id, createdAt: new Date("2025-06-01T00:00:00Z") } });
    await testDb().auditEntry.create({ data: { forumId: forum.id, actorId: organizer.id, action: "participant.approved", entityType: "Participant", entityId: p.id, createdAt: new Date("2025-06-02T00:00:00Z") } });
    await testDb().auditEntry.create({ data: { forumId: forum.id, actorId: organizer.id, action: "participant.rejected", entityType: "Participant", entityId: other.id } });
    const history = await getParticipantHistory(p.id);
    expect(history.map((h) => [h.action, h.actor?.name ?? null])).toEqual([
      ["participant.approved", "Olga Organizer"],
      ["participant.registered", null],
    ]);
  });
});
