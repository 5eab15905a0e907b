import type { ActionResult } from "@/lib/forms/action-result";

/**
 * What the delegate's own writes answer: a value, a message for the whole form (no registration,
 * a cancelled one, not a head …), or messages per field. Actions pass it to the form as is.
 */
export type DelegateWriteResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; error: "NOT_REGISTERED" | "FORBIDDEN" | "CLOSED" | "LIMIT"; message: string }
  | { ok: false; error: "INVALID"; fieldErrors: Record<string, string> };

export const NOT_REGISTERED = { ok: false, error: "NOT_REGISTERED", message: "You have no registration for this forum." } as const;

export function invalid(fieldErrors: Record<string, string>) {
  return { ok: false, error: "INVALID", fieldErrors } as const;
}

/** The form's shape of a domain answer. */
export function toActionResult<T>(result: DelegateWriteResult<T>): ActionResult<T> {
  if (result.ok) return { ok: true, value: result.value };
  if (result.error === "INVALID") return { ok: false, fieldErrors: result.fieldErrors };
  return { ok: false, fieldErrors: {}, formError: result.message };
}
