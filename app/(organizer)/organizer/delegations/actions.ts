"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import type { FormMessage } from "@/components/participants/action-form";
import { clearDelegationHead, createDelegation, type DelegationError, setDelegationHead } from "@/lib/delegations/delegations";
import { clearDelegationHeadSchema, createDelegationSchema, setDelegationHeadSchema } from "@/lib/delegations/schemas";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";

// Delegations, organizers and admins only. Each action checks the caller, parses the body with
// the form's schema and lets lib/delegations decide.

async function errorText(error: DelegationError): Promise<string> {
  const t = await getTranslations("participants.delegations.errors");
  return t(error);
}

export async function createDelegationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = createDelegationSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum yet.");
  const result = await createDelegation(user, forum.id, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: result.error === "NAME_TAKEN" ? { name: await errorText(result.error) } : {}, formError: result.error === "NAME_TAKEN" ? undefined : await errorText(result.error) };
  revalidatePath("/organizer", "layout");
  return { ok: true, value: result.value };
}

export async function setDelegationHeadAction(_previous: FormMessage, formData: FormData): Promise<FormMessage> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("participants.detail");
  const parsed = setDelegationHeadSchema.safeParse({ delegationId: formData.get("delegationId"), participantId: formData.get("participantId") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "" };
  const forum = await getWorkingForum();
  if (!forum) return { ok: false, message: await errorText("NOT_FOUND") };
  const result = await setDelegationHead(user, forum.id, parsed.data);
  if (!result.ok) return { ok: false, message: await errorText(result.error) };
  revalidatePath("/organizer", "layout");
  return { ok: true, message: t("headSet", { name: result.value.head ?? "", delegation: result.value.name }) };
}

export async function clearDelegationHeadAction(_previous: FormMessage, formData: FormData): Promise<FormMessage> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("participants.detail");
  const parsed = clearDelegationHeadSchema.safeParse({ delegationId: formData.get("delegationId") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "" };
  const forum = await getWorkingForum();
  if (!forum) return { ok: false, message: await errorText("NOT_FOUND") };
  const result = await clearDelegationHead(user, forum.id, parsed.data);
  if (!result.ok) return { ok: false, message: await errorText(result.error) };
  revalidatePath("/organizer", "layout");
  return { ok: true, message: t("headCleared", { delegation: result.value.name }) };
}
