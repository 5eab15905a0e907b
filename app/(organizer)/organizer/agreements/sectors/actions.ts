"use server";
import { requireRole } from "@/app/_lib/guard";
import type { AgreementWriteResult } from "@/lib/agreements/agreements";
import { agreementIdSchema, sectorSchema, updateSectorSchema } from "@/lib/agreements/schemas";
import { createSector, deleteSector, updateSector } from "@/lib/agreements/sectors";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { agreementAnswer, expireAgreementPages } from "../_lib/answer";

const answer = <T>(result: AgreementWriteResult<T>) =>
  agreementAnswer(result, { notFound: "This sector no longer exists.", changed: "This sector changed meanwhile: reload the page and try again." });

export async function createSectorAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = sectorSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  return answer(await createSector(user, forum.id, parsed.data));
}

export async function updateSectorAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = updateSectorSchema.safeParse(input);
  if (!parsed.success) {
    const result = fieldErrors(parsed.error);
    return result.ok ? result : { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.replace(/^values\./, ""), v])) };
  }
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  return answer(await updateSector(user, forum.id, parsed.data.id, parsed.data.values));
}

export async function deleteSectorAction(input: unknown): Promise<ActionResult> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = agreementIdSchema.safeParse(input);
  if (!parsed.success) return formError("This sector could not be found.");
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  const result = await deleteSector(user, forum.id, parsed.data.id);
  if (result.ok) {
    expireAgreementPages();
    return { ok: true };
  }
  if (result.error === "NOT_FOUND") return formError("This sector no longer exists.");
  return formError(`${result.count === 1 ? "1 agreement is" : `${result.count} agreements are`} filed under this sector: move ${result.count === 1 ? "it" : "them"} to another sector first.`);
}
