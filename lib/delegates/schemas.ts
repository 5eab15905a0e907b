import { z } from "zod";
import { emailSchema } from "@/lib/registration/schemas";

// The delegate area's own forms. The "edit details" form uses participantDetailsSchema from
// lib/registration/schemas.ts, the same one registration uses. Safe for client components.

/** The head's "Invite a member" form. */
export const inviteMemberSchema = z.object({ email: emailSchema }).strict();
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

/** Withdrawing an invitation that was not used yet. */
export const revokeInvitationSchema = z.object({ invitationId: z.string().max(40).regex(/^[a-z0-9]+$/, "Not a valid id") }).strict();

/** Cancelling one's registration needs an explicit yes: the second step of the button. */
export const cancelRegistrationSchema = z.object({ confirm: z.literal(true, "Confirm that you want to cancel your registration") }).strict();


/** Days an invitation link stays valid; re-inviting starts the count again. */
export const INVITATION_DAYS = 14;

/** At most this many invitations a delegation sends (or sends again) per day: the outbox is not a spam relay. */
export const INVITATIONS_PER_DAY = 50;

/** Buttons that send nothing ("Resend", "Renew the link"): an empty object, or no body at all. */
export const noFieldsSchema = z.object({}).strict().optional();

/**
 * What an organizer approved and the badge prints (name, organization, country, delegation,
 * category): once approved, only the organizers change these, so the person at the door is the
 * one they approved. Job title, language and the public-list consent stay the delegate's.
 */
export const REVIEWED_FIELDS = ["fullName", "latinName", "category", "organizationName", "countryCode", "delegationId"] as const;
