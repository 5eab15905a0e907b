"use server";
import { requireRole } from "@/app/_lib/guard";
import { type AgreementWriteResult, cancelAgreement, createAgreement, updateAgreement } from "@/lib/agreements/agreements";
import { agreementIdSchema, agreementSchema, updateAgreementSchema } from "@/lib/agreements/schemas";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { agreementAnswer, expireAgreementPages } from "./_lib/answer";
import { getWorkingForum } from "@/lib/forum/queries";

// Every action is a public endpoint: organizers and admins only; the body is parsed with the
// form's own schema, the domain function decides, and the public board's cache is expired.

const answer = <T>(result: AgreementWriteResult<T>) =>
  agreementAnswer(result, {
    notFound: "This agreement no longer exists: someone may have deleted it.",
    changed: "Someone changed this agreement (or signed it, or removed what it refers to) since you opened the form: reload the page to see the current version, then make your change again.",
  });

export async function createAgreementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = agreementSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum to add agreements to.");
  return answer(await createAgreement(user, forum.id, parsed.data));
}

export async function updateAgreementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = updateAgreementSchema.safeParse(input);
  if (!parsed.success) {
    const result = fieldErrors(parsed.error);
    // The form knows its fields without the "values." prefix.
    return result.ok ? result : { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.replace(/^values\./, ""), v])) };
  }
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  return answer(await updateAgreement(user, forum.id, parsed.data.id, parsed.data.values, new Date(parsed.data.version)));
}

export async function cancelAgreementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = agreementIdSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  const result = await cancelAgreement(user, forum.id, parsed.data.id);
  if (!result.ok) return formError("This agreement no longer exists: someone may have deleted it.");
  expireAgreementPages();
  return { ok: true, value: { id: result.value.id } };
}
