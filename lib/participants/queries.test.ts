import { describe, expect, it } from "vitest";
import { createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { getOwnRegistration, listParticipants, PARTICIPANTS_PAGE_SIZE } from "./queries";
import { participantListQuerySchema } from "./schemas";

describe("listParticipants", () => {
  it("finds people by name in any script, Latin name, e-mail or organization", async () => {
    const forum = await createForum(testDb());
    await createParticipant(testDb(), { forumId: forum.id, fullName: "Айгерим Сапарова", latinName: "Aigerim Saparova", email: "aigerim@example.kz" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "王芳", organizationName: "Tianjin Port Group" });
    for (const q of ["сапарова", "aigerim", "EXAMPLE.KZ"]) {
      expect((await listParticipants(forum.id, { q })).rows.map((r) => r.fullName)).toEqual(["Айгерим Сапарова"]);
    }
    expect((await listParticipants(forum.id, { q: "王" })).total).toBe(1);
    expect((await listParticipants(forum.id, { q: "port group" })).total).toBe(1);
  });

  it("treats LIKE wildcards as plain characters", async () => {
    const forum = await createForum(testDb());
    await createParticipant(testDb(), { forumId: forum.id, organizationName: "A_B Holdings" });
    await createParticipant(testDb(), { forumId: forum.id, organizationName: "AxB Holdings" });
    expect((await listParticipants(forum.id, { q: "A_B" })).total).toBe(1);
    expect((await listParticipants(forum.id, { q: "100%" })).total).toBe(0);
  });

  it("pages through everyone exactly once", async () => {
    const forum = await createForum(testDb());
    for (let i = 0; i < PARTICIPANTS_PAGE_SIZE + 7; i++) await createParticipant(testDb(), { forumId: forum.id });
    const first = await listParticipants(forum.id);
    expect(first.rows).toHaveLength(PARTICIPANTS_PAGE_SIZE);
    const second = await listParticipants(forum.id, { after: first.nextAfter ?? undefined });
    expect(second.rows).toHaveLength(7);
    expect(second.nextAfter).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(PARTICIPANTS_PAGE_SIZE + 7);
  });

  it("never mixes in another forum's participants", async () => {
    const [a, b] = [await createForum(testDb()), await createForum(testDb())];
    await createParticipant(testDb(), { forumId: a.id });
    expect((await listParticipants(b.id)).total).toBe(0);
  });
});

describe("participantListQuerySchema", () => {
  it("ignores malformed query strings instead of failing", () => {
    expect(participantListQuerySchema.parse({ q: "li\u0000u", after: "\u0000" })).toEqual({ q: "liu", after: undefined });
    expect(participantListQuerySchema.parse({ q: ["a", "b"], after: "x'; drop" })).toEqual({ q: "", after: undefined });
  });
});

describe("getOwnRegistration", () => {
  it("gives a delegate their own registration for the forum and nobody else's", async () => {
    const forum = await createForum(testDb());
    const [me, other] = [await createUser(testDb()), await createUser(testDb())];
    const mine = await createParticipant(testDb(), { forumId: forum.id, userId: me.id });
    await createParticipant(testDb(), { forumId: forum.id, userId: other.id });
    expect((await getOwnRegistration(forum.id, me.id))?.id).toBe(mine.id);
    const nextYear = await createForum(testDb());
    expect(await getOwnRegistration(nextYear.id, me.id)).toBeNull();
  });
});
