import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Every change that should end a user's existing sessions raises authVersion in the same write:
// tokens carry the version they were issued with, and lib/auth/current-user.ts refuses older ones.

/** Ends every session of the user (sign-out everywhere, a password change, a suspected leak). */
export async function endSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { authVersion: { increment: 1 } } });
}

export async function changeRole(userId: string, role: Role): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { role, authVersion: { increment: 1 } } });
}

export async function setDisabled(userId: string, disabled: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { disabled, authVersion: { increment: 1 } } });
}
