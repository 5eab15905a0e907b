import { z } from "zod";

// Text rules shared by every schema (lib/*/schemas.ts). Safe for client components: zod only.
//
// Control characters never belong in a one-line field: PostgreSQL refuses NUL bytes, and a line
// break in a title ends up inside exports that are line-based (an iCalendar property, a CSV row, a
// log line). The C1 range (U+0080–U+009F, NEL among them) and the Unicode line and paragraph
// separators break lines just as well, so they go too.
const LINE_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Paragraphs keep tab-free line breaks ("\n"); every other control character goes.
const PARAGRAPH_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text as one line: every control character becomes a space, runs of spaces become one, trimmed. */
export function toOneLine(value: string): string {
  return value.replace(LINE_BREAKERS, " ").replace(/\s+/g, " ").trim();
}

/** One line: PostgreSQL refuses NUL bytes in text, and no one-line field needs a control character. */
export const oneLine = z.string().transform(toOneLine);

/** Paragraphs keep their line breaks; other control characters go. */
export const paragraphs = z.string().transform((v) =>
  v
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(PARAGRAPH_CONTROLS, "")
    .trim(),
);

/** A required one-line field: `message` when blank, at most `max` characters. */
export const requiredLine = (max: number, message: string) => oneLine.pipe(z.string().min(1, message).max(max, `At most ${max} characters`));

/** A one-line field that may be blank ("" when blank). */
export const line = (max: number) => oneLine.pipe(z.string().max(max, `At most ${max} characters`));

/** An optional translation or detail: blank (or absent, or null) is null, else at most `max` characters. */
export const optionalText = (text: typeof oneLine | typeof paragraphs, max: number) =>
  z
    .union([text.pipe(z.string().max(max, `At most ${max} characters`)), z.null()])
    .optional()
    .transform((v) => v || null);

/**
 * A search box or filter from a query string: one line, cut at `max`, anything malformed reads as
 * "" (the filter is off), never an error page.
 */
export const searchText = (max: number) =>
  z
    .string()
    .transform((v) => v.replace(LINE_BREAKERS, "").trim().slice(0, max))
    .catch("");
