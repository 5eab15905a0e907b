import "server-only";
import { headers } from "next/headers";
import { requireRole } from "@/app/_lib/guard";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { DelegateRef } from "@/lib/delegates/queries";
import { getCurrentForum, type ForumSummary } from "@/lib/forum/queries";
import { linkOrigin } from "@/lib/registration/origin";

export type DelegateContext = { user: CurrentUser; forum: ForumSummary | null; ref: DelegateRef | null };

/**
 * Who is asking, for every page and action of the delegate's area: a signed-in DELEGATE (others
 * are sent to sign in or get a 403), and the forum the site shows. The ref carries the user's id,
 * never a participant id: the domain functions find their one registration from it.
 */
export async function delegateContext(): Promise<DelegateContext> {
  const user = await requireRole("DELEGATE");
  const forum = await getCurrentForum();
  return { user, forum, ref: forum ? { forumId: forum.id, userId: user.id } : null };
}

/** This site's origin for links shown or sent (NEXTAUTH_URL when set, never a forged Host otherwise). */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
  return linkOrigin({ host: h.get("host"), forwardedHost: h.get("x-forwarded-host"), forwardedProto: h.get("x-forwarded-proto") });
}
