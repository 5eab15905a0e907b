import { describe, expect, it } from "vitest";
import { createAgreement, createForum, createOrganization as makeOrganization, createParticipant, createPerson, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { createOrganization as tryCreateOrganization, mergeOrganizations, updateOrganization } from "./organizations";
import { fillMissingOrganizationSearchText } from "./backfill";
import { findMergeCandidates, listOrganizations, previewMerge } from "./queries";
import { organizationSchema, type OrganizationInput } from "./schemas";
import { organizationSearchText } from "./search-text";

const values = (over: Partial<OrganizationInput> = {}) =>
  organizationSchema.parse({ nameEn: "Tianjin Haihe Robotics Co., Ltd.", kind: "COMPANY", countryCode: "CN", region: "Tianjin", ...over });

async function createOrganization(...args: Parameters<typeof tryCreateOrganization>) {
  const result = await tryCreateOrganization(...args);
  if (!result.ok) throw new Error(result.error);
  return result;
}

async function organizer() {
  return createUser(testDb(), { role: "ORGANIZER" });
}

describe("organization form", () => {
  it("requires the English name, a kind and a country, and accepts only http(s) websites", () => {
    const result = organizationSchema.safeParse({ nameEn: " ", kind: "BANK", countryCode: "XX", website: "javascript:alert(1)" });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [])).toEqual({
      nameEn: "Enter the name in English",
      kind: "Choose a kind",
      countryCode: "Choose a country from the list",
      website: "Enter a web address starting with https:// or http://",
    });
    expect(organizationSchema.safeParse({ nameEn: "A", kind: "MEDIA", countryCode: "cn", website: "ftp://example.org" }).success).toBe(false);
    expect(values({ website: "https://robotics.example.cn", nameZh: "  ", region: "" })).toMatchObject({ website: "https://robotics.example.cn", nameZh: null, region: null, countryCode: "CN" });
  });

  it("refuses fields the form does not have", () => {
    expect(organizationSchema.safeParse({ nameEn: "A", kind: "MEDIA", countryCode: "CN", searchText: "mine" }).success).toBe(false);
  });
});

describe("creating and editing organizations", () => {
  it("makes a unique slug from the English name, also past aliases, and fills the search text", async () => {
    const actor = await organizer();
    const first = await createOrganization(actor, values({ nameEn: "Zhongyuan Data Works", nameZh: "中原数据工场", nameRu: "Чжунъюань Дата", website: "https://www.zy-data.example.cn" }));
    expect(first.slug).toBe("zhongyuan-data-works");
    const kept = await makeOrganization(testDb());
    await testDb().organizationAlias.create({ data: { slug: "zhongyuan-data-works-2", organizationId: kept.id } });
    const second = await createOrganization(actor, values({ nameEn: "Zhongyuan Data Works" }));
    expect(second.slug).toBe("zhongyuan-data-works-3");
    const row = await testDb().organization.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.searchText).toContain("zhongyuan data works");
    expect(row.searchText).toContain(" 中 原 数 据 工 场");
    expect(row.searchText).toContain("чжунъюань");
    expect(row.searchText).toContain("zy data.example.cn");
    expect(await testDb().auditEntry.count({ where: { entityId: first.id, action: "organization.created", actorId: actor.id } })).toBe(1);
  });

  it("gives two organizations created at once with the same name two slugs", async () => {
    const actor = await organizer();
    const made = await Promise.all([1, 2, 3].map(() => createOrganization(actor, values({ nameEn: "Binhai Cloud" }))));
    expect(made.map((m) => m.slug).sort()).toEqual(["binhai-cloud", "binhai-cloud-2", "binhai-cloud-3"]);
  });

  it("updates names and search text but keeps the slug", async () => {
    const actor = await organizer();
    const { id, slug } = await createOrganization(actor, values({ nameEn: "Old Name Ltd." }));
    const result = await updateOrganization(actor, id, values({ nameEn: "New Name Ltd.", nameFr: "Nouvelle Société", region: "Henan" }));
    expect(result).toEqual({ ok: true, id, slug });
    const row = await testDb().organization.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ nameEn: "New Name Ltd.", region: "Henan", slug: "old-name-ltd" });
    expect(row.searchText).toContain("nouvelle societe");
    expect(await updateOrganization(actor, "c".repeat(25), values())).toEqual({ ok: false, error: "NOT_FOUND" });
  });
});

describe("an organization's address", () => {
  it("stays when the name changes, moves only to a typed one, and the old one becomes an alias that leads there", async () => {
    const actor = await organizer();
    const s = Date.now().toString(36);
    const { id, slug } = await createOrganization(actor, values({ nameEn: `Haihe Robotics ${s}` }));
    expect(await updateOrganization(actor, id, values({ nameEn: `Haihe Robotics Group ${s}`, slug: "" }))).toEqual({ ok: true, id, slug });
    expect(await updateOrganization(actor, id, values({ nameEn: `Haihe Robotics Group ${s}`, slug: `haihe-${s}` }))).toEqual({ ok: true, id, slug: `haihe-${s}` });
    expect(await testDb().organizationAlias.findMany({ where: { organizationId: id }, select: { slug: true } })).toEqual([{ slug }]);
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: id, action: "organization.updated" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toMatchObject({ slug: { from: slug, to: `haihe-${s}` } });

    // Changed back: the old address is the address again, and the other one leads to it.
    expect(await updateOrganization(actor, id, values({ nameEn: `Haihe Robotics Group ${s}`, slug }))).toEqual({ ok: true, id, slug });
    expect(await testDb().organizationAlias.findMany({ where: { organizationId: id }, select: { slug: true } })).toEqual([{ slug: `haihe-${s}` }]);
  });

  it("refuses another organization's address or old address, at the field, and changes nothing", async () => {
    const actor = await organizer();
    const s = Date.now().toString(36);
    const first = await createOrganization(actor, values({ nameEn: `Bohai Sensors ${s}` }));
    await updateOrganization(actor, first.id, values({ nameEn: `Bohai Sensors ${s}`, slug: `bohai-sensors-new-${s}` }));
    const second = await createOrganization(actor, values({ nameEn: `Other ${s}` }));
    expect(await updateOrganization(actor, second.id, values({ nameEn: `Other ${s}`, slug: first.slug }))).toEqual({ ok: false, error: "INVALID_SLUG", slug: "RETIRED" });
    expect(await updateOrganization(actor, second.id, values({ nameEn: `Other ${s}`, slug: `bohai-sensors-new-${s}` }))).toEqual({ ok: false, error: "INVALID_SLUG", slug: "TAKEN" });
    expect(await tryCreateOrganization(actor, values({ nameEn: `Bohai Sensors ${s}`, slug: first.slug }))).toEqual({ ok: false, error: "INVALID_SLUG", slug: "RETIRED" });
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: second.id } })).slug).toBe(second.slug);
    // Made from the name, a new organization's address skips the old one too.
    expect((await createOrganization(actor, values({ nameEn: `Bohai Sensors ${s}` }))).slug).toBe(`${first.slug}-2`);
  });
});

describe("searching organizations", () => {
  it("finds by a name in any language without case or accents, and filters by kind, country and region", async () => {
    const actor = await organizer();
    const tag = `q${Date.now().toString(36)}`;
    await createOrganization(actor, values({ nameEn: `Société Générale Numérique ${tag}`, kind: "COMPANY", countryCode: "FR", region: "Île-de-France" }));
    await createOrganization(actor, values({ nameEn: `Astana Hub ${tag}`, nameRu: "Астана Хаб", kind: "GOVERNMENT", countryCode: "KZ", region: "Astana" }));
    await createOrganization(actor, values({ nameEn: `Haihe Lab ${tag}`, nameZh: "海河实验室", kind: "UNIVERSITY", countryCode: "CN", region: "Tianjin" }));
    const names = async (q: Parameters<typeof listOrganizations>[0]) => (await listOrganizations(q)).rows.map((r) => r.nameEn.replace(` ${tag}`, ""));
    expect(await names({ q: `SOCIETE generale ${tag}` })).toEqual(["Société Générale Numérique"]);
    expect(await names({ q: "астана" })).toEqual(["Astana Hub"]);
    expect(await names({ q: "海河" })).toEqual(["Haihe Lab"]);
    expect(await names({ q: tag, kind: "UNIVERSITY" })).toEqual(["Haihe Lab"]);
    expect(await names({ q: tag, country: "KZ" })).toEqual(["Astana Hub"]);
    expect(await names({ q: tag, region: "Île-de-France" })).toEqual(["Société Générale Numérique"]);
    expect(await names({ q: `numerique ${tag} societe` })).toEqual(["Société Générale Numérique"]);
    expect(await names({ q: "100%_" })).toEqual([]);
  });

  it("fills the search text of organizations written without it, so search finds them", async () => {
    const old = await makeOrganization(testDb(), { nameEn: "Legacy Steppe Telecom JSC", nameRu: "АО «Степь Телеком»" });
    await testDb().organization.update({ where: { id: old.id }, data: { searchText: "" } });
    expect((await listOrganizations({ q: "степь телеком" })).rows).toEqual([]);
    expect(await fillMissingOrganizationSearchText(testDb())).toBeGreaterThanOrEqual(1);
    expect((await listOrganizations({ q: "степь телеком" })).rows.map((r) => r.id)).toEqual([old.id]);
    expect(await fillMissingOrganizationSearchText(testDb())).toBe(0);
  });

  it("pages through the list by name both ways, with counts of what points at each", async () => {
    const db = testDb();
    const region = `Region ${Date.now()}`;
    for (let i = 0; i < 7; i++) await makeOrganization(db, { nameEn: `Paged ${String.fromCharCode(65 + i)}`, region });
    const first = await listOrganizations({ region }, 3);
    expect(first.rows.map((r) => r.nameEn)).toEqual(["Paged A", "Paged B", "Paged C"]);
    expect(first).toMatchObject({ total: 7, previous: null });
    const second = await listOrganizations({ region, after: first.next ?? "" }, 3);
    expect(second.rows.map((r) => r.nameEn)).toEqual(["Paged D", "Paged E", "Paged F"]);
    const third = await listOrganizations({ region, after: second.next ?? "" }, 3);
    expect(third.rows.map((r) => r.nameEn)).toEqual(["Paged G"]);
    expect(third.next).toBeNull();
    const back = await listOrganizations({ region, before: third.previous ?? "" }, 3);
    expect(back.rows.map((r) => r.nameEn)).toEqual(["Paged D", "Paged E", "Paged F"]);
    expect((await listOrganizations({ region, after: "garbage" }, 3)).rows.map((r) => r.nameEn)).toEqual(["Paged A", "Paged B", "Paged C"]);

    const counted = await makeOrganization(db, { nameEn: "Counted", region: `${region} counted` });
    await createParticipant(db, { organizationId: counted.id });
    await createPerson(db, { organizationId: counted.id });
    const other = await makeOrganization(db);
    await createAgreement(db, { parties: [{ organizationId: counted.id, role: "Buyer" }, { organizationId: other.id, role: "Seller" }] });
    expect((await listOrganizations({ region: `${region} counted` })).rows[0]?._count).toEqual({ participants: 1, people: 1, parties: 1 });
  });
});

async function mergeSetUp() {
  const db = testDb();
  const actor = await organizer();
  const forum = await createForum(db);
  const keep = await makeOrganization(db, { nameEn: "Tianjin IoT Group", searchText: organizationSearchText({ nameEn: "Tianjin IoT Group" }) });
  const drop = await makeOrganization(db, { nameEn: "Tianjin I.o.T. Group (duplicate)", searchText: organizationSearchText({ nameEn: "Tianjin I.o.T. Group (duplicate)" }) });
  const third = await makeOrganization(db);
  return { db, actor, forum, keep, drop, third };
}

describe("merging duplicates", () => {
  it("moves participants, people, agreement parties, showcases and aliases to the one kept, then deletes the duplicate", async () => {
    const { db, actor, forum, keep, drop, third } = await mergeSetUp();
    const participant = await createParticipant(db, { forumId: forum.id, organizationId: drop.id });
    const person = await createPerson(db, { organizationId: drop.id });
    const agreement = await createAgreement(db, { forumId: forum.id, parties: [{ organizationId: drop.id, role: "Supplier" }, { organizationId: third.id, role: "Buyer" }] });
    const showcase = await db.showcaseProfile.create({ data: { forumId: forum.id, organizationId: drop.id, headlineEn: "Sensors" } });
    await db.organizationAlias.create({ data: { slug: `older-${drop.slug}`, organizationId: drop.id } });

    expect(await previewMerge(keep.id, drop.id)).toMatchObject({ moves: { participants: 1, people: 1, agreementParties: 1, showcases: 1, aliases: 1 }, conflicts: { agreements: [], forums: [] } });
    expect(await findMergeCandidates(keep.id, "duplicate")).toEqual([expect.objectContaining({ id: drop.id })]);

    const result = await mergeOrganizations(keep.id, drop.id, actor);
    expect(result).toEqual({ ok: true, id: keep.id, slug: keep.slug, moved: { participants: 1, people: 1, agreementParties: 1, showcases: 1, aliases: 1 } });
    expect(await db.organization.findUnique({ where: { id: drop.id } })).toBeNull();
    expect((await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).organizationId).toBe(keep.id);
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).organizationId).toBe(keep.id);
    expect((await db.agreementParty.findMany({ where: { agreementId: agreement.id }, orderBy: { position: "asc" } })).map((p) => p.organizationId)).toEqual([keep.id, third.id]);
    expect((await db.showcaseProfile.findUniqueOrThrow({ where: { id: showcase.id } })).organizationId).toBe(keep.id);
    expect((await db.organizationAlias.findMany({ where: { organizationId: keep.id }, orderBy: { slug: "asc" } })).map((a) => a.slug)).toEqual([drop.slug, `older-${drop.slug}`].sort());
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Organization", entityId: keep.id, action: "organization.merged" } });
    expect(audit).toMatchObject({ actorId: actor.id, data: { dropped: { id: drop.id, slug: drop.slug, nameEn: drop.nameEn } } });
  });

  it("refuses, naming the agreement, when both sign the same agreement, and changes nothing", async () => {
    const { db, actor, forum, keep, drop } = await mergeSetUp();
    const participant = await createParticipant(db, { forumId: forum.id, organizationId: drop.id });
    await createAgreement(db, { forumId: forum.id, titleEn: "Binhai computing corridor", parties: [{ organizationId: keep.id, role: "Investor" }, { organizationId: drop.id, role: "Operator" }] });
    expect(await mergeOrganizations(keep.id, drop.id, actor)).toEqual({ ok: false, error: "SHARED_AGREEMENT", agreement: "Binhai computing corridor" });
    expect(await previewMerge(keep.id, drop.id)).toMatchObject({ conflicts: { agreements: ["Binhai computing corridor"] } });
    expect(await db.organization.findUnique({ where: { id: drop.id } })).not.toBeNull();
    expect((await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).organizationId).toBe(drop.id);
    expect(await db.organizationAlias.count({ where: { organizationId: keep.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "organization.merged", entityId: keep.id } })).toBe(0);
  });

  it("refuses, naming the forum, when both have a showcase at the same forum, and changes nothing", async () => {
    const { db, actor, keep, drop } = await mergeSetUp();
    const forum = await createForum(db, { nameEn: "SCO Digital Economy Forum 2026" });
    await db.showcaseProfile.create({ data: { forumId: forum.id, organizationId: keep.id, headlineEn: "A" } });
    await db.showcaseProfile.create({ data: { forumId: forum.id, organizationId: drop.id, headlineEn: "B" } });
    const person = await createPerson(db, { organizationId: drop.id });
    expect(await mergeOrganizations(keep.id, drop.id, actor)).toEqual({ ok: false, error: "SHARED_SHOWCASE", forum: "SCO Digital Economy Forum 2026" });
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).organizationId).toBe(drop.id);
    expect(await db.showcaseProfile.count({ where: { organizationId: drop.id } })).toBe(1);
  });

  it("merges showcases of different forums, and refuses an unknown or identical organization", async () => {
    const { db, actor, keep, drop } = await mergeSetUp();
    await db.showcaseProfile.create({ data: { forumId: (await createForum(db)).id, organizationId: keep.id, headlineEn: "A" } });
    await db.showcaseProfile.create({ data: { forumId: (await createForum(db)).id, organizationId: drop.id, headlineEn: "B" } });
    expect(await mergeOrganizations(keep.id, keep.id, actor)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await mergeOrganizations(keep.id, "z".repeat(25), actor)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await mergeOrganizations(keep.id, drop.id, actor)).toMatchObject({ ok: true, moved: { showcases: 1 } });
    expect(await db.showcaseProfile.count({ where: { organizationId: keep.id } })).toBe(2);
    // Merged already: a second click finds nothing to merge.
    expect(await mergeOrganizations(keep.id, drop.id, actor)).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("rolls back everything when the last step fails", async () => {
    const { db, actor, keep, drop } = await mergeSetUp();
    const participant = await createParticipant(db, { organizationId: drop.id });
    // An alias already holding the duplicate's slug makes adding it fail after the moves.
    await db.organizationAlias.create({ data: { slug: drop.slug, organizationId: keep.id } });
    await expect(mergeOrganizations(keep.id, drop.id, actor)).rejects.toThrow();
    expect((await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).organizationId).toBe(drop.id);
    expect(await db.organization.findUnique({ where: { id: drop.id } })).not.toBeNull();
  });
});
