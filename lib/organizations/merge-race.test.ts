import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, setDb } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganization, createParticipant, createUser } from "@/prisma/factories";
import { dbKind, testDatabaseUrl, testDb } from "@/test/db";
import { mergeOrganizations } from "./organizations";

// On PostgreSQL the merges below really run at once, each transaction on its own connection.
let original: PrismaClient | null = null;
let wide: PrismaClient | null = null;

beforeAll(() => {
  const url = testDatabaseUrl();
  if (dbKind !== "postgres" || !url) return;
  original = getDb();
  wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) });
  setDb(wide);
});

afterAll(async () => {
  if (original) setDb(original);
  await wide?.$disconnect();
});

describe("merges at the same moment", () => {
  it("lets one of two opposite merges win, without deadlock, leaving every participant on the survivor", async () => {
    const actor = await createUser(testDb(), { role: "ORGANIZER" });
    for (let round = 0; round < 5; round++) {
      const a = await createOrganization(testDb());
      const b = await createOrganization(testDb());
      const people = [await createParticipant(testDb(), { organizationId: a.id }), await createParticipant(testDb(), { organizationId: b.id })];
      const results = await Promise.all([mergeOrganizations(a.id, b.id, actor), mergeOrganizations(b.id, a.id, actor)]);
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "NOT_FOUND" }]);
      const survivor = winners[0]?.ok ? winners[0].id : "";
      expect(await testDb().organization.count({ where: { id: { in: [a.id, b.id] } } })).toBe(1);
      for (const p of people) expect((await testDb().participant.findUniqueOrThrow({ where: { id: p.id } })).organizationId).toBe(survivor);
    }
  });

  it("never leaves a participant added during a merge on the deleted duplicate", async () => {
    const actor = await createUser(testDb(), { role: "ORGANIZER" });
    const keep = await createOrganization(testDb());
    const drop = await createOrganization(testDb());
    const [merged, added] = await Promise.allSettled([mergeOrganizations(keep.id, drop.id, actor), createParticipant(testDb(), { organizationId: drop.id })]);
    expect(merged).toMatchObject({ status: "fulfilled", value: { ok: true } });
    // Either it was added first and moved with the others, or it waited and found the duplicate gone.
    if (added.status === "fulfilled") expect((await testDb().participant.findUniqueOrThrow({ where: { id: added.value.id } })).organizationId).toBe(keep.id);
    expect(await testDb().participant.count({ where: { organizationId: drop.id } })).toBe(0);
  });
});
