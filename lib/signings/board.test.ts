import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/csv";
import type { Organization } from "@/lib/generated/prisma/client";
import { createAgreement, createAgreementSector, createForum, createOrganization, uniqueSuffix } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { boardFromJson, boardToJson, getSigningsBoard, shareEqually, type Money } from "./board";
import { signingsCsv } from "./export";
import { regionKey } from "./regions";

const sum = (money: Money[][], currency: string) => money.flat().filter((m) => m.currency === currency).reduce((s, m) => s + m.valueMinor, 0n);
const asRecord = (money: Money[]) => Object.fromEntries(money.map((m) => [m.currency, m.valueMinor]));

describe("shareEqually", () => {
  it("splits a value into parts one minor unit apart that add up exactly", () => {
    expect(shareEqually(100n, 3)).toEqual([34n, 33n, 33n]);
    expect(shareEqually(-100n, 3)).toEqual([-34n, -33n, -33n]);
    expect(shareEqually(5n, 0)).toEqual([]);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 1, max: 12 }), (value, n) => {
        const parts = shareEqually(value, n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((s, p) => s + p, 0n)).toBe(value);
        const sorted = [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect((sorted.at(-1) ?? 0n) - (sorted[0] ?? 0n)).toBeLessThanOrEqual(1n);
      }),
    );
  });
});

describe("getSigningsBoard", () => {
  let orgs: Organization[];

  beforeAll(async () => {
    const places: [string, string | null][] = [["CN", "Tianjin"], ["CN", "Beijing"], ["CN", null], ["KZ", "Almaty"], ["RU", "Moscow"]];
    orgs = [];
    for (const [countryCode, region] of places) orgs.push(await createOrganization(testDb(), { countryCode, region }));
  });

  const agreementArb = fc.record({
    valueMinor: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    currency: fc.constantFrom("CNY", "CNY", "CNY", "USD", "JPY"),
    status: fc.constantFrom("SIGNED", "SIGNED", "PLANNED", "CANCELLED") as fc.Arbitrary<"SIGNED" | "PLANNED" | "CANCELLED">,
    visibility: fc.constantFrom("PUBLIC", "PUBLIC", "CONFIDENTIAL") as fc.Arbitrary<"PUBLIC" | "CONFIDENTIAL">,
    sector: fc.integer({ min: 0, max: 2 }),
    parties: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 5 }),
  });

  it("totals exactly the signed public agreements, per currency, with sector and region totals adding up", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(agreementArb, { maxLength: 8 }), async (specs) => {
        const forum = await createForum(testDb());
        const sectors = [
          await createAgreementSector(testDb(), { forumId: forum.id, position: 1 }),
          await createAgreementSector(testDb(), { forumId: forum.id, position: 2 }),
          await createAgreementSector(testDb(), { forumId: forum.id, position: 3 }),
        ];
        const created = [];
        for (const spec of specs) {
          created.push(
            await createAgreement(testDb(), {
              forumId: forum.id,
              sectorId: sectors[spec.sector]?.id,
              valueMinor: spec.valueMinor,
              currency: spec.currency,
              status: spec.status,
              visibility: spec.visibility,
              signedAt: spec.status === "SIGNED" ? new Date("2025-07-10T08:00:00Z") : null,
              parties: spec.parties.map((i) => ({ organizationId: orgs[i]?.id ?? "", role: "Party" })),
            }),
          );
        }
        const board = await getSigningsBoard(forum.id);

        const qualifying = specs.filter((s) => s.status === "SIGNED" && s.visibility === "PUBLIC");
        const expected: Record<string, bigint> = { CNY: 0n };
        for (const s of qualifying) expected[s.currency] = (expected[s.currency] ?? 0n) + s.valueMinor;
        expect(asRecord(board.totals)).toEqual(expected);
        expect(board.totals[0]?.currency).toBe("CNY");
        expect(board.agreements).toBe(qualifying.length);
        expect(board.confidential).toBe(specs.filter((s) => s.status === "SIGNED" && s.visibility === "CONFIDENTIAL").length);
        const shownIds = new Set(created.filter((a) => a.status === "SIGNED" && a.visibility === "PUBLIC").map((a) => a.id));
        expect(new Set(board.list.map((a) => a.id))).toEqual(shownIds);
        expect(board.organizations).toBe(new Set(qualifying.flatMap((s) => s.parties)).size);

        for (const currency of Object.keys(expected)) {
          expect(sum(board.bySector.map((s) => s.totals), currency)).toBe(expected[currency]);
          expect(sum(board.byRegion.map((r) => r.totals), currency)).toBe(expected[currency]);
        }
        expect(board.bySector.reduce((n, s) => n + s.agreements, 0)).toBe(qualifying.length);
      }),
      { numRuns: 15 },
    );
  });

  it("shares an agreement's value among its parties' regions and counts each region once per agreement", async () => {
    const forum = await createForum(testDb());
    const [tianjin, tianjin2, kz] = [orgs[0]!, await createOrganization(testDb(), { countryCode: "CN", region: "Tianjin" }), orgs[3]!];
    await createAgreement(testDb(), {
      forumId: forum.id,
      valueMinor: 100n,
      parties: [{ organizationId: tianjin.id, role: "A" }, { organizationId: kz.id, role: "B" }, { organizationId: tianjin2.id, role: "C" }],
    });
    const board = await getSigningsBoard(forum.id);
    expect(board.byRegion.map((r) => ({ key: r.key, agreements: r.agreements, organizations: r.organizations, cny: asRecord(r.totals).CNY }))).toEqual([
      { key: "CN-Tianjin", agreements: 1, organizations: 2, cny: 67n },
      { key: "KZ", agreements: 1, organizations: 1, cny: 33n },
    ]);
  });

  it("filters by sector slug and by region, and ignores filters it does not know", async () => {
    const forum = await createForum(testDb());
    const [a, b] = [await createAgreementSector(testDb(), { forumId: forum.id }), await createAgreementSector(testDb(), { forumId: forum.id })];
    const inA = await createAgreement(testDb(), { forumId: forum.id, sectorId: a.id, parties: [{ organizationId: orgs[0]!.id, role: "A" }, { organizationId: orgs[3]!.id, role: "B" }] });
    const inB = await createAgreement(testDb(), { forumId: forum.id, sectorId: b.id, parties: [{ organizationId: orgs[1]!.id, role: "A" }, { organizationId: orgs[4]!.id, role: "B" }] });

    const bySector = await getSigningsBoard(forum.id, { sector: a.slug });
    expect(bySector.filters).toEqual({ sector: a.slug, region: null });
    expect(bySector.list.map((x) => x.id)).toEqual([inA.id]);
    expect(bySector.options.regions.sort()).toEqual(["CN-Beijing", "CN-Tianjin", "KZ", "RU"]);

    const byRegion = await getSigningsBoard(forum.id, { region: "RU" });
    expect(byRegion.list.map((x) => x.id)).toEqual([inB.id]);
    expect((await getSigningsBoard(forum.id, { region: "CN-Tianjin" })).list.map((x) => x.id)).toEqual([inA.id]);
    expect((await getSigningsBoard(forum.id, { sector: a.slug, region: "RU" })).list).toEqual([]);

    const ignored = await getSigningsBoard(forum.id, { sector: "no-such-sector", region: "<script>" });
    expect(ignored.filters).toEqual({ sector: null, region: null });
    expect(ignored.agreements).toBe(2);
  });

  it("survives the JSON round trip of the data cache exactly", async () => {
    const forum = await createForum(testDb());
    await createAgreement(testDb(), { forumId: forum.id, valueMinor: 9_007_199_254_740_993n, parties: [{ organizationId: orgs[0]!.id, role: "A" }, { organizationId: orgs[2]!.id, role: "B" }] });
    await createAgreement(testDb(), { forumId: forum.id, valueMinor: 1n, currency: "USD", signedAt: null });
    const board = await getSigningsBoard(forum.id);
    const json = boardToJson(board);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(boardFromJson(json)).toEqual(board);
    expect(boardFromJson(json).totals).toEqual([{ currency: "CNY", valueMinor: 9_007_199_254_740_993n }, { currency: "USD", valueMinor: 1n }]);
  });

  it("never loads a confidential agreement's title, parties or value, only their count", async () => {
    const forum = await createForum(testDb());
    const marker = `ZQX-${uniqueSuffix()}`;
    const secretOrg = await createOrganization(testDb(), { nameEn: `${marker} Holdings`, slug: `${marker.toLowerCase()}-holdings`, countryCode: "CN", region: `${marker}land` });
    const partner = await createOrganization(testDb(), { nameEn: `${marker} Partner`, slug: `${marker.toLowerCase()}-partner`, countryCode: "TJ" });
    const sector = await createAgreementSector(testDb(), { forumId: forum.id });
    await createAgreement(testDb(), {
      forumId: forum.id,
      sectorId: sector.id,
      titleEn: `${marker} secret deal`,
      summaryEn: `${marker} summary`,
      valueMinor: 777_123_456_789n,
      visibility: "CONFIDENTIAL",
      parties: [{ organizationId: secretOrg.id, role: `${marker} role`, signatoryName: `${marker} Signer` }, { organizationId: partner.id, role: "B" }],
    });
    await createAgreement(testDb(), { forumId: forum.id, sectorId: sector.id, valueMinor: 500n, parties: [{ organizationId: orgs[0]!.id, role: "A" }, { organizationId: orgs[1]!.id, role: "B" }] });

    for (const filters of [{}, { sector: sector.slug }, { region: `CN-${marker}land` }, { region: "TJ" }]) {
      const board = await getSigningsBoard(forum.id, filters);
      expect(board.confidential).toBe(1);
      const text = JSON.stringify(boardToJson(board));
      expect(text).not.toContain(marker);
      expect(text.toLowerCase()).not.toContain(marker.toLowerCase());
      expect(text).not.toContain("777123456789");
      expect(text).not.toContain('"TJ"');
      const csv = signingsCsv(board);
      expect(csv).not.toContain(marker);
      expect(csv).not.toContain("7771234567");
    }
  });

  it("writes the public list as injection-safe CSV with exact values", async () => {
    const forum = await createForum(testDb());
    const org = await createOrganization(testDb(), { nameEn: "=HYPERLINK(\"http://evil\")", countryCode: "KZ", region: "Almaty" });
    await createAgreement(testDb(), {
      forumId: forum.id,
      titleEn: "+cmd|' /C calc'!A0",
      titleZh: "合作协议",
      valueMinor: 135_000_000_001n,
      parties: [{ organizationId: org.id, role: "Investor", signatoryName: "A. B.", signatoryTitle: "CEO" }, { organizationId: orgs[0]!.id, role: "Host" }],
    });
    const csv = signingsCsv(await getSigningsBoard(forum.id));
    expect(csv.startsWith("\uFEFFsigned_at,title,")).toBe(true);
    expect(csv).toContain("'+cmd");
    const parsed = parseCsv(csv);
    const [row] = parsed.records;
    expect(row?.cells).toEqual([
      "2025-07-10T09:30:00.000Z",
      "+cmd|' /C calc'!A0",
      "合作协议",
      expect.any(String),
      "1350000000.01",
      "CNY",
      `=HYPERLINK("http://evil") (Investor); ${orgs[0]!.nameEn} (Host)`,
      `KZ; ${regionKey("CN", "Tianjin")}`,
      "A. B., CEO; Signatory 2",
      "no",
    ]);
  });
});
