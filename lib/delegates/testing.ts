// For the delegate-area tests only: a signed-in delegate is a User with a Participant in a forum.
import type { Prisma } from "@/lib/generated/prisma/client";
import { createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import type { DelegateRef } from "./queries";

/** A DELEGATE account with its registration in the forum; `ref` is what the app derives from the session. */
export async function createDelegate(forumId: string, overrides: Partial<Prisma.ParticipantUncheckedCreateInput> = {}) {
  const user = await createUser(testDb(), { role: "DELEGATE" });
  const participant = await createParticipant(testDb(), { forumId, userId: user.id, email: user.email, ...overrides });
  const ref: DelegateRef = { forumId, userId: user.id };
  return { user, participant, ref };
}
