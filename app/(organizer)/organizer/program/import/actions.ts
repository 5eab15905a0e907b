"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/app/_lib/guard";
import { getWorkingForum } from "@/lib/forum/queries";
import { applyProgramImport, previewProgramImport, type ProgramImportAnswer } from "@/lib/program/import/import";
import { programImportConfirmSchema, programImportSchema } from "@/lib/program/import/schema";

// The program import in two calls. The page keeps the file's text in the browser and sends it
// again to import: the server reads it afresh and checks it still plans what the preview showed
// (its digest). Nothing the browser worked out is trusted.

type ErrorCode = Extract<ProgramImportAnswer, { kind: "error" }>["code"];
const ERROR_CODES: readonly string[] = ["chooseFile", "emptyFile", "tooLarge"];
const errorCode = (message: string | undefined): ErrorCode => (message && ERROR_CODES.includes(message) ? (message as ErrorCode) : "invalidRequest");

export async function previewProgramImportAction(input: unknown): Promise<ProgramImportAnswer> {
  await requireRole("ADMIN", "ORGANIZER");
  const parsed = programImportSchema.safeParse(input);
  if (!parsed.success) return { kind: "error", code: errorCode(parsed.error.issues[0]?.message) };
  const forum = await getWorkingForum();
  if (!forum) return { kind: "error", code: "noForum" };
  return { kind: "preview", plan: await previewProgramImport(forum, parsed.data.text) };
}

export async function importProgramAction(input: unknown): Promise<ProgramImportAnswer> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = programImportConfirmSchema.safeParse(input);
  if (!parsed.success) return { kind: "error", code: errorCode(parsed.error.issues[0]?.message) };
  const forum = await getWorkingForum();
  if (!forum) return { kind: "error", code: "noForum" };
  const result = await applyProgramImport(user, forum, parsed.data.text, parsed.data.fileName, parsed.data.digest);
  if (!result.ok) return { kind: result.reason === "STALE" ? "stale" : "invalid", plan: result.plan };
  revalidatePath("/organizer", "layout");
  return { kind: "done", counts: result.counts };
}
