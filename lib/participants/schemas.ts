import { z } from "zod";

const text = (max: number) =>
  z
    .string()
    // PostgreSQL refuses NUL bytes in text: strip every control character from what is typed.
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, max))
    .catch("");

/** The participant list's query string. Anything malformed is ignored, never an error page. */
export const participantListQuerySchema = z.object({
  q: text(200).optional(),
  after: z.string().regex(/^[a-z0-9]{20,40}$/).optional().catch(undefined),
});

export type ParticipantListQuery = z.infer<typeof participantListQuerySchema>;

/** Escapes LIKE wildcards, so a search for "A_B" finds "A_B" and not "AxB". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
