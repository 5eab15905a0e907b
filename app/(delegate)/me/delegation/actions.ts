"use server";
import { revalidatePath } from "next/cache";
import { inviteDelegationMember, revokeDelegationInvitation } from "@/lib/delegates/invitations";
import { toActionResult } from "@/lib/delegates/result";
import { inviteMemberSchema, revokeInvitationSchema } from "@/lib/delegates/schemas";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { delegateContext, siteOrigin } from "../_lib/context";

// Public endpoints. Whether the caller heads a delegation, and which one, is decided by the domain
// functions from the caller's own registration: nothing in the body names a delegation.

export async function inviteMemberAction(input: unknown): Promise<ActionResult<{ invitationId: string; renewed: boolean }>> {
  const { ref } = await delegateContext();
  const parsed = inviteMemberSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!ref) return formError("There is no forum to invite to.");
  const result = toActionResult(await inviteDelegationMember(ref, parsed.data, await siteOrigin()));
  if (result.ok) revalidatePath("/me/delegation");
  return result;
}

export async function revokeInvitationAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const { ref } = await delegateContext();
  const parsed = revokeInvitationSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!ref) return formError("There is no forum to invite to.");
  const result = toActionResult(await revokeDelegationInvitation(ref, parsed.data.invitationId));
  if (result.ok) revalidatePath("/me/delegation");
  return result;
}
