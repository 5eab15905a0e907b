import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPublishedProgram } from "@/lib/program/published";
import { createAgreement, createForum, createOrganization, createPerson, createProgramSession, createSessionRole, publishForTests } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { findPublicOrganization, getPublishedShowcase, listPublicAgreementsOf, presentedAt } from "./public";

beforeEach(() => {
  vi.unstubAllEnvs();
});

describe("an organization's public page data", () => {
  it("lists only signed public agreements, never a confidential, planned or cancelled one", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const org = await createOrganization(db, { nameEn: "Tianjin Health Data Co." });
    const partner = await createOrganization(db, { nameEn: "Astana Clinics LLP" });
    const parties = [
      { organizationId: org.id, role: "Provider" },
      { organizationId: partner.id, role: "Client" },
    ];
    await createAgreement(db, { forumId: forum.id, titleEn: "Regional health platform", valueMinor: 12_345_600n, parties });
    await createAgreement(db, { forumId: forum.id, titleEn: "SECRET hospital deal", visibility: "CONFIDENTIAL", parties });
    await createAgreement(db, { forumId: forum.id, titleEn: "PLANNED telemedicine", status: "PLANNED", signedAt: null, parties });
    await createAgreement(db, { forumId: forum.id, titleEn: "CANCELLED pharmacy", status: "CANCELLED", parties });

    const listed = await listPublicAgreementsOf(org.id);
    expect(listed.map((a) => a.titleEn)).toEqual(["Regional health platform"]);
    expect(listed[0]).toMatchObject({ valueMinor: 12_345_600n, currency: "CNY", role: "Provider" });
    expect(listed[0]?.otherParties.map((p) => p.organization.nameEn)).toEqual(["Astana Clinics LLP"]);
    // Nothing about the others anywhere in what the page receives.
    const payload = JSON.stringify(listed, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    for (const hidden of ["SECRET", "PLANNED", "CANCELLED"]) expect(payload).not.toContain(hidden);
    expect((await listPublicAgreementsOf(partner.id)).map((a) => a.titleEn)).toEqual(["Regional health platform"]);
  });

  it("finds an organization by slug, leads a merged-away slug to the one kept, and knows nothing else", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const org = await createOrganization(db);
    const partner = await createOrganization(db);
    await createAgreement(db, { forumId: forum.id, parties: [{ organizationId: org.id, role: "Buyer" }, { organizationId: partner.id, role: "Seller" }] });
    await db.organizationAlias.create({ data: { slug: "old-duplicate-slug", organizationId: org.id } });
    expect(await findPublicOrganization(org.slug)).toMatchObject({ kind: "found", organization: { id: org.id } });
    expect(await findPublicOrganization("old-duplicate-slug")).toEqual({ kind: "moved", slug: org.slug });
    expect(await findPublicOrganization("no-such-organization")).toBeNull();
    expect(await findPublicOrganization("../../etc")).toBeNull();
  });

  it("gives no page to an organization that only a confidential agreement names, nor leads an old slug to it", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const secret = await createOrganization(db, { nameEn: "Hidden Reserve Co." });
    const host = await createOrganization(db);
    await createAgreement(db, { forumId: forum.id, visibility: "CONFIDENTIAL", parties: [{ organizationId: secret.id, role: "Operator" }, { organizationId: host.id, role: "Host" }] });
    await db.organizationAlias.create({ data: { slug: `old-${secret.slug}`, organizationId: secret.id } });
    expect(await findPublicOrganization(secret.slug)).toBeNull();
    expect(await findPublicOrganization(`old-${secret.slug}`)).toBeNull();
    // A published showcase gives it a page.
    await db.showcaseProfile.create({ data: { forumId: forum.id, organizationId: secret.id, headlineEn: "On show", published: true } });
    expect(await findPublicOrganization(secret.slug)).toMatchObject({ kind: "found" });
  });

  it("shows the showcase only once it is published, with its sessions", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const org = await createOrganization(db);
    const session = await createProgramSession(db, { forumId: forum.id, type: "SHOWCASE" });
    const profile = await db.showcaseProfile.create({ data: { forumId: forum.id, organizationId: org.id, headlineEn: "Smart ports", sessions: { create: [{ sessionId: session.id, position: 1 }] } } });
    expect(await getPublishedShowcase(org.id, forum.id)).toBeNull();
    await db.showcaseProfile.update({ where: { id: profile.id }, data: { published: true } });
    expect(await getPublishedShowcase(org.id, forum.id)).toMatchObject({ headlineEn: "Smart ports", sessions: [{ sessionId: session.id }] });
  });

  it("lists the sessions a showcase is presented at as published, never as drafted since nor one not published", async () => {
    const db = testDb();
    const forum = await createForum(db);
    vi.stubEnv("FORUM_SLUG", forum.slug);
    const org = await createOrganization(db);
    const session = await createProgramSession(db, { forumId: forum.id, type: "SHOWCASE", titleEn: "Tianjin SOE showcase", titleZh: "天津国企展示", startsAt: new Date("2025-07-10T06:00:00Z") });
    await publishForTests(db, forum.id);
    const unpublished = await createProgramSession(db, { forumId: forum.id, type: "SHOWCASE", titleEn: "Draft showcase" });
    await db.showcaseProfile.create({
      data: { forumId: forum.id, organizationId: org.id, headlineEn: "Smart ports", published: true, sessions: { create: [{ sessionId: unpublished.id, position: 1 }, { sessionId: session.id, position: 2 }] } },
    });
    // A draft retitle, in every language, and a move.
    await db.programSession.update({ where: { id: session.id }, data: { titleEn: "DRAFT title", titleZh: "草稿", slug: "draft-slug", startsAt: new Date("2025-07-11T08:00:00Z"), endsAt: new Date("2025-07-11T09:00:00Z") } });

    const showcase = await getPublishedShowcase(org.id, forum.id);
    const listed = presentedAt(showcase?.sessions.map((s) => s.sessionId) ?? [], (await getPublishedProgram(forum.id))?.snapshot);
    expect(listed.map((s) => ({ id: s.id, slug: s.slug, titleEn: s.titleEn, titleZh: s.titleZh, startsAt: s.startsAt }))).toEqual([
      { id: session.id, slug: session.slug, titleEn: "Tianjin SOE showcase", titleZh: "天津国企展示", startsAt: "2025-07-10T06:00:00.000Z" },
    ]);
  });

  it("gives a page to a speaker's organization once the session is published, not while it is a draft", async () => {
    const db = testDb();
    const forum = await createForum(db);
    vi.stubEnv("FORUM_SLUG", forum.slug);
    await createProgramSession(db, { forumId: forum.id });
    await publishForTests(db, forum.id);
    const org = await createOrganization(db, { nameEn: "Kazakh Data Institute" });
    const speaker = await createPerson(db, { organizationId: org.id });
    const draft = await createProgramSession(db, { forumId: forum.id, titleEn: "Unpublished panel" });
    await createSessionRole(db, { sessionId: draft.id, personId: speaker.id, role: "SPEAKER" });
    await db.organizationAlias.create({ data: { slug: `old-${org.slug}`, organizationId: org.id } });
    expect(await findPublicOrganization(org.slug)).toBeNull();
    expect(await findPublicOrganization(`old-${org.slug}`)).toBeNull();

    await publishForTests(db, forum.id);
    expect(await findPublicOrganization(org.slug)).toMatchObject({ kind: "found", organization: { id: org.id } });
    expect(await findPublicOrganization(`old-${org.slug}`)).toEqual({ kind: "moved", slug: org.slug });

    // Taken off the stage in the working copy: the page stays until that is published.
    await db.sessionRole.deleteMany({ where: { sessionId: draft.id } });
    expect(await findPublicOrganization(org.slug)).toMatchObject({ kind: "found" });
    await publishForTests(db, forum.id);
    expect(await findPublicOrganization(org.slug)).toBeNull();
  });
});
