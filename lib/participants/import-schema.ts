import { z } from "zod";
import { toOneLine } from "@/lib/forms/text";
import { Locale, ParticipantCategory } from "@/lib/generated/prisma/enums";
import { countryOptions } from "@/lib/geo/countries";
import { EMAIL_MAX, isKnownCountry, JOB_TITLE_MAX, NAME_MAX, ORGANIZATION_MAX } from "@/lib/registration/schemas";

// The participant CSV: its columns (the export writes the same ones first, so an exported file
// imports back unchanged), its limits, and the schema each row must pass. Safe for client
// components: zod, enums and Intl only.

export const IMPORT_COLUMNS = [
  "email",
  "full_name",
  "latin_name",
  "category",
  "organization",
  "job_title",
  "country",
  "delegation",
  "preferred_language",
  "status",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["email", "full_name", "category", "country"];

/** What each column takes, for the page that documents the format. */
export const IMPORT_COLUMN_HELP: Record<ImportColumn, { required: boolean; example: string }> = {
  email: { required: true, example: "aigerim@example.kz" },
  full_name: { required: true, example: "Айгерим Сапарова" },
  latin_name: { required: false, example: "Aigerim Saparova" },
  category: { required: true, example: "BUSINESS" },
  organization: { required: false, example: "Astana Digital Solutions LLP" },
  job_title: { required: false, example: "Head of International Business" },
  country: { required: true, example: "KZ" },
  delegation: { required: false, example: "Delegation of Kazakhstan" },
  preferred_language: { required: false, example: "ru" },
  status: { required: false, example: "PENDING" },
};

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

/** No control characters (PostgreSQL refuses NUL), single spaces, trimmed. */
const clean = toOneLine;

const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;

let countriesByName: Map<string, string> | undefined;

/** An ISO code, or a country's English name as the country picker shows it ("Kazakhstan"). */
export function countryCodeFrom(value: string): string | null {
  const v = clean(value);
  if (/^[A-Za-z]{2}$/.test(v)) return isKnownCountry(v.toUpperCase()) ? v.toUpperCase() : null;
  countriesByName ??= new Map(countryOptions("en").map((o) => [o.label.toLowerCase(), o.value]));
  return countriesByName.get(v.toLowerCase()) ?? null;
}

const LANGUAGES: Record<string, Locale> = {
  en: "EN", english: "EN",
  zh: "ZH", chinese: "ZH", 中文: "ZH",
  ru: "RU", russian: "RU", русский: "RU",
  fr: "FR", french: "FR", français: "FR", francais: "FR",
};

const STATUSES = ["PENDING", "APPROVED", "REJECTED", "CANCELLED"] as const;

/** A row's cells by column name, from the CSV; absent columns are undefined. */
export type ImportCells = Partial<Record<ImportColumn, string>>;

const optionalCell = (max: number, label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : clean(v)))
    .pipe(z.string().max(max, `${label}: at most ${max} characters`).optional());

/**
 * One row. Columns the file does not have come out undefined (an update leaves those fields
 * alone); empty optional cells come out empty (an update clears them).
 */
export const importRowSchema = z.object({
  email: z
    .string()
    .default("")
    .transform((v) => clean(v).toLowerCase())
    .pipe(z.string().min(1, "The e-mail address is missing").max(EMAIL_MAX, `At most ${EMAIL_MAX} characters`).pipe(z.email("Not a valid e-mail address"))),
  full_name: z
    .string()
    .default("")
    .transform(clean)
    .pipe(z.string().min(1, "The full name is missing").max(NAME_MAX, `At most ${NAME_MAX} characters`)),
  latin_name: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : clean(v) || null))
    .refine((v) => !v || LATIN_NAME.test(v), "Use Latin letters, spaces, hyphens, apostrophes and dots only")
    .refine((v) => !v || v.length <= NAME_MAX, `At most ${NAME_MAX} characters`),
  category: z
    .string()
    .default("")
    .transform((v) => clean(v).toUpperCase().replace(/[\s-]+/g, "_"))
    .pipe(z.enum(ParticipantCategory, `Use one of: ${Object.values(ParticipantCategory).join(", ")}`)),
  organization: optionalCell(ORGANIZATION_MAX, "Organization"),
  job_title: optionalCell(JOB_TITLE_MAX, "Job title"),
  country: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const code = countryCodeFrom(v);
      if (!code) {
        ctx.addIssue({ code: "custom", message: clean(v) ? `Unknown country "${clean(v)}": use a two-letter ISO code such as KZ` : "The country is missing" });
        return z.NEVER;
      }
      return code;
    }),
  delegation: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : clean(v) || null))
    .refine((v) => !v || v.length <= 120, "At most 120 characters"),
  preferred_language: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const key = clean(v).toLowerCase();
      if (!key) return "EN" as Locale;
      const locale = LANGUAGES[key];
      if (!locale) {
        ctx.addIssue({ code: "custom", message: "Use en, zh, ru or fr" });
        return z.NEVER;
      }
      return locale;
    }),
  status: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const key = v === undefined ? "" : clean(v).toUpperCase();
      if (!key) return undefined;
      if (!(STATUSES as readonly string[]).includes(key)) {
        ctx.addIssue({ code: "custom", message: "Use PENDING, APPROVED, REJECTED or CANCELLED" });
        return z.NEVER;
      }
      return key as (typeof STATUSES)[number];
    }),
});

export type ImportRow = z.output<typeof importRowSchema>;

/** What the import page sends: the file's text, and on confirmation the preview's digest. */
export const importTextSchema = z
  .object({
    // Characters, not bytes, here; the byte limit is checked by the import itself with a clear message.
    text: z.string("Choose a file or paste CSV text").max(IMPORT_MAX_BYTES, `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`),
  })
  .strict();

export const importConfirmSchema = importTextSchema.extend({ digest: z.string().min(1).max(100) }).strict();
