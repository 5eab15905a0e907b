import { z } from "zod";
import { oneLine } from "@/lib/forms/text";

// The organizers' delegation forms. Safe for client components: zod only.

export const DELEGATION_NAME_MAX = 120;

const id = (message: string) => z.string(message).regex(/^[a-z0-9]{20,40}$/, message);

export const createDelegationSchema = z
  .object({
    countryCode: z
      .string("Choose a country")
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Choose a country from the list"),
    name: z
      .string("Enter the delegation's name")
      .pipe(oneLine)
      .pipe(z.string().min(1, "Enter the delegation's name").max(DELEGATION_NAME_MAX, `At most ${DELEGATION_NAME_MAX} characters`)),
  })
  .strict();
export type CreateDelegationInput = z.output<typeof createDelegationSchema>;

export const setDelegationHeadSchema = z
  .object({
    delegationId: id("Not a delegation"),
    participantId: id("Choose a member of the delegation"),
  })
  .strict();

export const clearDelegationHeadSchema = z.object({ delegationId: id("Not a delegation") }).strict();
