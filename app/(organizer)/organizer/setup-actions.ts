"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/app/_lib/guard";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { forumSettingsSchema, personSchema, roomSchema, subForumSchema } from "@/lib/program/schemas";
import type { ProgramWriteResult } from "@/lib/program/sessions";
import { saveForumSettings, savePerson, saveRoom, saveSubForum } from "@/lib/program/setup";

// The console's setup forms (rooms, sub-forums, people, forum settings): organizers only. Each
// body is { id: string | null, values } and is parsed with the form's own schema.

const idOrNull = z.string().regex(/^[a-z0-9]{1,40}$/).nullable();

function answer(result: ProgramWriteResult<{ id: string }>): ActionResult<{ id: string }> {
  if (result.ok) {
    revalidatePath("/organizer", "layout");
    return { ok: true, value: result.value };
  }
  if (result.error === "INVALID") return { ok: false, fieldErrors: result.fieldErrors };
  return formError(result.error === "NOT_FOUND" ? "This record no longer exists." : "Only organizers can change the forum's setup.");
}

function parse<S extends z.ZodType>(schema: S, input: unknown) {
  return z.object({ id: idOrNull, values: schema }).strict().safeParse(input);
}

export async function saveRoomAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = parse(roomSchema, input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum yet.");
  return answer(await saveRoom(user, forum.id, parsed.data.id, parsed.data.values));
}

export async function saveSubForumAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = parse(subForumSchema, input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum yet.");
  return answer(await saveSubForum(user, forum.id, parsed.data.id, parsed.data.values));
}

export async function savePersonAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = parse(personSchema, input);
  if (!parsed.success) return fieldErrors(parsed.error);
  return answer(await savePerson(user, parsed.data.id, parsed.data.values));
}

export async function saveForumSettingsAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = parse(forumSettingsSchema, input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum yet.");
  return answer(await saveForumSettings(user, forum.id, parsed.data.values));
}
