"use server";
import { revalidatePath } from "next/cache";
import { renewMyCalendarToken } from "@/lib/delegates/calendar";
import { toActionResult } from "@/lib/delegates/result";
import { noFieldsSchema } from "@/lib/delegates/schemas";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { delegateContext } from "../_lib/context";

/** "Renew the link": a new calendar token for the caller's own registration; the old feed URL stops working. */
export async function renewCalendarLinkAction(input: unknown): Promise<ActionResult<null>> {
  const { ref } = await delegateContext();
  // The button sends nothing; anything else is a crafted request.
  const parsed = noFieldsSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!ref) return formError("There is no forum to register for.");
  const result = toActionResult(await renewMyCalendarToken(ref));
  if (!result.ok) return result;
  revalidatePath("/me/agenda");
  // The new token is shown by the page itself (re-rendered), never returned to the browser twice.
  return { ok: true, value: null };
}
