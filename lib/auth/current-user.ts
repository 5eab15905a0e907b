import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Sub-forums a chair may edit. */
  chairOf: string[];
};

/**
 * Resolves the signed-in user from the claims of their session token, against the database:
 * a disabled account or a token older than the user's authVersion (raised on a role change,
 * a disable or a new password) gives no user, at the next request.
 */
export async function resolveCurrentUser(claims: { uid?: unknown; av?: unknown } | null | undefined): Promise<CurrentUser | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.av !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, name: true, role: true, disabled: true, authVersion: true },
  });
  if (!user || user.disabled || user.authVersion !== claims.av) return null;
  // Only chairs are made chairs of sub-forums (lib/program/setup.ts); a delegate's requests, the
  // most frequent by far, skip that read.
  const chairOf =
    user.role === "DELEGATE" ? [] : (await db.subForumChair.findMany({ where: { userId: user.id }, select: { subForumId: true } })).map((c) => c.subForumId);
  return { id: user.id, email: user.email, name: user.name, role: user.role, chairOf };
}
