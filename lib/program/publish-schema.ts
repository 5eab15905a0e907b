import { z } from "zod";

/** The longest comment a release can carry. */
export const PUBLISH_COMMENT_MAX = 2000;

/** "Publish program": the organizer's comment on the release (optional). Shared by the form and the action. */
export const publishProgramSchema = z
  .object({
    comment: z.string().trim().max(PUBLISH_COMMENT_MAX, `Keep the comment under ${PUBLISH_COMMENT_MAX} characters.`),
  })
  .strict();

export type PublishProgramInput = z.infer<typeof publishProgramSchema>;
