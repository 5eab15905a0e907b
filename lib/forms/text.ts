import { z } from "zod";

// Text fields of the organizers' forms. Safe for client components: zod only.

/** One line: PostgreSQL refuses NUL bytes in text, and no one-line field needs a control character. */
export const oneLine = z.string().transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim());

/** Paragraphs keep their line breaks; other control characters go. */
export const paragraphs = z.string().transform((v) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\r\n?/g, "\n").trim());

/** An optional translation or detail: blank (or absent, or null) is null, else at most `max` characters. */
export const optionalText = (text: typeof oneLine | typeof paragraphs, max: number) =>
  z
    .union([text.pipe(z.string().max(max, `At most ${max} characters`)), z.null()])
    .optional()
    .transform((v) => v || null);
