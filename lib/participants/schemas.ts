import { z } from "zod";
import { paragraphs, searchText } from "@/lib/forms/text";
import { ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";

// Schemas of the organizers' participant screens: the list's query string (also the CSV export's)
// and the decisions. Safe for client components: zod and enums only.

const text = searchText;

/** Ids are cuids: lower-case letters and digits. */
export const participantIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "Not a participant id");

export const PARTICIPANT_SORTS = ["newest", "oldest", "name"] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

/** A keyset cursor as it travels in the URL (base64url); decoded and checked by the query. */
const cursor = z.string().max(800).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined);

/**
 * The participant list's query string: search, filters, sort and the keyset cursor. Anything
 * malformed is ignored (that filter is off), never an error page.
 */
export const participantListQuerySchema = z.object({
  q: text(200).optional(),
  status: z.enum(ParticipantStatus).optional().catch(undefined),
  category: z.enum(ParticipantCategory).optional().catch(undefined),
  country: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/))
    .optional()
    .catch(undefined),
  /** A delegation's id, or "none" for participants outside any delegation. */
  delegation: z.union([z.literal("none"), participantIdSchema]).optional().catch(undefined),
  sort: z.enum(PARTICIPANT_SORTS).optional().catch(undefined),
  after: cursor,
  before: cursor,
});

export type ParticipantListQuery = z.infer<typeof participantListQuerySchema>;

/** The filters of a list (no cursor): what the export takes. */
export type ParticipantFilters = Omit<ParticipantListQuery, "after" | "before">;

/** The query string for a list, leaving out what is empty or default. */
export function participantListSearch(query: ParticipantListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "category", "country", "delegation", "sort", "after", "before"] as const) {
    const value = query[key];
    if (value && !(key === "sort" && value === "newest")) params.set(key, value);
  }
  return params;
}

/** Escapes LIKE wildcards, so a search for "A_B" finds "A_B" and not "AxB". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const DECISION_REASON_MAX = 500;
/** At most one page and a bit: the list shows 50 per page. */
export const DECISION_MAX_IDS = 200;

/** Approve or reject one or many participants, with an optional reason shown to those rejected. */
export const decideParticipantsSchema = z
  .object({
    ids: z
      .array(participantIdSchema)
      .min(1, "Select at least one participant")
      .max(DECISION_MAX_IDS, `Select at most ${DECISION_MAX_IDS} participants at once`)
      .transform((ids) => [...new Set(ids)]),
    decision: z.enum(["approve", "reject"], "Choose approve or reject"),
    reason: z
      .string()
      .pipe(paragraphs)
      .pipe(z.string().max(DECISION_REASON_MAX, `At most ${DECISION_REASON_MAX} characters`))
      .default(""),
  })
  .strict();

export type DecideParticipantsInput = z.input<typeof decideParticipantsSchema>;
export type Decision = z.output<typeof decideParticipantsSchema>["decision"];
