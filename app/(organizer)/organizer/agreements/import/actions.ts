"use server";
import { requireRole } from "@/app/_lib/guard";
import { type AgreementImportPlan, applyAgreementImport, previewAgreementImport } from "@/lib/agreements/csv";
import { agreementImportConfirmSchema, agreementImportTextSchema } from "@/lib/agreements/csv-schema";
import { getWorkingForum } from "@/lib/forum/queries";
import { expireAgreementPages } from "../_lib/answer";

// The CSV import in two calls. The page keeps the text in the browser and sends it again to
// confirm: the server parses it afresh and checks it still plans what the preview showed.

export type AgreementImportAnswer =
  | { kind: "preview"; plan: AgreementImportPlan }
  | { kind: "done"; counts: AgreementImportPlan["counts"] }
  | { kind: "stale" | "invalid"; plan: AgreementImportPlan }
  | { kind: "error"; message: string };

export async function previewAgreementImportAction(input: unknown): Promise<AgreementImportAnswer> {
  await requireRole("ADMIN", "ORGANIZER");
  const parsed = agreementImportTextSchema.safeParse(input);
  if (!parsed.success) return { kind: "error", message: parsed.error.issues[0]?.message ?? "Choose a file or paste CSV text" };
  const forum = await getWorkingForum();
  if (!forum) return { kind: "error", message: "There is no forum yet." };
  return { kind: "preview", plan: await previewAgreementImport(forum.id, parsed.data.text) };
}

export async function confirmAgreementImportAction(input: unknown): Promise<AgreementImportAnswer> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = agreementImportConfirmSchema.safeParse(input);
  if (!parsed.success) return { kind: "error", message: parsed.error.issues[0]?.message ?? "Preview the file first" };
  const forum = await getWorkingForum();
  if (!forum) return { kind: "error", message: "There is no forum yet." };
  const result = await applyAgreementImport(user, forum.id, parsed.data.text, parsed.data.digest);
  if (!result.ok) return { kind: result.reason === "STALE" ? "stale" : "invalid", plan: result.plan };
  if (result.counts.create + result.counts.update > 0) {
    expireAgreementPages();
  }
  return { kind: "done", counts: result.counts };
}
