"use server";
import { revalidatePath } from "next/cache";
import { cancelMyRegistration } from "@/lib/delegates/cancel";
import { getMyParticipantId } from "@/lib/delegates/queries";
import { updateMyDetails } from "@/lib/delegates/details";
import { NOT_REGISTERED, toActionResult } from "@/lib/delegates/result";
import { cancelRegistrationSchema, noFieldsSchema } from "@/lib/delegates/schemas";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { resendConfirmation } from "@/lib/registration/confirm";
import { pendingClaim } from "@/lib/registration/queries";
import { participantDetailsSchema } from "@/lib/registration/schemas";
import { delegateContext, siteOrigin } from "./_lib/context";

// Public endpoints: each checks the caller (a signed-in DELEGATE), parses the body with the form's
// own schema, and reaches only the caller's own registration, found from their user id.

const NO_FORUM = "There is no forum to register for.";

export async function updateMyDetailsAction(input: unknown): Promise<ActionResult<{ changed: string[] }>> {
  const { ref } = await delegateContext();
  const parsed = participantDetailsSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!ref) return formError(NO_FORUM);
  const result = toActionResult(await updateMyDetails(ref, parsed.data));
  if (result.ok) revalidatePath("/me", "layout");
  return result;
}

export async function cancelMyRegistrationAction(input: unknown): Promise<ActionResult<{ previousStatus: string; seatsReleased: number; promoted: number }>> {
  const { ref } = await delegateContext();
  const parsed = cancelRegistrationSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!ref) return formError(NO_FORUM);
  const result = toActionResult(await cancelMyRegistration(ref, { origin: await siteOrigin() }));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const RESEND_REFUSALS = {
  NOT_FOUND: NOT_REGISTERED.message,
  ALREADY_CONFIRMED: "Your e-mail address is already confirmed.",
  CANCELLED: "This registration is cancelled.",
  TOO_SOON: "A link was sent less than a minute ago: please wait a moment before asking again.",
} as const;

export async function resendConfirmationAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const { user, ref } = await delegateContext();
  // The button sends nothing; anything else is a crafted request.
  const parsed = noFieldsSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!ref) return formError(NO_FORUM);
  const participantId = await getMyParticipantId(ref);
  // No registration of their own yet: they may be claiming one an organizer made for their address.
  const claim = participantId ? null : await pendingClaim(ref.forumId, user.id);
  if (!participantId && !claim) return formError(NOT_REGISTERED.message);
  const result = claim
    ? await resendConfirmation(claim.participantId, { origin: await siteOrigin(), actorId: user.id, claimantUserId: user.id })
    : await resendConfirmation(participantId as string, { origin: await siteOrigin(), actorId: user.id });
  if (!result.ok) return formError(RESEND_REFUSALS[result.reason]);
  return { ok: true, value: { email: result.email } };
}
