import { describe, expect, it } from "vitest";
import { createAgreement as createAgreementRow, createAgreementSector, createForum, createOrganization, createProgramSession, createUser } from "@/prisma/factories";
import { dbKind, testDb } from "@/test/db";
import { cancelAgreement, createAgreement, updateAgreement } from "./agreements";
import { agreementDashboard } from "./queries";
import { getRunSheet, markSigned, reorderRunSheet } from "./run-sheet";
import { type AgreementInput, agreementSchema } from "./schemas";
import { createSector, deleteSector } from "./sectors";

async function setUp() {
  const forum = await createForum(testDb());
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  const sector = await createAgreementSector(testDb(), { forumId: forum.id, nameEn: "Smart energy", slug: "smart-energy" });
  const ceremony = await createProgramSession(testDb(), { forumId: forum.id, type: "SIGNING", titleEn: "Signing ceremony" });
  const [a, b, c] = [await createOrganization(testDb()), await createOrganization(testDb()), await createOrganization(testDb())];
  return { forum, organizer, sector, ceremony, orgs: [a, b, c] as const };
}

type World = Awaited<ReturnType<typeof setUp>>;

function input(w: World, overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    titleEn: "Smart Grid Pilot",
    sectorId: w.sector.id,
    value: "1,350,000.50",
    currency: "CNY",
    status: "PLANNED",
    visibility: "PUBLIC",
    signingSessionId: w.ceremony.id,
    parties: [
      { organizationId: w.orgs[0].id, role: "Investor", signatoryName: "Wang Lei", signatoryTitle: "Chairman" },
      { organizationId: w.orgs[1].id, role: "Host", signatoryName: "Aigerim Saparova", signatoryTitle: "" },
    ],
    ...overrides,
  };
}

const errorsOf = (value: AgreementInput) => {
  const parsed = agreementSchema.safeParse(value);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the agreement form's schema", () => {
  it("accepts a complete planned agreement", async () => {
    const w = await setUp();
    expect(errorsOf(input(w))).toEqual({});
  });

  it("reports each mistake on its own field", async () => {
    const w = await setUp();
    const party = input(w).parties?.[0];
    expect(errorsOf(input(w, { parties: party ? [party] : [] }))).toEqual({ parties: "An agreement has at least two parties" });
    expect(errorsOf(input(w, { parties: [party!, { ...party! }] }))).toEqual({ "parties.1.organizationId": "This organization is already a party" });
    expect(errorsOf(input(w, { status: "SIGNED" }))).toEqual({ signedAt: "A signed agreement needs the time of signing" });
    expect(errorsOf(input(w, { status: "PLANNED", signedAt: "2025-07-10T17:30" }))).toMatchObject({ signedAt: expect.stringContaining("Only a signed agreement") });
    expect(errorsOf(input(w, { status: "SIGNED", signedAt: "2025-07-10T17:30" }))).toEqual({});
    expect(errorsOf(input(w, { currency: "XYZ" }))).toEqual({ currency: expect.stringContaining("Unknown currency") });
    expect(errorsOf(input(w, { value: "-100" }))).toEqual({ value: "The value cannot be negative" });
    expect(errorsOf(input(w, { value: "12abc" }))).toEqual({ value: expect.stringContaining("Enter a number") });
    expect(errorsOf(input(w, { value: "10.5", currency: "JPY" }))).toEqual({ value: "JPY has no decimals" });
    expect(errorsOf(input(w, { titleEn: "  " }))).toEqual({ titleEn: "Enter the title in English" });
    expect(errorsOf(input(w, { signingSessionId: "", slot: 3 }))).toEqual({ slot: "Choose the signing ceremony first" });
    expect(errorsOf(input(w, { parties: [{ ...party!, signatoryName: "" }, { ...party!, organizationId: "" }] }))).toMatchObject({
      "parties.0.signatoryName": "Enter who signs for this party",
      "parties.1.organizationId": "Choose an organization from the list",
    });
  });

  it("refuses fields the form does not have", async () => {
    const w = await setUp();
    expect(agreementSchema.safeParse({ ...input(w), forumId: "x" }).success).toBe(false);
  });
});

describe("creating, editing and cancelling agreements", () => {
  it("creates an agreement with exact value, parties in order, the next run-sheet slot and an audit entry", async () => {
    const w = await setUp();
    await createAgreementRow(testDb(), { forumId: w.forum.id, sectorId: w.sector.id, signingSessionId: w.ceremony.id, slot: 4 });
    const result = await createAgreement(w.organizer, w.forum.id, agreementSchema.parse(input(w, { value: "999,999,999,999,999.99" })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await testDb().agreement.findUniqueOrThrow({ where: { id: result.value.id }, include: { parties: { orderBy: { position: "asc" } } } });
    expect(row).toMatchObject({ valueMinor: 99_999_999_999_999_999n, currency: "CNY", status: "PLANNED", slot: 5, signedAt: null });
    expect(row.parties.map((p) => [p.organizationId, p.role, p.position])).toEqual([
      [w.orgs[0].id, "Investor", 1],
      [w.orgs[1].id, "Host", 2],
    ]);
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ action: "agreement.created", actorId: w.organizer.id, data: expect.objectContaining({ value: "999999999999999.99", currency: "CNY" }) });
  });

  it("stores a signing time typed in the forum's zone as UTC", async () => {
    const w = await setUp();
    const result = await createAgreement(w.organizer, w.forum.id, agreementSchema.parse(input(w, { status: "SIGNED", signedAt: "2025-07-10T17:30" })));
    if (!result.ok) throw new Error("not created");
    expect((await testDb().agreement.findUniqueOrThrow({ where: { id: result.value.id } })).signedAt).toEqual(new Date("2025-07-10T09:30:00Z"));
  });

  it("reports unknown organizations, a sector of another forum and a session that is no signing ceremony per field", async () => {
    const w = await setUp();
    const other = await createAgreementSector(testDb());
    const plenary = await createProgramSession(testDb(), { forumId: w.forum.id, type: "PLENARY" });
    const values = agreementSchema.parse(input(w, { sectorId: other.id, signingSessionId: plenary.id }));
    values.parties[1] = { ...values.parties[1]!, organizationId: "nosuchorganization" };
    expect(await createAgreement(w.organizer, w.forum.id, values)).toEqual({
      ok: false,
      error: "INVALID",
      fieldErrors: { sectorId: "Choose one of this forum's sectors", signingSessionId: "This session is not a signing ceremony", "parties.1.organizationId": "Choose an organization from the list" },
    });
    expect(await testDb().agreement.count({ where: { forumId: w.forum.id } })).toBe(0);
  });

  it("edits parties and value, and audits only what changed", async () => {
    const w = await setUp();
    const created = await createAgreement(w.organizer, w.forum.id, agreementSchema.parse(input(w)));
    if (!created.ok) throw new Error("not created");
    const next = input(w, { value: "2000000", parties: [...(input(w).parties ?? []).slice(0, 1), { organizationId: w.orgs[2].id, role: "Supplier", signatoryName: "Ivan Petrov" }] });
    const opened = await testDb().agreement.findUniqueOrThrow({ where: { id: created.value.id }, select: { updatedAt: true } });
    expect(await updateAgreement(w.organizer, w.forum.id, created.value.id, agreementSchema.parse(next), opened.updatedAt)).toEqual({ ok: true, value: { id: created.value.id } });
    const row = await testDb().agreement.findUniqueOrThrow({ where: { id: created.value.id }, include: { parties: { orderBy: { position: "asc" } } } });
    expect(row.valueMinor).toBe(200_000_000n);
    expect(row.slot).toBe(1);
    expect(row.parties.map((p) => p.organizationId)).toEqual([w.orgs[0].id, w.orgs[2].id]);
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: row.id, action: "agreement.updated" } });
    expect(Object.keys(audit.data as object).sort()).toEqual(["parties", "value"]);
    expect(await updateAgreement(w.organizer, (await createForum(testDb())).id, created.value.id, agreementSchema.parse(next), opened.updatedAt)).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("keeps its ceremony while it is deleted in the working copy (public until published away), but takes no other deleted one", async () => {
    const w = await setUp();
    const created = await createAgreement(w.organizer, w.forum.id, agreementSchema.parse(input(w)));
    if (!created.ok) throw new Error("not created");
    const other = await createProgramSession(testDb(), { forumId: w.forum.id, type: "SIGNING", titleEn: "Second ceremony" });
    await testDb().programSession.updateMany({ where: { id: { in: [w.ceremony.id, other.id] } }, data: { deletedAt: new Date() } });
    const opened = await testDb().agreement.findUniqueOrThrow({ where: { id: created.value.id }, select: { updatedAt: true } });
    expect(await updateAgreement(w.organizer, w.forum.id, created.value.id, agreementSchema.parse(input(w, { titleEn: "Smart Grid Pilot II" })), opened.updatedAt)).toEqual({
      ok: true,
      value: { id: created.value.id },
    });
    const again = await testDb().agreement.findUniqueOrThrow({ where: { id: created.value.id }, select: { updatedAt: true } });
    expect(await updateAgreement(w.organizer, w.forum.id, created.value.id, agreementSchema.parse(input(w, { signingSessionId: other.id })), again.updatedAt)).toMatchObject({
      ok: false,
      fieldErrors: { signingSessionId: "Choose one of this forum's signing ceremonies" },
    });
  });

  it("refuses a save from a form opened before the agreement was signed on the run sheet, and keeps the signature", async () => {
    const w = await setUp();
    const created = await createAgreement(w.organizer, w.forum.id, agreementSchema.parse(input(w)));
    if (!created.ok) throw new Error("not created");
    const opened = await testDb().agreement.findUniqueOrThrow({ where: { id: created.value.id }, select: { updatedAt: true } });
    // Meanwhile, at the ceremony:
    await testDb().agreement.update({ where: { id: created.value.id }, data: { status: "SIGNED", signedAt: new Date() } });
    const stale = agreementSchema.parse(input(w, { titleEn: "Typo fixed" }));
    expect(await updateAgreement(w.organizer, w.forum.id, created.value.id, stale, opened.updatedAt)).toEqual({ ok: false, error: "CHANGED" });
    expect(await testDb().agreement.findUniqueOrThrow({ where: { id: created.value.id }, select: { status: true } })).toEqual({ status: "SIGNED" });
  });

  it("cancels once, forgetting the signing time but keeping it in the audit log", async () => {
    const w = await setUp();
    const a = await createAgreementRow(testDb(), { forumId: w.forum.id, sectorId: w.sector.id });
    expect(await cancelAgreement(w.organizer, w.forum.id, a.id)).toEqual({ ok: true, value: { id: a.id, changed: true } });
    expect(await cancelAgreement(w.organizer, w.forum.id, a.id)).toEqual({ ok: true, value: { id: a.id, changed: false } });
    expect(await testDb().agreement.findUniqueOrThrow({ where: { id: a.id }, select: { status: true, signedAt: true } })).toEqual({ status: "CANCELLED", signedAt: null });
    const audits = await testDb().auditEntry.findMany({ where: { entityId: a.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.data).toEqual({ from: "SIGNED", signedAt: "2025-07-10T09:30:00.000Z" });
  });
});

describe("the run sheet", () => {
  async function ceremonyOfThree() {
    const w = await setUp();
    const rows = [];
    for (const slot of [1, 2, 3]) rows.push(await createAgreementRow(testDb(), { forumId: w.forum.id, sectorId: w.sector.id, signingSessionId: w.ceremony.id, slot, status: "PLANNED", signedAt: null, titleEn: `Deal ${slot}` }));
    return { ...w, ids: rows.map((r) => r.id) };
  }

  it("lists a ceremony's agreements in slot order with parties and signatories", async () => {
    const w = await setUp();
    await createAgreementRow(testDb(), { forumId: w.forum.id, sectorId: w.sector.id, signingSessionId: w.ceremony.id, slot: 2, titleEn: "Second", tableSlot: "Table 2" });
    await createAgreementRow(testDb(), {
      forumId: w.forum.id, sectorId: w.sector.id, signingSessionId: w.ceremony.id, slot: 1, titleEn: "First",
      parties: [{ organizationId: w.orgs[0].id, role: "Party A", signatoryName: "Li Na", signatoryTitle: "CEO" }, { organizationId: w.orgs[1].id, role: "Party B" }],
    });
    const sheet = await getRunSheet(w.forum.id, w.ceremony.id);
    expect(sheet?.agreements.map((a) => [a.slot, a.titleEn, a.tableSlot])).toEqual([[1, "First", null], [2, "Second", "Table 2"]]);
    expect(sheet?.agreements[0]?.parties[0]).toMatchObject({ role: "Party A", signatoryName: "Li Na", signatoryTitle: "CEO", organization: { nameEn: w.orgs[0].nameEn } });
    expect(await getRunSheet(w.forum.id, (await createProgramSession(testDb(), { forumId: w.forum.id })).id)).toBeNull();
  });

  it("reorders when given exactly the ceremony's agreements, and refuses any other set", async () => {
    const w = await ceremonyOfThree();
    const [a, b, c] = w.ids as [string, string, string];
    expect(await reorderRunSheet(w.organizer, w.forum.id, w.ceremony.id, [c, a, b])).toEqual({ ok: true });
    expect((await getRunSheet(w.forum.id, w.ceremony.id))?.agreements.map((x) => x.id)).toEqual([c, a, b]);
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: w.ceremony.id, action: "agreement.run-sheet-reordered" } });
    expect((audit.data as { moved: unknown[] }).moved).toHaveLength(3);

    for (const wrong of [[a, b], [a, b, c, c], [a, b, "someotherid"], [a, b, c, (await createAgreementRow(testDb(), { forumId: w.forum.id, sectorId: w.sector.id })).id]]) {
      expect(await reorderRunSheet(w.organizer, w.forum.id, w.ceremony.id, wrong)).toEqual({ ok: false, error: "MISMATCH" });
    }
    expect((await getRunSheet(w.forum.id, w.ceremony.id))?.agreements.map((x) => x.id)).toEqual([c, a, b]);
    expect(await reorderRunSheet(w.organizer, (await createForum(testDb())).id, w.ceremony.id, [c, a, b])).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("marks a planned agreement signed once; a second click learns when", async () => {
    const w = await ceremonyOfThree();
    const id = w.ids[0] as string;
    const at = new Date("2025-07-10T09:41:00Z");
    expect(await markSigned(w.organizer, w.forum.id, id, at)).toEqual({ ok: true, signedAt: at, forumId: w.forum.id });
    expect(await markSigned(w.organizer, w.forum.id, id, new Date())).toEqual({ ok: false, error: "ALREADY_SIGNED", signedAt: at });
    await cancelAgreement(w.organizer, w.forum.id, w.ids[1] as string);
    expect(await markSigned(w.organizer, w.forum.id, w.ids[1] as string, at)).toEqual({ ok: false, error: "CANCELLED" });
    expect(await markSigned(w.organizer, (await createForum(testDb())).id, w.ids[2] as string, at)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await testDb().auditEntry.findFirstOrThrow({ where: { entityId: id, action: "agreement.signed" } })).toMatchObject({ actorId: w.organizer.id, data: expect.objectContaining({ signedAt: at.toISOString(), value: "10000000.00" }) });
  });

  it(`signs once with one audit entry when two organizers click at the same moment (${dbKind})`, async () => {
    const w = await ceremonyOfThree();
    const id = w.ids[0] as string;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => markSigned(w.organizer, w.forum.id, id, new Date(Date.UTC(2025, 6, 10, 9, 40, i)))));
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "ALREADY_SIGNED")).toHaveLength(5);
    expect(await testDb().auditEntry.count({ where: { entityId: id, action: "agreement.signed" } })).toBe(1);
    expect((await testDb().agreement.findUniqueOrThrow({ where: { id } })).signedAt).toEqual(won[0]?.ok ? won[0].signedAt : null);
  });
});

describe("the dashboard", () => {
  it("counts and totals exactly by status and sector, per currency", async () => {
    const w = await setUp();
    const other = await createAgreementSector(testDb(), { forumId: w.forum.id, nameEn: "Low-altitude economy", position: 2 });
    const row = (sectorId: string, status: "PLANNED" | "SIGNED" | "CANCELLED", valueMinor: bigint, currency = "CNY") =>
      createAgreementRow(testDb(), { forumId: w.forum.id, sectorId, status, valueMinor, currency, signedAt: status === "SIGNED" ? new Date() : null });
    await row(w.sector.id, "SIGNED", 90_071_992_547_409_930n); // beyond 2^53
    await row(w.sector.id, "SIGNED", 1n);
    await row(w.sector.id, "PLANNED", 500n);
    await row(other.id, "SIGNED", 12_345n, "USD");
    await row(other.id, "CANCELLED", 7n);
    const d = await agreementDashboard(w.forum.id);
    expect(d.byStatus).toEqual([
      { status: "PLANNED", count: 1, totals: [{ currency: "CNY", minor: 500n }] },
      { status: "SIGNED", count: 3, totals: [{ currency: "CNY", minor: 90_071_992_547_409_931n }, { currency: "USD", minor: 12_345n }] },
      { status: "CANCELLED", count: 1, totals: [{ currency: "CNY", minor: 7n }] },
    ]);
    expect(d.bySector.map((s) => [s.sector.nameEn, s.count, s.totals])).toEqual([
      ["Smart energy", 3, [{ currency: "CNY", minor: 90_071_992_547_410_431n }]],
      ["Low-altitude economy", 1, [{ currency: "USD", minor: 12_345n }]],
    ]);
    expect(d.active).toEqual({ count: 4, totals: [{ currency: "CNY", minor: 90_071_992_547_410_431n }, { currency: "USD", minor: 12_345n }] });
  });
});

describe("sectors", () => {
  it("adds a sector with a slug, refuses a duplicate name, and deletes only unused ones", async () => {
    const w = await setUp();
    const created = await createSector(w.organizer, w.forum.id, { nameEn: "Smart Health", color: "#BE123C", position: 3 });
    if (!created.ok) throw new Error("not created");
    expect(await testDb().agreementSector.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({ slug: "smart-health", color: "#be123c" });
    expect(await createSector(w.organizer, w.forum.id, { nameEn: "smart health", color: "#be123c", position: 0 })).toMatchObject({ ok: false, fieldErrors: { nameEn: expect.any(String) } });

    await createAgreementRow(testDb(), { forumId: w.forum.id, sectorId: w.sector.id });
    expect(await deleteSector(w.organizer, w.forum.id, w.sector.id)).toEqual({ ok: false, error: "IN_USE", count: 1 });
    expect(await deleteSector(w.organizer, w.forum.id, created.value.id)).toEqual({ ok: true });
    expect(await deleteSector(w.organizer, w.forum.id, created.value.id)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await testDb().auditEntry.findMany({ where: { entityType: "AgreementSector" }, select: { action: true } })).toEqual([{ action: "agreement-sector.created" }, { action: "agreement-sector.deleted" }]);
  });
});
