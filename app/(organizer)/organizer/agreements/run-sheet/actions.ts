"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { markSigned, reorderRunSheet } from "@/lib/agreements/run-sheet";
import { markSignedSchema, reorderRunSheetSchema } from "@/lib/agreements/schemas";
import { type ActionResult, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { expireAgreementPages } from "../_lib/answer";
import { formatDateTime } from "@/lib/time/format";

// The run sheet's two writes, used during the ceremony itself: each answers with a sentence the
// page shows in a live region, never an error page.


export async function reorderRunSheetAction(input: unknown): Promise<ActionResult> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = reorderRunSheetSchema.safeParse(input);
  if (!parsed.success) return formError("The new order could not be read: reload the page and try again.");
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  const result = await reorderRunSheet(user, forum.id, parsed.data.sessionId, parsed.data.orderedIds);
  if (!result.ok) {
    return formError(result.error === "NOT_FOUND" ? "This signing ceremony no longer exists." : "The run sheet changed meanwhile (an agreement was added or moved): the page shows it as it is now. Try again.");
  }
  expireAgreementPages();
  return { ok: true };
}

export async function markSignedAction(input: unknown): Promise<ActionResult<{ signedAt: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = markSignedSchema.safeParse(input);
  if (!parsed.success) return formError("This agreement could not be found: reload the page.");
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum.");
  const result = await markSigned(user, forum.id, parsed.data.id, new Date());
  if (result.ok) {
    expireAgreementPages();
    return { ok: true, value: { signedAt: result.signedAt.toISOString() } };
  }
  // Someone else may have clicked first: nothing is lost, the page catches up.
  revalidatePath("/organizer", "layout");
  switch (result.error) {
    case "NOT_FOUND":
      return formError("This agreement no longer exists.");
    case "CANCELLED":
      return formError("This agreement was cancelled: it cannot be signed.");
    case "ALREADY_SIGNED": {
      const when = result.signedAt ? formatDateTime(result.signedAt, forum.timeZone, INTL_LOCALE[await getLocale()], "medium") : null;
      return formError(when ? `Already signed at ${when}.` : "Already signed.");
    }
  }
}
