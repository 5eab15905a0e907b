"use server";
import { redirect, RedirectType } from "next/navigation";
import { requireRole } from "@/app/_lib/guard";
import { CHECKIN_ROLES } from "@/lib/auth/roles";
import { checkInAsStaff } from "@/lib/checkin/check-in";
import { checkInSchema } from "@/lib/checkin/schemas";
import { getWorkingForum } from "@/lib/forum/queries";

/** What the check-in form or the scanner posts: a FormData with `code`, or `{ code }`. Anything else is no code. */
function codeFrom(input: unknown): unknown {
  if (input instanceof FormData) return input.get("code");
  if (input && typeof input === "object" && "code" in input) return input.code;
  return undefined;
}

/**
 * Checks a badge in and shows the door page for it again. A plain form post without JavaScript
 * gets a 303 to the page; the scanner gets a client-side navigation (replacing the history entry,
 * so Back does not walk through every guest). The page tells green from amber.
 */
export async function checkInAction(input: unknown): Promise<void> {
  const user = await requireRole(...CHECKIN_ROLES);
  const code = codeFrom(input);
  const parsed = checkInSchema.safeParse({ code });
  // The page shows what is wrong with the code it is given back.
  if (!parsed.success) redirect(`/checkin?${new URLSearchParams({ code: typeof code === "string" ? code.slice(0, 64) : "" }).toString()}`, RedirectType.replace);
  const forum = await getWorkingForum();
  if (!forum) redirect("/checkin", RedirectType.replace);
  const outcome = await checkInAsStaff(user.id, forum.id, parsed.data.code);
  const params = new URLSearchParams({ code: parsed.data.code, ...(outcome.found && outcome.checkedInNow ? { done: "1" } : {}) });
  redirect(`/checkin?${params.toString()}`, RedirectType.replace);
}
