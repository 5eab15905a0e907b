import { z } from "zod";
import { oneLine, optionalText, paragraphs } from "@/lib/forms/text";

// The organizers' showcase form: one profile per organization and forum. Safe for client
// components: zod only. Headline and body come in four languages, English required.

export const HEADLINE_MAX = 200;
export const BODY_MAX = 5_000;
export const STAND_MAX = 120;
export const SHOWCASE_SESSIONS_MAX = 20;
export const SHOWCASE_POSITION_MAX = 999;

const id = z.string().regex(/^[a-z0-9]{20,40}$/, "Not a valid id");

export const showcaseProfileSchema = z
  .object({
    headlineEn: oneLine.pipe(z.string().min(1, "Enter the headline in English").max(HEADLINE_MAX, `At most ${HEADLINE_MAX} characters`)),
    headlineZh: optionalText(oneLine, HEADLINE_MAX),
    headlineRu: optionalText(oneLine, HEADLINE_MAX),
    headlineFr: optionalText(oneLine, HEADLINE_MAX),
    bodyEn: paragraphs.pipe(z.string().max(BODY_MAX, `At most ${BODY_MAX} characters`)).default(""),
    bodyZh: optionalText(paragraphs, BODY_MAX),
    bodyRu: optionalText(paragraphs, BODY_MAX),
    bodyFr: optionalText(paragraphs, BODY_MAX),
    stand: optionalText(oneLine, STAND_MAX),
    published: z.boolean().default(false),
    /** The sessions it is presented at, each with its place among that session's showcases (1 is first). */
    sessions: z
      .array(
        z
          .object({
            sessionId: id,
            position: z.coerce.number("Enter a number").int("Enter a whole number").min(1, "1 is the first").max(SHOWCASE_POSITION_MAX, `At most ${SHOWCASE_POSITION_MAX}`),
          })
          .strict(),
      )
      .max(SHOWCASE_SESSIONS_MAX, `At most ${SHOWCASE_SESSIONS_MAX} sessions`)
      .default([])
      .refine((links) => new Set(links.map((l) => l.sessionId)).size === links.length, "A session is listed twice"),
  })
  .strict();

export type ShowcaseProfileInput = z.input<typeof showcaseProfileSchema>;
export type ShowcaseProfileValues = z.output<typeof showcaseProfileSchema>;

/** What the form posts: the organization whose showcase (at the working forum) it is. */
export const saveShowcaseSchema = z.object({ organizationId: id, values: showcaseProfileSchema }).strict();
export const deleteShowcaseSchema = z.object({ organizationId: id }).strict();
