import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { changedFields, recordAudit, recordAudits } from "./record";

describe("recordAudit", () => {
  it("keeps only the fields of the change that differ, out of a whole row given as before", () => {
    const before = { id: "s1", titleEn: "Opening", capacity: 200, startsAt: new Date("2025-07-10T01:00:00Z"), slug: "opening" };
    const after = { titleEn: "Opening Ceremony", capacity: 200, startsAt: new Date("2025-07-10T01:30:00Z") };
    expect(changedFields(before, after)).toEqual({
      before: { titleEn: "Opening", startsAt: "2025-07-10T01:00:00.000Z" },
      after: { titleEn: "Opening Ceremony", startsAt: "2025-07-10T01:30:00.000Z" },
    });
  });

  it("stores exact decimals and missing values as null", () => {
    expect(changedFields(undefined, { value: new Prisma.Decimal("1350000000.00"), note: undefined })).toEqual({ before: null, after: { value: "1350000000", note: null } });
  });

  it("records no before or after when nothing changed", () => {
    expect(changedFields({ capacity: 1 }, { capacity: 1 })).toEqual({ before: null, after: null });
  });

  it("writes the entry with its record, actor and change", async () => {
    const forum = await createForum(testDb());
    const user = await createUser(testDb(), { role: "ORGANIZER" });
    await recordAudit(testDb(), { forumId: forum.id, actorId: user.id, action: "room.updated", entity: { type: "Room", id: "room-1" }, before: { capacity: 200 }, after: { capacity: 240 }, data: { nameEn: "Jinmen Hall" } });
    await recordAudits(testDb(), [{ forumId: forum.id, actorId: null, action: "room.created", entity: { type: "Room", id: "room-2" }, after: { capacity: 10 } }]);
    const rows = await testDb().auditEntry.findMany({ where: { forumId: forum.id }, orderBy: { entityId: "asc" }, select: { actorId: true, action: true, entityType: true, entityId: true, before: true, after: true, data: true } });
    expect(rows).toEqual([
      { actorId: user.id, action: "room.updated", entityType: "Room", entityId: "room-1", before: { capacity: 200 }, after: { capacity: 240 }, data: { nameEn: "Jinmen Hall" } },
      { actorId: null, action: "room.created", entityType: "Room", entityId: "room-2", before: null, after: { capacity: 10 }, data: null },
    ]);
  });
});
