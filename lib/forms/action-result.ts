import type { z } from "zod";

/** What a server action answers a form: success, or messages per field (dotted paths) and for the form. */
export type ActionResult<T = undefined> =
  | { ok: true; value?: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/** Turns a zod error into one message per field, the first for each path. */
export function fieldErrors(error: z.ZodError): ActionResult<never> {
  const errors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    if (!key) formError ??= issue.code === "unrecognized_keys" ? "The form sent fields it does not have." : issue.message;
    else errors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors: errors, ...(formError ? { formError } : {}) };
}

export function formError(message: string): ActionResult<never> {
  return { ok: false, fieldErrors: {}, formError: message };
}
