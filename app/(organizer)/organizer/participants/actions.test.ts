import { createTranslator } from "next-intl";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadMessages } from "@/lib/i18n/messages";
import { createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The actions and the export are public endpoints: these tests call them directly, as a crafted
// request would, with the signed-in user swapped for each role.
const caller: { user: CurrentUser | null } = { user: null };
const forbidden = () => new Error("NEXT_HTTP_ERROR_FALLBACK;403");
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw forbidden();
    return caller.user;
  },
  authorizeRequest: async (_request: Request, roles: readonly string[]) => {
    if (!caller.user) return { user: null, response: Response.json({ error: "Sign in first" }, { status: 401 }) };
    if (!roles.includes(caller.user.role)) return { user: null, response: Response.json({ error: "Not allowed" }, { status: 403 }) };
    return { user: caller.user, response: null };
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "forum.example.org" }) }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: loadMessages("en"), namespace: namespace as "participants" }),
}));

const { decideParticipantsAction } = await import("./actions");
const { previewImportAction, confirmImportAction } = await import("./import/actions");
const { GET: exportCsv } = await import("./export/route");

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

let forumId: string;
const savedSlug = process.env.FORUM_SLUG;
afterAll(() => {
  if (savedSlug === undefined) delete process.env.FORUM_SLUG;
  else process.env.FORUM_SLUG = savedSlug;
});
beforeEach(async () => {
  const forum = await createForum(testDb());
  forumId = forum.id;
  process.env.FORUM_SLUG = forum.slug;
  const organizer = await createUser(testDb(), { role: "ORGANIZER", name: "Olga Organizer" });
  caller.user = { id: organizer.id, email: organizer.email, name: organizer.name, role: "ORGANIZER", chairOf: [] };
});

const as = async (role: "CHAIR" | "STAFF" | "DELEGATE") => {
  const user = await createUser(testDb(), { role });
  caller.user = { id: user.id, email: user.email, name: user.name, role, chairOf: [] };
};

describe("decideParticipantsAction", () => {
  it("approves the selected participants and says how many", async () => {
    const [a, b] = [await createParticipant(testDb(), { forumId, status: "PENDING" }), await createParticipant(testDb(), { forumId, status: "PENDING" })];
    const answer = await decideParticipantsAction(null, form([["ids", a.id], ["ids", b.id], ["decision", "approve"], ["reason", ""]]));
    expect(answer).toEqual({ ok: true, message: "Approved 2 participants; each gets an e-mail." });
    const mail = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: a.email } });
    expect(mail.text).toContain("http://forum.example.org/me");
  });

  it("tells what it left alone", async () => {
    const approved = await createParticipant(testDb(), { forumId, status: "APPROVED" });
    const cancelled = await createParticipant(testDb(), { forumId, status: "CANCELLED" });
    const elsewhere = await createParticipant(testDb(), { status: "PENDING" });
    const answer = await decideParticipantsAction(null, form([["ids", approved.id], ["ids", cancelled.id], ["ids", elsewhere.id], ["decision", "approve"]]));
    expect(answer).toEqual({ ok: false, message: "1 was already decided that way. 1 cancelled registration was left alone. 1 participant no longer exists." });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("PENDING");
  });

  it("answers a bad request with a message, never an error page", async () => {
    const p = await createParticipant(testDb(), { forumId, status: "PENDING" });
    expect(await decideParticipantsAction(null, form([["decision", "approve"]]))).toEqual({ ok: false, message: "Select at least one participant first." });
    expect(await decideParticipantsAction(null, form([["ids", "x'; drop table"], ["decision", "approve"]]))).toMatchObject({ ok: false });
    expect(await decideParticipantsAction(null, form([["ids", p.id], ["decision", "delete"]]))).toMatchObject({ ok: false });
    expect(await decideParticipantsAction(null, form([["ids", p.id], ["decision", "reject"], ["reason", "x".repeat(501)]]))).toEqual({ ok: false, message: "At most 500 characters" });
    const withFile = form([["ids", p.id], ["decision", "reject"]]);
    withFile.append("reason", new Blob(["not text"]), "reason.txt");
    expect(await decideParticipantsAction(null, withFile)).toMatchObject({ ok: false });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PENDING");
  });

  it("refuses chairs, staff and delegates, and changes nothing", async () => {
    const p = await createParticipant(testDb(), { forumId, status: "PENDING" });
    for (const role of ["CHAIR", "STAFF", "DELEGATE"] as const) {
      await as(role);
      await expect(decideParticipantsAction(null, form([["ids", p.id], ["decision", "approve"]]))).rejects.toThrow(/403/);
    }
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PENDING");
    expect(await testDb().outboxMessage.count({ where: { toEmail: p.email } })).toBe(0);
  });
});

describe("the import actions", () => {
  const csv = "email,full_name,category,country\nnew@example.org,New Person,MEDIA,KZ\n";

  it("previews, then imports the same text", async () => {
    const answer = await previewImportAction({ text: csv });
    if (answer.kind !== "preview") throw new Error(`expected a preview, got ${answer.kind}`);
    expect(answer.preview.counts.create).toBe(1);
    expect(await testDb().participant.count({ where: { forumId } })).toBe(0);
    expect(await confirmImportAction({ text: csv, digest: answer.preview.digest })).toEqual({ kind: "done", counts: { create: 1, update: 0, unchanged: 0, invalid: 0 } });
    expect(await testDb().participant.count({ where: { forumId, email: "new@example.org", userId: null } })).toBe(1);
  });

  it("refuses to import other text than the previewed one, and fields it does not know", async () => {
    const answer = await previewImportAction({ text: csv });
    if (answer.kind !== "preview") throw new Error("expected a preview");
    const other = `${csv}evil@example.org,Evil,MEDIA,KZ\n`;
    expect(await confirmImportAction({ text: other, digest: answer.preview.digest })).toMatchObject({ kind: "stale" });
    expect(await confirmImportAction({ text: csv, digest: answer.preview.digest, status: "APPROVED" })).toMatchObject({ kind: "error" });
    expect(await previewImportAction({ text: 42 })).toMatchObject({ kind: "error" });
    expect(await testDb().participant.count({ where: { forumId } })).toBe(0);
  });

  it("refuses chairs and staff", async () => {
    for (const role of ["CHAIR", "STAFF"] as const) {
      await as(role);
      await expect(previewImportAction({ text: csv })).rejects.toThrow(/403/);
      await expect(confirmImportAction({ text: csv, digest: "x" })).rejects.toThrow(/403/);
    }
  });
});

describe("the CSV export", () => {
  it("sends the filtered list as a UTF-8 file with BOM, named with the date, and audits the export", async () => {
    await createParticipant(testDb(), { forumId, fullName: "王芳", status: "PENDING", email: "wang@x.org" });
    await createParticipant(testDb(), { forumId, fullName: "Ali", status: "APPROVED", email: "ali@x.org" });
    const response = await exportCsv(new Request("http://forum.example.org/organizer/participants/export?status=PENDING&after=zzz"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="participants-forum[a-z0-9]+-2025-test-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("wang@x.org,王芳,");
    expect(text).not.toContain("ali@x.org");
    expect(await testDb().auditEntry.findFirstOrThrow({ where: { forumId, action: "participants.exported" } })).toMatchObject({ actorId: caller.user?.id, data: { filters: { status: "PENDING" } } });
  });

  it("answers 403 to chairs and staff, and 401 to anonymous callers", async () => {
    for (const role of ["CHAIR", "STAFF"] as const) {
      await as(role);
      expect((await exportCsv(new Request("http://forum.example.org/organizer/participants/export"))).status).toBe(403);
    }
    caller.user = null;
    expect((await exportCsv(new Request("http://forum.example.org/organizer/participants/export"))).status).toBe(401);
  });
});
