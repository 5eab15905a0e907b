import { describe, expect, it } from "vitest";
import { createDelegation, createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { participantsCsvStream } from "./export";
import { applyImport, previewImport } from "./import";
import { IMPORT_COLUMNS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "./import-schema";
import { listParticipants } from "./queries";
import { participantSearchPattern } from "./search-text";

const HEADER = "email,full_name,latin_name,category,organization,job_title,country,delegation,preferred_language,status";

async function setUp() {
  const forum = await createForum(testDb());
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  const kz = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ", name: "Delegation of Kazakhstan" });
  return { forum, organizer, kz };
}

const GOOD = [
  HEADER,
  "aigerim@example.kz,Айгерим Сапарова,Aigerim Saparova,business,Astana Digital Solutions LLP,Head of International Business,KZ,Delegation of Kazakhstan,ru,",
  "wang.fang@example.cn,王芳,Wang Fang,GOVERNMENT,天津市商务局,处长,cn,,zh,APPROVED",
  '"nunez@example.es","José Núñez",,Think tank,"Instituto ""Digital""",Analyst,Spain,,,',
].join("\r\n");

async function importAll(forumId: string, actorId: string, text: string) {
  const plan = await previewImport(forumId, text);
  return { plan, result: await applyImport({ id: actorId }, forumId, text, plan.digest) };
}

describe("previewing a CSV import", () => {
  it("says what would be created, and writes nothing", async () => {
    const { forum } = await setUp();
    const plan = await previewImport(forum.id, GOOD);
    expect(plan.fileErrors).toEqual([]);
    expect(plan.rowErrors).toEqual([]);
    expect(plan.counts).toEqual({ create: 3, update: 0, unchanged: 0, invalid: 0 });
    expect(plan.rows.map((r) => [r.line, r.email, r.action])).toEqual([
      [2, "aigerim@example.kz", "create"],
      [3, "wang.fang@example.cn", "create"],
      [4, "nunez@example.es", "create"],
    ]);
    expect(await testDb().participant.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("reports each bad cell with its line and column", async () => {
    const { forum } = await setUp();
    const text = [
      HEADER,
      "not-an-email,Ann,,BUSINESS,,,KZ,,,",
      "b@example.org,,,ASTRONAUT,,,XX,,klingon,",
      "c@example.org,Чжан Вэй,Чжан,BUSINESS,,,CN,,,DECLINED",
      "d@example.org,Dana,,BUSINESS,,,CN,Delegation of Kazakhstan,,",
      "e@example.org,Eve,,BUSINESS,,,KZ,No such delegation,,",
      "A@example.org,Ann,,BUSINESS,,,KZ,,,",
      "a@EXAMPLE.org,Ann again,,BUSINESS,,,KZ,,,",
    ].join("\n");
    const plan = await previewImport(forum.id, text);
    expect(plan.rowErrors.map((e) => [e.line, e.column])).toEqual([
      [2, "email"],
      [3, "full_name"],
      [3, "category"],
      [3, "country"],
      [3, "preferred_language"],
      [4, "latin_name"],
      [4, "status"],
      [5, "delegation"],
      [6, "delegation"],
      [8, "email"],
    ]);
    expect(plan.rowErrors.find((e) => e.line === 8)?.message).toMatch(/line 7/);
    expect(plan.counts).toMatchObject({ create: 1, invalid: 6 });
  });

  it("refuses a file without the required columns, or too large, or too long", async () => {
    const { forum } = await setUp();
    expect((await previewImport(forum.id, "name,mail\nAnn,a@x.org")).fileErrors[0]).toMatch(/email, full_name, category, country/);
    expect((await previewImport(forum.id, "")).fileErrors).toEqual(["The file is empty."]);
    expect((await previewImport(forum.id, HEADER)).fileErrors).toEqual(["The file has a header but no rows."]);
    expect((await previewImport(forum.id, HEADER + "\n" + "x".repeat(IMPORT_MAX_BYTES))).fileErrors[0]).toMatch(/limit is 5 MB/);
    const long = [HEADER, ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `p${i}@x.org,P,,OTHER,,,CN,,,`)].join("\n");
    expect((await previewImport(forum.id, long)).fileErrors[0]).toMatch(/more than 20,000 rows/);
  });

  it("accepts semicolons, a byte-order mark, header names in any case, and warns about unknown columns", async () => {
    const { forum } = await setUp();
    const plan = await previewImport(forum.id, "\uFEFFEmail;Full Name;Category;Country;Badge\nann@x.org;Ann;media;KZ;123\n");
    expect(plan.fileErrors).toEqual([]);
    expect(plan.warnings).toEqual(["These columns are not imported: badge."]);
    expect(plan.counts.create).toBe(1);
  });
});

describe("confirming a CSV import", () => {
  it("creates the participants with badge codes, calendar tokens, search text, consent time and an audit entry, and no account", async () => {
    const { forum, organizer, kz } = await setUp();
    const now = new Date("2025-06-20T10:00:00Z");
    const plan = await previewImport(forum.id, GOOD);
    expect(await applyImport(organizer, forum.id, GOOD, plan.digest, now)).toEqual({ ok: true, counts: { create: 3, update: 0, unchanged: 0, invalid: 0 } });
    const aigerim = await testDb().participant.findFirstOrThrow({ where: { forumId: forum.id, email: "aigerim@example.kz" } });
    expect(aigerim).toMatchObject({
      fullName: "Айгерим Сапарова",
      latinName: "Aigerim Saparova",
      category: "BUSINESS",
      status: "PENDING",
      countryCode: "KZ",
      delegationId: kz.id,
      preferredLocale: "RU",
      userId: null,
      consentDataAt: now,
      badgeCode: expect.stringMatching(/^[A-Z2-7]{16}$/),
      calendarKey: expect.any(String),
    });
    expect(aigerim.searchText).toContain("сапарова");
    const wang = await testDb().participant.findFirstOrThrow({ where: { forumId: forum.id, email: "wang.fang@example.cn" } });
    expect(wang).toMatchObject({ status: "APPROVED", decidedAt: now, delegationId: null, preferredLocale: "ZH" });
    const nunez = await testDb().participant.findFirstOrThrow({ where: { forumId: forum.id, email: "nunez@example.es" } });
    expect(nunez).toMatchObject({ category: "THINK_TANK", countryCode: "ES", organizationName: 'Instituto "Digital"', preferredLocale: "EN" });
    expect(await testDb().auditEntry.count({ where: { entityId: aigerim.id, action: "participant.imported", actorId: organizer.id } })).toBe(1);
    expect((await listParticipants(forum.id, { q: "núñez" })).rows.map((r) => r.email)).toEqual(["nunez@example.es"]);
  });

  it("changes nothing and creates nothing when the same file is imported again", async () => {
    const { forum, organizer } = await setUp();
    await importAll(forum.id, organizer.id, GOOD);
    const before = await testDb().participant.findMany({ where: { forumId: forum.id }, orderBy: { email: "asc" } });
    const again = await importAll(forum.id, organizer.id, GOOD);
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 });
    expect(again.result).toEqual({ ok: true, counts: { create: 0, update: 0, unchanged: 3, invalid: 0 } });
    expect(await testDb().participant.findMany({ where: { forumId: forum.id }, orderBy: { email: "asc" } })).toEqual(before);
    expect(await testDb().auditEntry.count({ where: { forumId: forum.id, action: { startsWith: "participant.import" } } })).toBe(3);
  });

  it("updates what changed for e-mails it knows, leaves absent columns and the status alone, and audits the changes", async () => {
    const { forum, organizer } = await setUp();
    const existing = await createParticipant(testDb(), { forumId: forum.id, email: "li@example.cn", fullName: "李娜", jobTitle: "Director", status: "REJECTED", countryCode: "CN" });
    const text = "email,full_name,category,country,status\nli@example.cn,李娜娜,BUSINESS,CN,APPROVED\n";
    const { plan, result } = await importAll(forum.id, organizer.id, text);
    expect(plan.rows[0]).toMatchObject({ action: "update", changes: [{ field: "fullName", from: "李娜", to: "李娜娜" }], notes: [expect.stringMatching(/Status stays REJECTED/)] });
    expect(result.ok).toBe(true);
    const after = await testDb().participant.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ fullName: "李娜娜", jobTitle: "Director", status: "REJECTED", consentDataAt: existing.consentDataAt });
    expect(after.searchText).toContain(participantSearchPattern("李娜娜"));
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: existing.id } });
    expect(audit).toMatchObject({ action: "participant.import-updated", actorId: organizer.id });
  });

  it("writes nothing at all when one row is bad", async () => {
    const { forum, organizer } = await setUp();
    const text = `${GOOD}\r\nbroken,,,,,,,,,`;
    const plan = await previewImport(forum.id, text);
    const result = await applyImport(organizer, forum.id, text, plan.digest);
    expect(result).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await testDb().participant.count({ where: { forumId: forum.id } })).toBe(0);
    expect(await testDb().auditEntry.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("writes nothing when the data changed since the preview", async () => {
    const { forum, organizer } = await setUp();
    const plan = await previewImport(forum.id, GOOD);
    // Someone registers one of the file's addresses between the preview and the confirmation.
    await createParticipant(testDb(), { forumId: forum.id, email: "nunez@example.es", fullName: "José Núñez" });
    expect(await applyImport(organizer, forum.id, GOOD, plan.digest)).toMatchObject({ ok: false, reason: "STALE" });
    expect(await testDb().participant.count({ where: { forumId: forum.id } })).toBe(1);
    // A digest that was never previewed is refused the same way.
    expect(await applyImport(organizer, forum.id, GOOD, "made-up")).toMatchObject({ ok: false, reason: "STALE" });
  });

  it("reads back its own export with every row unchanged", async () => {
    const { forum, organizer } = await setUp();
    await importAll(forum.id, organizer.id, GOOD);
    await createParticipant(testDb(), { forumId: forum.id, fullName: "=HYPERLINK(\"x\")", organizationName: "-Minus Corp", latinName: null });
    const exported = await new Response(participantsCsvStream(forum.id, {})).text();
    const plan = await previewImport(forum.id, exported);
    expect(plan.rowErrors).toEqual([]);
    expect(plan.warnings).toEqual(["These columns are not imported: rejection_reason, registered_at, email_confirmed_at, checked_in_at."]);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 4, invalid: 0 });
  });
});

describe("the CSV export", () => {
  it("writes a BOM, the import's columns first, neutralised formulas, and follows the filters", async () => {
    const { forum } = await setUp();
    await createParticipant(testDb(), { forumId: forum.id, fullName: "=cmd|' /C calc'!A0", status: "PENDING", email: "evil@x.org" });
    await createParticipant(testDb(), { forumId: forum.id, fullName: "王芳", status: "APPROVED", email: "wang@x.org" });
    const bytes = new Uint8Array(await new Response(participantsCsvStream(forum.id, { status: "PENDING" })).arrayBuffer());
    // Response.text() would drop the byte-order mark: look at the bytes.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF" + IMPORT_COLUMNS.join(",") + ",")).toBe(true);
    expect(text).toContain("evil@x.org,'=cmd|' /C calc'!A0,");
    expect(text).not.toContain("wang@x.org");
    expect(text.endsWith("\r\n")).toBe(true);
    const all = await new Response(participantsCsvStream(forum.id, {})).text();
    expect(all.split("\r\n").filter(Boolean)).toHaveLength(3);
  });
});
