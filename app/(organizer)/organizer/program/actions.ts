"use server";
import { revalidatePath, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { PUBLISHED_PROGRAM_TAG } from "@/lib/program/page-cache";
import { publishProgram } from "@/lib/program/publish";
import { publishProgramSchema } from "@/lib/program/publish-schema";

/** Publishes the working copy as the next release. Organizers only; chairs edit but never publish. */
export async function publishProgramAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = publishProgramSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum to publish.");
  const result = await publishProgram({ forumId: forum.id, userId: user.id, comment: parsed.data.comment });
  if (!result.ok) {
    switch (result.reason) {
      case "BLOCKING_CONFLICTS":
        if (result.conflicts.some((c) => c.kind === "CAPACITY_BELOW_CONFIRMED")) return formError((await getTranslations("schedule"))("conflict.CAPACITY_BELOW_CONFIRMED"));
        return formError("Fix the errors on the grid before publishing: a room is used twice at once, or a session lies outside the forum's days.");
      case "CONCURRENT_PUBLISH":
        return formError("Someone else is publishing right now. Try again in a moment.");
      case "NOTHING_CHANGED":
        return formError(`Nothing changed since release ${result.version}.`);
    }
  }
  // The pages rendered once per release expire at once (read-your-own-writes for the organizer);
  // everything else public is rendered from the latest release too: refresh it all.
  updateTag(PUBLISHED_PROGRAM_TAG);
  revalidatePath("/", "layout");
  return { ok: true, value: { version: result.release.version } };
}
