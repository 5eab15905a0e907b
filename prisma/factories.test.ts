import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { testDb } from "@/test/db";
import {
  createAgreement,
  createForum,
  createOrganization,
  createParticipant,
  createProgramSession,
  createRoom,
  createUser,
  DEFAULT_TEST_PASSWORD,
  newBadgeCode,
} from "./factories";

describe("factories", () => {
  it("create a fresh forum for a session when no forum is given", async () => {
    const session = await createProgramSession(testDb());
    const forum = await testDb().forum.findUniqueOrThrow({ where: { id: session.forumId }, select: { timeZone: true } });
    expect(forum.timeZone).toBe("Asia/Shanghai");
    expect(session.endsAt.getTime() - session.startsAt.getTime()).toBe(90 * 60_000);
  });

  it("give every row its own slug and e-mail", async () => {
    const forum = await createForum(testDb());
    const [a, b] = await Promise.all([createRoom(testDb(), { forumId: forum.id }), createRoom(testDb(), { forumId: forum.id })]);
    expect(a.slug).not.toBe(b.slug);
    const [p, q] = [await createParticipant(testDb(), { forumId: forum.id }), await createParticipant(testDb(), { forumId: forum.id })];
    expect(p.email).not.toBe(q.email);
    expect(p.badgeCode).not.toBe(q.badgeCode);
    expect(p.calendarKey).not.toBe(q.calendarKey);
  });

  it("keep the overrides they are given", async () => {
    const room = await createRoom(testDb(), { nameEn: "Haihe Hall", capacity: 400 });
    expect(room).toMatchObject({ nameEn: "Haihe Hall", capacity: 400 });
  });

  it("create an agreement with its parties in the order given", async () => {
    const [a, b] = [await createOrganization(testDb()), await createOrganization(testDb())];
    const agreement = await createAgreement(testDb(), {
      valueMinor: 2_500_000_000n,
      parties: [
        { organizationId: a.id, role: "Party A" },
        { organizationId: b.id, role: "Investor", signatoryName: "Li Ming" },
      ],
    });
    expect(agreement.valueMinor).toBe(2_500_000_000n);
    expect(agreement.parties.map((p) => [p.organizationId, p.role, p.position])).toEqual([
      [a.id, "Party A", 1],
      [b.id, "Investor", 2],
    ]);
    expect(agreement.parties[1]?.signatoryName).toBe("Li Ming");
  });

  it("create users who can sign in with the default or the given password", async () => {
    const plain = await createUser(testDb());
    expect(await verifyPassword(plain.passwordHash, DEFAULT_TEST_PASSWORD)).toBe(true);
    const chosen = await createUser(testDb(), { password: "another-password", role: "ORGANIZER" });
    expect(chosen.role).toBe("ORGANIZER");
    expect(await verifyPassword(chosen.passwordHash, "another-password")).toBe(true);
    expect(await verifyPassword(chosen.passwordHash, DEFAULT_TEST_PASSWORD)).toBe(false);
  });

  it("make badge codes of 16 base32 characters (80 bits)", () => {
    const codes = Array.from({ length: 200 }, () => newBadgeCode());
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{16}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
