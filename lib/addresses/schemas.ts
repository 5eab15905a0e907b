import { z } from "zod";
import catalog from "@/lib/i18n/messages/en/addresses.json";

// The "Address" field of the console's edit forms (sessions, sub-forums, speakers, organizations):
// the slug in a public address. Safe for client components: zod and the English catalog only.

export const ADDRESS_MAX = 80;

/** Lower-case ASCII letters and digits in words joined by single hyphens. */
const ADDRESS_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Slugs that are, or may become, pages of their own next to the records' addresses (/program/changes,
 * /program/sub-forums, /speakers …): no record may take them. Route names are here as slugify()
 * writes them ("changes.atom" → "changes-atom").
 */
export const RESERVED_ADDRESSES: ReadonlySet<string> = new Set([
  "admin", "api", "calendar", "calendar-ics", "changes", "changes-atom", "edit", "export", "feed", "import", "login", "me",
  "new", "organizations", "organizer", "p", "print", "program", "register", "schedule", "schedule-json", "schedule-xml",
  "search", "signings", "speakers", "sub-forums",
]);

/** Why an address cannot be used: its form, a page's name, another record's, or one given out for another record. */
export type AddressError = "FORMAT" | "TOO_LONG" | "RESERVED" | "TAKEN" | "RETIRED";

/** The address's own faults, before any record is looked at. */
export function addressFormatError(slug: string): AddressError | null {
  if (slug.length > ADDRESS_MAX) return "TOO_LONG";
  if (!ADDRESS_PATTERN.test(slug)) return "FORMAT";
  if (RESERVED_ADDRESSES.has(slug)) return "RESERVED";
  return null;
}

/** The English message for an address error (the form shows it at the field). */
export function addressErrorMessage(error: AddressError): string {
  return catalog.errors[error].replace("{max}", String(ADDRESS_MAX));
}

/**
 * The optional Address field: blank keeps the current address (or makes one from the English title
 * for a new record). Typed upper case is lowered; anything else outside the pattern is refused.
 */
export const addressField = z
  .union([
    z
      .string()
      .trim()
      .toLowerCase()
      .superRefine((value, ctx) => {
        const error = value === "" ? null : addressFormatError(value);
        if (error) ctx.addIssue({ code: "custom", message: addressErrorMessage(error) });
      }),
    z.null(),
  ])
  .optional()
  .transform((v) => v || null);
