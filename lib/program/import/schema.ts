import { z } from "zod";
import { line } from "@/lib/forms/text";

// The program import's limits, what its page sends, and the codes its preview speaks in. Safe for
// client components: zod only. Messages are catalog keys (programImport.errors.*).

/** A schedule of 3,000 events with abstracts is about 3 MB; the server's body limit is 6 MB. */
export const PROGRAM_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The form: one file chosen, not larger than the limit. */
export const programImportFileSchema = z
  .object({
    file: z
      .custom<FileList>((v) => typeof v === "object" && v !== null && "length" in v && (v as FileList).length === 1, "chooseFile")
      .refine((files) => (files[0]?.size ?? 0) <= PROGRAM_IMPORT_MAX_BYTES, "tooLarge")
      .refine((files) => (files[0]?.size ?? 0) > 0, "emptyFile"),
  })
  .strict();

/** What the page sends to preview: the file's name and text (read in the browser). */
export const programImportSchema = z
  .object({
    // Stored in the audit entry: no control characters (PostgreSQL refuses a NUL in JSON text).
    fileName: line(255).default(""),
    // Characters here; the byte limit is checked by the import itself.
    text: z.string("chooseFile").min(1, "emptyFile").max(PROGRAM_IMPORT_MAX_BYTES, "tooLarge"),
  })
  .strict();

/** To import: the same, and the digest of the preview the organizer saw. */
export const programImportConfirmSchema = programImportSchema.extend({ digest: z.string().min(1).max(100) }).strict();

export type ProgramImportInput = z.infer<typeof programImportSchema>;

export type ImportProblemCode =
  // The file as a whole: nothing can be imported.
  | "FILE_TOO_LARGE"
  | "FILE_EMPTY"
  | "FILE_NOT_SCHEDULE"
  | "FILE_BAD_JSON"
  | "FILE_BAD_XML"
  | "FILE_XML_ENTITIES"
  | "FILE_NO_CONFERENCE"
  | "FILE_NO_EVENTS"
  | "FILE_TOO_MANY_EVENTS"
  | "FILE_TOO_MANY_ROWS"
  // A row: blocking ones stop the import until the file is fixed.
  | "MISSING_TITLE"
  | "TITLE_TOO_LONG"
  | "TEXT_TOO_LONG"
  | "MISSING_NAME"
  | "NAME_TOO_LONG"
  | "BAD_TIME"
  | "BAD_DURATION"
  | "OUTSIDE_FORUM_DAYS"
  | "MISSING_ROOM"
  | "UNKNOWN_ROOM"
  | "DUPLICATE_GUID"
  | "DUPLICATE_SESSION"
  | "TOO_MANY_PEOPLE"
  // Notes: said plainly, nothing stops.
  | "NEW_GUID"
  | "NOT_A_GUID"
  | "UNKNOWN_TYPE"
  | "NO_CAPACITY"
  | "SHARED_GUID"
  | "BAD_COLOR"
  | "SLUG_TAKEN";

export type ImportProblem = { code: ImportProblemCode; blocking: boolean; values?: Record<string, string | number> };
