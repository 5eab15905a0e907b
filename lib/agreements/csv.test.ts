import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/csv";
import { createAgreement, createAgreementSector, createForum, createOrganization, createProgramSession, createUser, uniqueSuffix } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { agreementsCsv, applyAgreementImport, previewAgreementImport } from "./csv";

async function setUp() {
  const forum = await createForum(testDb());
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  const sector = await createAgreementSector(testDb(), { forumId: forum.id, slug: "smart-energy", nameEn: "Smart energy" });
  const ceremony = await createProgramSession(testDb(), { forumId: forum.id, type: "SIGNING", slug: "signing-ceremony" });
  // Organizations are shared by every forum of the test file's database: unique slugs.
  const s = uniqueSuffix();
  const a = await createOrganization(testDb(), { slug: `tianjin-port-${s}`, nameEn: "Tianjin Port Group" });
  const b = await createOrganization(testDb(), { slug: `aktau-logistics-${s}`, nameEn: "Aktau Logistics" });
  const c = await createOrganization(testDb(), { slug: `astana-digital-${s}`, nameEn: "Astana Digital" });
  const PARTIES = `"${a.slug} | Party A | Wang Lei | Chairman\n${b.slug} | Party B | Aliya Nurlanova | CEO"`;
  return { forum, organizer, sector, ceremony, orgs: [a, b, c] as const, PARTIES, A: a.slug, B: b.slug };
}

const HEADER = "id,title_en,sector,value,currency,status,visibility,signing_session,slot,table_slot,signed_at,parties";

describe("exporting agreements", () => {
  it("writes one row per agreement with exact values, parties joined, confidential ones included, formulas neutralised", async () => {
    const w = await setUp();
    await createAgreement(testDb(), {
      forumId: w.forum.id, sectorId: w.sector.id, signingSessionId: w.ceremony.id, slot: 1, titleEn: "=HYPERLINK(\"http://evil\")", valueMinor: 9_007_199_254_740_993n,
      visibility: "CONFIDENTIAL", parties: [{ organizationId: w.orgs[0].id, role: "Party A", signatoryName: "Wang Lei", signatoryTitle: "Chairman" }, { organizationId: w.orgs[1].id, role: "Party B" }],
    });
    const text = await agreementsCsv(w.forum.id);
    expect(text.startsWith("\uFEFFid,title_en,")).toBe(true);
    expect(text).toContain("'=HYPERLINK");
    const parsed = parseCsv(text);
    const row = Object.fromEntries(parsed.header.map((h, i) => [h, parsed.records[0]?.cells[i]]));
    expect(row).toMatchObject({
      title_en: '=HYPERLINK("http://evil")',
      value: "90071992547409.93",
      currency: "CNY",
      visibility: "CONFIDENTIAL",
      signing_session: "signing-ceremony",
      sector: "smart-energy",
      parties: `${w.A} | Party A | Wang Lei | Chairman\n${w.B} | Party B | Signatory 2 | `,
      party_names: "Tianjin Port Group (Party A): Wang Lei, Chairman\nAktau Logistics (Party B): Signatory 2",
    });
    expect(parseCsv(await agreementsCsv(w.forum.id, { visibility: "PUBLIC" })).records).toHaveLength(0);
  });

  it("imports its own export back with every row unchanged", async () => {
    const w = await setUp();
    for (const status of ["SIGNED", "PLANNED", "CANCELLED"] as const) {
      await createAgreement(testDb(), {
        forumId: w.forum.id, sectorId: w.sector.id, signingSessionId: w.ceremony.id, status, signedAt: status === "SIGNED" ? new Date("2025-07-10T09:41:00Z") : null, titleZh: "中文标题",
        parties: [{ organizationId: w.orgs[0].id, role: "Party A" }, { organizationId: w.orgs[2].id, role: "Party B", signatoryTitle: "CEO" }],
      });
    }
    const plan = await previewAgreementImport(w.forum.id, await agreementsCsv(w.forum.id));
    expect(plan.rowErrors).toEqual([]);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 });
  });
});

describe("importing agreements", () => {
  it("previews, then creates all rows at once, and a second run changes nothing", async () => {
    const w = await setUp();
    const csv = [
      HEADER,
      `,Smart Port Data Exchange,smart-energy,"12,345,678.90",,,,signing-ceremony,,Table 1,,${w.PARTIES}`,
      `,Green Shipping Corridor,smart-energy,5000000,USD,SIGNED,CONFIDENTIAL,,,,2025-07-10 17:41,${w.PARTIES}`,
    ].join("\r\n");
    const plan = await previewAgreementImport(w.forum.id, csv);
    expect(plan.rowErrors).toEqual([]);
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 0 });
    expect(await testDb().agreement.count({ where: { forumId: w.forum.id } })).toBe(0);

    expect(await applyAgreementImport(w.organizer, w.forum.id, csv, plan.digest)).toEqual({ ok: true, counts: plan.counts });
    const rows = await testDb().agreement.findMany({ where: { forumId: w.forum.id }, orderBy: { titleEn: "asc" }, include: { parties: { orderBy: { position: "asc" } } } });
    expect(rows.map((r) => [r.titleEn, r.valueMinor, r.currency, r.status, r.visibility, r.slot, r.tableSlot, r.signedAt?.toISOString() ?? null])).toEqual([
      ["Green Shipping Corridor", 500_000_000n, "USD", "SIGNED", "CONFIDENTIAL", null, null, "2025-07-10T09:41:00.000Z"],
      ["Smart Port Data Exchange", 1_234_567_890n, "CNY", "PLANNED", "PUBLIC", 1, "Table 1", null],
    ]);
    expect(rows[1]?.parties.map((p) => [p.organizationId, p.role, p.signatoryName, p.signatoryTitle, p.position])).toEqual([
      [w.orgs[0].id, "Party A", "Wang Lei", "Chairman", 1],
      [w.orgs[1].id, "Party B", "Aliya Nurlanova", "CEO", 2],
    ]);
    expect(await testDb().auditEntry.count({ where: { forumId: w.forum.id, action: "agreement.imported" } })).toBe(2);

    const again = await previewAgreementImport(w.forum.id, csv);
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, invalid: 0 });
    expect(await applyAgreementImport(w.organizer, w.forum.id, csv, again.digest)).toMatchObject({ ok: true });
    expect(await testDb().agreement.count({ where: { forumId: w.forum.id } })).toBe(2);
  });

  it("updates the agreement named by id and says which fields change", async () => {
    const w = await setUp();
    const a = await createAgreement(testDb(), { forumId: w.forum.id, sectorId: w.sector.id, status: "PLANNED", signedAt: null, parties: [{ organizationId: w.orgs[0].id, role: "Party A" }, { organizationId: w.orgs[1].id, role: "Party B" }] });
    const csv = `id,title_en,sector,value,parties\r\n${a.id},Renamed deal,smart-energy,10000000.00,"${w.A} | Party A | Signatory 1 |\n${w.B} | Party B | Signatory 2 |"\r\n`;
    const plan = await previewAgreementImport(w.forum.id, csv);
    expect(plan.rows).toEqual([{ line: 2, titleEn: "Renamed deal", action: "update", changes: ["titleEn"] }]);
    await applyAgreementImport(w.organizer, w.forum.id, csv, plan.digest);
    expect((await testDb().agreement.findUniqueOrThrow({ where: { id: a.id } })).titleEn).toBe("Renamed deal");
  });

  it("reports each row's mistakes by line and column, and writes nothing while any remain", async () => {
    const w = await setUp();
    const csv = [
      HEADER,
      `,Good row,smart-energy,100,,,,,,,,${w.PARTIES}`,
      `,Bad value,smart-energy,-5,,,,,,,,${w.PARTIES}`,
      `,Unknown currency,smart-energy,5,XYZ,,,,,,,${w.PARTIES}`,
      `,Signed without time,smart-energy,5,,SIGNED,,,,,,${w.PARTIES}`,
      `,One party,smart-energy,5,,,,,,,,${w.A} | Party A | Wang Lei |`,
      `,Duplicate party,smart-energy,5,,,,,,,,"${w.A} | A | X |\n${w.A} | B | Y |"`,
      `,Unknown things,no-such-sector,5,,,,nowhere,,,,"ghost-org | A | X |\n${w.B} | B | Y |"`,
      `nosuchid,Unknown id,smart-energy,5,,,,,,,,${w.PARTIES}`,
      `,good row,smart-energy,100,,,,,,,,${w.PARTIES}`,
    ].join("\n");
    const plan = await previewAgreementImport(w.forum.id, csv);
    const byLine = (line: number) => plan.rowErrors.filter((e) => e.line === line).map((e) => `${e.column}: ${e.message}`);
    expect(byLine(2)).toEqual([]);
    // Lines as an editor shows them: the parties cells span two lines each.
    expect(byLine(4)).toEqual(["value: The value cannot be negative"]);
    expect(byLine(6)).toEqual([expect.stringMatching(/^currency: Unknown currency "XYZ"/)]);
    expect(byLine(8)).toEqual(["signed_at: A signed agreement needs the time of signing"]);
    expect(byLine(10)).toEqual([expect.stringMatching(/^parties: An agreement has at least two parties/)]);
    expect(byLine(11)).toEqual([`parties: Party 2: "${w.A}" is already a party`]);
    expect(byLine(13)).toEqual([expect.stringMatching(/^sector: No sector/), expect.stringMatching(/^signing_session: No signing ceremony/), 'parties: Party 1: no organization has the slug "ghost-org"']);
    expect(byLine(15)).toEqual([expect.stringMatching(/^id: No agreement of this forum has this id/)]);
    expect(byLine(17)).toEqual(["title_en: Line 2 is the same agreement: each agreement once."]);
    expect(plan.counts).toMatchObject({ create: 1, invalid: 8 });
    expect(await applyAgreementImport(w.organizer, w.forum.id, csv, plan.digest)).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await testDb().agreement.count({ where: { forumId: w.forum.id } })).toBe(0);
  });

  it("refuses to write when the database changed since the preview", async () => {
    const w = await setUp();
    const csv = `${HEADER}\n,Smart Port Data Exchange,smart-energy,100,,,,,,,,${w.PARTIES}\n`;
    const plan = await previewAgreementImport(w.forum.id, csv);
    await createAgreement(testDb(), { forumId: w.forum.id, sectorId: w.sector.id, titleEn: "Smart Port Data Exchange", valueMinor: 1n, status: "PLANNED", signedAt: null });
    expect(await applyAgreementImport(w.organizer, w.forum.id, csv, plan.digest)).toMatchObject({ ok: false, reason: "STALE", plan: { counts: { update: 1 } } });
    expect(await testDb().agreement.count({ where: { forumId: w.forum.id } })).toBe(1);
  });

  it("explains a file it cannot read", async () => {
    const w = await setUp();
    expect((await previewAgreementImport(w.forum.id, "")).fileErrors).toEqual(["The file is empty."]);
    expect((await previewAgreementImport(w.forum.id, "title_en,value\nX,5\n")).fileErrors).toEqual(["The header lacks the required columns sector, parties. The first line must name the columns."]);
  });
});
