import "server-only";
import { revalidatePath } from "next/cache";
import type { AgreementWriteResult } from "@/lib/agreements/agreements";
import { type ActionResult, formError } from "@/lib/forms/action-result";
import { expireSigningsBoard } from "@/lib/signings/cache";

/** After any write to agreements, sectors or the run sheet: the console pages and the public signings board. */
export function expireAgreementPages(): void {
  expireSigningsBoard();
  revalidatePath("/organizer", "layout");
}

/** A domain write's answer in the form's shape, expiring the pages it changed when it succeeded. */
export function agreementAnswer<T>(result: AgreementWriteResult<T>, messages: { notFound: string; changed: string }): ActionResult<T> {
  if (result.ok) {
    expireAgreementPages();
    return { ok: true, value: result.value };
  }
  if (result.error === "NOT_FOUND") return formError(messages.notFound);
  if (result.error === "CHANGED") return formError(messages.changed);
  return { ok: false, fieldErrors: result.fieldErrors };
}
