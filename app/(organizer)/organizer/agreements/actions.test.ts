import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createAgreement, createAgreementSector, createForum, createOrganization, createProgramSession, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The actions and the export are public endpoints: these tests call them directly, as a crafted
// request would, with the signed-in user swapped for each role.
const caller: { user: CurrentUser | null } = { user: null };
const expired: string[] = [];
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return caller.user;
  },
  authorizeRequest: async (_request: Request, roles: readonly string[]) => {
    if (!caller.user) return { user: null, response: Response.json({ error: "Sign in first" }, { status: 401 }) };
    if (!roles.includes(caller.user.role)) return { user: null, response: Response.json({ error: "Not allowed" }, { status: 403 }) };
    return { user: caller.user, response: null };
  },
}));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => expired.push(`path:${path}`),
  revalidateTag: () => {},
  updateTag: (tag: string) => expired.push(`tag:${tag}`),
  unstable_cache: <T>(fn: T) => fn,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const { createAgreementAction, updateAgreementAction, cancelAgreementAction } = await import("./actions");
const { markSignedAction, reorderRunSheetAction } = await import("./run-sheet/actions");
const { deleteSectorAction } = await import("./sectors/actions");
const { previewAgreementImportAction, confirmAgreementImportAction } = await import("./import/actions");
const { GET: exportCsv } = await import("./export/route");

let world: Awaited<ReturnType<typeof setUp>>;
const savedSlug = process.env.FORUM_SLUG;
afterAll(() => {
  if (savedSlug === undefined) delete process.env.FORUM_SLUG;
  else process.env.FORUM_SLUG = savedSlug;
});

async function setUp() {
  const forum = await createForum(testDb());
  process.env.FORUM_SLUG = forum.slug;
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  caller.user = { id: organizer.id, email: organizer.email, name: organizer.name, role: "ORGANIZER", chairOf: [] };
  const sector = await createAgreementSector(testDb(), { forumId: forum.id });
  const ceremony = await createProgramSession(testDb(), { forumId: forum.id, type: "SIGNING" });
  const orgs = [await createOrganization(testDb()), await createOrganization(testDb())] as const;
  return { forum, organizer, sector, ceremony, orgs };
}
beforeEach(async () => {
  expired.length = 0;
  world = await setUp();
});

const as = async (role: "CHAIR" | "STAFF" | "DELEGATE") => {
  const user = await createUser(testDb(), { role });
  caller.user = { id: user.id, email: user.email, name: user.name, role, chairOf: [] };
};

const values = (overrides: Record<string, unknown> = {}) => ({
  titleEn: "Smart Grid Pilot",
  sectorId: world.sector.id,
  value: "1,000,000.00",
  currency: "CNY",
  status: "PLANNED",
  visibility: "PUBLIC",
  signingSessionId: world.ceremony.id,
  parties: world.orgs.map((o, i) => ({ organizationId: o.id, role: `Party ${i + 1}`, signatoryName: `Signatory ${i + 1}`, signatoryTitle: "" })),
  ...overrides,
});

describe("agreement actions", () => {
  it("creates an agreement and expires the public board and the console", async () => {
    const result = await createAgreementAction(values());
    expect(result).toMatchObject({ ok: true, value: { id: expect.any(String) } });
    expect(expired).toEqual(["tag:signings-board", "path:/signings", "path:/organizer"]);
  });

  it("answers bad input with field errors, never an error page", async () => {
    expect(await createAgreementAction(values({ parties: values().parties.slice(0, 1) }))).toEqual({ ok: false, fieldErrors: { parties: "An agreement has at least two parties" } });
    expect(await createAgreementAction(values({ currency: "ABC", value: "-3" }))).toMatchObject({ ok: false, fieldErrors: { currency: expect.stringContaining("Unknown currency") } });
    expect(await createAgreementAction(values({ status: "SIGNED" }))).toMatchObject({ ok: false, fieldErrors: { signedAt: "A signed agreement needs the time of signing" } });
    expect(await createAgreementAction("garbage")).toMatchObject({ ok: false });
    expect(await createAgreementAction(values({ forumId: "elsewhere" }))).toMatchObject({ ok: false, formError: "The form sent fields it does not have." });
    expect(await updateAgreementAction({ id: "nosuchagreement", version: new Date().toISOString(), values: values({ value: "1.001" }) })).toEqual({ ok: false, fieldErrors: { value: "CNY has at most 2 decimals" } });
    expect(await updateAgreementAction({ id: "nosuchagreement", version: new Date().toISOString(), values: values() })).toMatchObject({ ok: false, formError: expect.stringContaining("no longer exists") });
    expect(expired).toEqual([]);
    expect(await testDb().agreement.count({ where: { forumId: world.forum.id } })).toBe(0);
  });

  it("refuses chairs, staff and delegates", async () => {
    const a = await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id, status: "PLANNED", signedAt: null });
    for (const role of ["CHAIR", "STAFF", "DELEGATE"] as const) {
      await as(role);
      await expect(createAgreementAction(values())).rejects.toThrow("403");
      await expect(cancelAgreementAction({ id: a.id })).rejects.toThrow("403");
      await expect(markSignedAction({ id: a.id })).rejects.toThrow("403");
      await expect(reorderRunSheetAction({ sessionId: world.ceremony.id, orderedIds: [] })).rejects.toThrow("403");
      await expect(deleteSectorAction({ id: world.sector.id })).rejects.toThrow("403");
      await expect(previewAgreementImportAction({ text: "x" })).rejects.toThrow("403");
      expect((await exportCsv(new Request("http://forum.example.org/organizer/agreements/export"))).status).toBe(403);
    }
    expect((await testDb().agreement.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PLANNED");
  });
});

describe("run-sheet actions", () => {
  it("marks signed once; the second click says when it was signed", async () => {
    const a = await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id, signingSessionId: world.ceremony.id, slot: 1, status: "PLANNED", signedAt: null });
    expect(await markSignedAction({ id: a.id })).toMatchObject({ ok: true });
    expect(expired).toContain("tag:signings-board");
    expect(await markSignedAction({ id: a.id })).toMatchObject({ ok: false, formError: expect.stringMatching(/^Already signed at \d/) });
  });

  it("refuses an order that does not match the run sheet", async () => {
    const a = await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id, signingSessionId: world.ceremony.id, slot: 1 });
    const b = await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id, signingSessionId: world.ceremony.id, slot: 2 });
    expect(await reorderRunSheetAction({ sessionId: world.ceremony.id, orderedIds: [b.id] })).toMatchObject({ ok: false, formError: expect.stringContaining("changed meanwhile") });
    expect(await reorderRunSheetAction({ sessionId: world.ceremony.id, orderedIds: [b.id, a.id] })).toEqual({ ok: true });
  });
});

describe("sectors, export and import", () => {
  it("refuses to delete a sector in use, saying how many agreements use it", async () => {
    await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id });
    expect(await deleteSectorAction({ id: world.sector.id })).toEqual({ ok: false, fieldErrors: {}, formError: "1 agreement is filed under this sector: move it to another sector first." });
  });

  it("exports the filtered list with confidential agreements for organizers, and records who took it", async () => {
    await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id, titleEn: "Secret deal", visibility: "CONFIDENTIAL" });
    await createAgreement(testDb(), { forumId: world.forum.id, sectorId: world.sector.id, titleEn: "Open deal", status: "PLANNED", signedAt: null });
    const response = await exportCsv(new Request("http://forum.example.org/organizer/agreements/export?status=SIGNED"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    expect(text).toContain("Secret deal");
    expect(text).not.toContain("Open deal");
    expect(await testDb().auditEntry.count({ where: { forumId: world.forum.id, action: "agreements.exported" } })).toBe(1);
  });

  it("previews and confirms an import, then expires the board", async () => {
    const sector = await testDb().agreementSector.findUniqueOrThrow({ where: { id: world.sector.id } });
    const csv = `title_en,sector,value,parties\nImported deal,${sector.slug},250000,"${world.orgs[0].slug} | A | X |\n${world.orgs[1].slug} | B | Y |"\n`;
    const preview = await previewAgreementImportAction({ text: csv });
    if (preview.kind !== "preview") throw new Error(preview.kind);
    expect(preview.plan.counts).toMatchObject({ create: 1 });
    expect(await confirmAgreementImportAction({ text: csv, digest: "stale" })).toMatchObject({ kind: "stale" });
    expect(await confirmAgreementImportAction({ text: csv, digest: preview.plan.digest })).toEqual({ kind: "done", counts: { create: 1, update: 0, unchanged: 0, invalid: 0 } });
    expect(expired).toContain("tag:signings-board");
  });
});
