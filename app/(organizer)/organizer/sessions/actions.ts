"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/app/_lib/guard";
import { CONSOLE_ROLES } from "@/lib/auth/roles";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { deleteSessionSchema, moveSessionSchema, sessionSchema, updateSessionSchema } from "@/lib/program/schemas";
import { createSession, deleteSession, moveSession, type ProgramWriteResult, updateSession } from "@/lib/program/sessions";

// Every action here is a public endpoint: it checks the caller, parses the body with the form's
// own schema, and lets the domain function decide what this caller may change.

function answer<T>(result: ProgramWriteResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/organizer", "layout");
    return { ok: true, value: result.value };
  }
  switch (result.error) {
    case "NOT_FOUND":
      return formError("This session no longer exists: someone may have deleted it.");
    case "FORBIDDEN":
      return formError("You can only change the sessions of the sub-forums you chair.");
    case "INVALID":
      return { ok: false, fieldErrors: result.fieldErrors };
  }
}

export async function createSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole(...CONSOLE_ROLES);
  const parsed = sessionSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum to add sessions to.");
  return answer(await createSession(user, forum.id, parsed.data));
}

export async function updateSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole(...CONSOLE_ROLES);
  const parsed = updateSessionSchema.safeParse(input);
  if (!parsed.success) {
    const result = fieldErrors(parsed.error);
    // The form knows its fields without the "values." prefix.
    return result.ok ? result : { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.replace(/^values\./, ""), v])) };
  }
  return answer(await updateSession(user, parsed.data.id, parsed.data.values));
}

export async function moveSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole(...CONSOLE_ROLES);
  const parsed = moveSessionSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  return answer(await moveSession(user, parsed.data.id, { startsAt: parsed.data.startsAt, roomId: parsed.data.roomId }));
}

export async function deleteSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole(...CONSOLE_ROLES);
  const parsed = deleteSessionSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  return answer(await deleteSession(user, parsed.data.id));
}
