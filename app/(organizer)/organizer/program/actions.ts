"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath, updateTag } from "next/cache";
import { requireRole } from "@/app/_lib/guard";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { PUBLISHED_PROGRAM_TAG } from "@/lib/program/page-cache";
import { forgetPublicRelease } from "@/lib/program/published-release";
import { publishProgram } from "@/lib/program/publish";
import { publishProgramSchema } from "@/lib/program/publish-schema";
import { publishRefusal } from "./publish-refusal";

/** Publishes the previewed working copy as the next release. Organizers only; chairs edit but never publish. */
export async function publishProgramAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = publishProgramSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError((await getTranslations("schedule.publish.errors"))("noForum"));
  const result = await publishProgram({ forumId: forum.id, userId: user.id, comment: parsed.data.comment, expectedDigest: parsed.data.digest });
  if (!result.ok) return formError(await publishRefusal(result));
  // The pages rendered once per release expire at once (read-your-own-writes for the organizer);
  // everything else public is rendered from the latest release too: refresh it all.
  forgetPublicRelease();
  updateTag(PUBLISHED_PROGRAM_TAG);
  revalidatePath("/", "layout");
  return { ok: true, value: { version: result.release.version } };
}
