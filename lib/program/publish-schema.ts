import { z } from "zod";
import { paragraphs } from "@/lib/forms/text";

/** The longest comment a release can carry. */
export const PUBLISH_COMMENT_MAX = 2000;

/** A release's comment (optional): line breaks kept, other control characters (a NUL PostgreSQL refuses) dropped, trimmed, at most PUBLISH_COMMENT_MAX characters. */
export const releaseCommentSchema = paragraphs.pipe(z.string().max(PUBLISH_COMMENT_MAX, `Keep the comment under ${PUBLISH_COMMENT_MAX} characters.`));

/**
 * The fingerprint of the preview the organizer was shown (lib/program/publish.ts, previewDigest):
 * the write goes ahead only while it still matches, so what is published is what was previewed.
 */
export const previewDigestSchema = z.string().regex(/^[0-9a-f]{64}$/, "The preview is missing or damaged: reload the page and check it again.");

/** A release's version number, as the releases list links it. */
const releaseVersionSchema = z.number().int().min(1).max(1_000_000);

/** "Publish program": the organizer's comment on the release and the preview they saw. Shared by the form and the action. */
export const publishProgramSchema = z
  .object({
    comment: releaseCommentSchema,
    digest: previewDigestSchema,
  })
  .strict();

export type PublishProgramInput = z.infer<typeof publishProgramSchema>;

/** "Publish again": a past release's content as the next release, with a comment. */
export const republishReleaseSchema = z
  .object({
    version: releaseVersionSchema,
    comment: releaseCommentSchema,
    digest: previewDigestSchema,
  })
  .strict();

export type RepublishReleaseInput = z.infer<typeof republishReleaseSchema>;

/** "Reset the working copy": the program as it was in a past release, to edit from there. */
export const resetWorkingCopySchema = z
  .object({
    version: releaseVersionSchema,
    digest: previewDigestSchema,
  })
  .strict();

export type ResetWorkingCopyInput = z.infer<typeof resetWorkingCopySchema>;
