"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/app/_lib/guard";
import { getWorkingForum } from "@/lib/forum/queries";
import { applyImport, type ImportPlan, previewImport } from "@/lib/participants/import";
import { importConfirmSchema, importTextSchema } from "@/lib/participants/import-schema";

// The CSV import in two calls. The page keeps the text in the browser and sends it again to
// confirm: the server parses it afresh and checks it still plans what the preview showed (its
// digest). Nothing parsed by the client is ever trusted.

/** How many rows and errors a preview shows; the counts always cover the whole file. */
const SHOWN = 300;

export type ImportPreview = Omit<ImportPlan, "rows" | "rowErrors"> & {
  rows: ImportPlan["rows"];
  rowErrors: ImportPlan["rowErrors"];
  moreRows: number;
  moreErrors: number;
};

export type ImportAnswer =
  | { kind: "preview"; preview: ImportPreview }
  | { kind: "done"; counts: ImportPlan["counts"] }
  | { kind: "stale" | "invalid"; preview: ImportPreview }
  | { kind: "error"; message: string };

function trimmed(plan: ImportPlan): ImportPreview {
  // Rows that change something first: unchanged ones are the least interesting.
  const rows = [...plan.rows.filter((r) => r.action !== "unchanged"), ...plan.rows.filter((r) => r.action === "unchanged")];
  return {
    ...plan,
    rows: rows.slice(0, SHOWN),
    rowErrors: plan.rowErrors.slice(0, SHOWN),
    moreRows: Math.max(0, rows.length - SHOWN),
    moreErrors: Math.max(0, plan.rowErrors.length - SHOWN),
  };
}

export async function previewImportAction(input: unknown): Promise<ImportAnswer> {
  await requireRole("ADMIN", "ORGANIZER");
  const parsed = importTextSchema.safeParse(input);
  if (!parsed.success) return { kind: "error", message: parsed.error.issues[0]?.message ?? "Choose a file or paste CSV text" };
  const forum = await getWorkingForum();
  if (!forum) return { kind: "error", message: "There is no forum yet." };
  return { kind: "preview", preview: trimmed(await previewImport(forum.id, parsed.data.text)) };
}

export async function confirmImportAction(input: unknown): Promise<ImportAnswer> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = importConfirmSchema.safeParse(input);
  if (!parsed.success) return { kind: "error", message: parsed.error.issues[0]?.message ?? "Preview the file first" };
  const forum = await getWorkingForum();
  if (!forum) return { kind: "error", message: "There is no forum yet." };
  const result = await applyImport(user, forum.id, parsed.data.text, parsed.data.digest);
  if (result.ok) {
    revalidatePath("/organizer", "layout");
    return { kind: "done", counts: result.counts };
  }
  return { kind: result.reason === "STALE" ? "stale" : "invalid", preview: trimmed(result.plan) };
}
