"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { clientAddress } from "@/lib/auth/options";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getCurrentForum } from "@/lib/forum/queries";
import { deliverSoon } from "@/lib/outbox/deliver";
import { resendConfirmation } from "@/lib/registration/confirm";
import { ownParticipantId } from "@/lib/registration/queries";
import { register, type RegistrationRefusal } from "@/lib/registration/register";
import { registrationSchema } from "@/lib/registration/schemas";
import { takeRegistrationAllowance } from "@/lib/registration/throttle";
import { requestOrigin } from "./request-origin";

// Public endpoints: anyone may post any body. The form's own schema parses it; the domain function
// decides the rest (delegation of the country, invitation, duplicate e-mail) inside one transaction.

async function refusalToResult(refusal: RegistrationRefusal): Promise<ActionResult<never>> {
  const t = await getTranslations("register.errors");
  switch (refusal.code) {
    case "EMAIL_TAKEN":
      return { ok: false, fieldErrors: { email: t("emailTaken") } };
    case "DELEGATION_INVALID":
      return { ok: false, fieldErrors: { delegationId: t("delegation") } };
    case "INVITATION_UNUSABLE":
      return formError(t("invitationUnusable"));
    case "INVITATION_EMAIL":
      return { ok: false, fieldErrors: { email: t("invitationEmail", { email: refusal.email }) } };
    case "INVITATION_DELEGATION":
      return { ok: false, fieldErrors: { delegationId: t("invitationDelegation", { delegation: refusal.delegation }) } };
  }
}

export async function registerAction(input: unknown): Promise<ActionResult> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const t = await getTranslations("register.errors");
  const forum = await getCurrentForum();
  if (!forum) return formError(t("noForum"));
  const wait = await takeRegistrationAllowance(clientAddress((await headers()).get("x-forwarded-for")));
  if (wait !== null) return formError(t("throttled", { minutes: Math.ceil(wait / 60) }));
  const result = await register(parsed.data, { forumId: forum.id, origin: await requestOrigin() });
  if (!result.ok) return refusalToResult(result.refusal);
  // After the commit: the message exists, so a delivery run can take it.
  deliverSoon();
  return { ok: true };
}

export type ResendOutcome = "sent" | "alreadyConfirmed" | "tooSoon" | "notRegistered" | "cancelled";

/**
 * For a signed-in delegate whose e-mail is not confirmed: a new confirmation link. Their
 * registration comes from their own account, never from the request.
 */
export async function resendConfirmationAction(): Promise<ActionResult<{ outcome: ResendOutcome; message: string }>> {
  const user = await requireRole();
  const t = await getTranslations("register.resend");
  const forum = await getCurrentForum();
  const participantId = forum ? await ownParticipantId(forum.id, user.id) : null;
  if (!participantId) return formError(t("notRegistered"));
  const result = await resendConfirmation(participantId, { origin: await requestOrigin(), actorId: user.id });
  if (result.ok) {
    deliverSoon();
    return { ok: true, value: { outcome: "sent", message: t("sent", { email: result.email }) } };
  }
  switch (result.reason) {
    case "ALREADY_CONFIRMED":
      return { ok: true, value: { outcome: "alreadyConfirmed", message: t("alreadyConfirmed") } };
    case "TOO_SOON":
      return formError(t("tooSoon"));
    case "CANCELLED":
      return formError(t("cancelled"));
    case "NOT_FOUND":
      return formError(t("notRegistered"));
  }
}
