"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath, updateTag } from "next/cache";
import { requireRole } from "@/app/_lib/guard";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { PUBLISHED_PROGRAM_TAG } from "@/lib/program/page-cache";
import { forgetPublicRelease } from "@/lib/program/published-release";
import { republishRelease } from "@/lib/program/publish";
import { republishReleaseSchema, resetWorkingCopySchema } from "@/lib/program/publish-schema";
import { resetWorkingCopy } from "@/lib/program/reset";
import { publishRefusal } from "../publish-refusal";

/** Publishes a past release's program again as the next release. Organizers only, like publishing. */
export async function republishReleaseAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = republishReleaseSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const t = await getTranslations("rollback.errors");
  const forum = await getWorkingForum();
  if (!forum) return formError(t("noForum"));
  const result = await republishRelease({ forumId: forum.id, actor: user, version: parsed.data.version, comment: parsed.data.comment, expectedDigest: parsed.data.digest });
  if (!result.ok) {
    if (result.reason === "FORBIDDEN") return formError(t("forbidden"));
    if (result.reason === "NOT_FOUND") return formError(t("notFound"));
    if (result.reason === "UNSUPPORTED_SNAPSHOT") return formError(t("unsupported"));
    return formError(await publishRefusal(result));
  }
  forgetPublicRelease();
  updateTag(PUBLISHED_PROGRAM_TAG);
  revalidatePath("/", "layout");
  return { ok: true, value: { version: result.release.version } };
}

/** Makes the working copy a past release's program. Organizers only: it rewrites every sub-forum's sessions. */
export async function resetWorkingCopyAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = resetWorkingCopySchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const t = await getTranslations("rollback.errors");
  const forum = await getWorkingForum();
  if (!forum) return formError(t("noForum"));
  const result = await resetWorkingCopy({ forumId: forum.id, actor: user, version: parsed.data.version, expectedDigest: parsed.data.digest });
  if (!result.ok) {
    switch (result.reason) {
      case "FORBIDDEN":
        return formError(t("forbidden"));
      case "NOT_FOUND":
        return formError(t("notFound"));
      case "UNSUPPORTED_SNAPSHOT":
        return formError(t("unsupported"));
      case "NOTHING_CHANGED":
        return formError(t("nothingChanged", { version: result.version }));
      case "PREVIEW_OUTDATED":
        return formError(t("previewOutdated"));
      case "CONCURRENT_EDIT":
        return formError(t("concurrentEdit"));
    }
  }
  // Only the console reads the working copy.
  revalidatePath("/organizer", "layout");
  return { ok: true, value: { version: result.version } };
}
