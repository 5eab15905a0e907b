import { z } from "zod";
import { addressField } from "@/lib/addresses/schemas";
import { oneLine, optionalText, paragraphs, searchText } from "@/lib/forms/text";
import { OrganizationKind } from "@/lib/generated/prisma/enums";
import { isKnownCountry } from "@/lib/registration/schemas";

// The organizers' organization forms and the list's query string. Safe for client components:
// zod, enums and Intl only. Names and descriptions come in four languages: English is required,
// the others optional (blank means "fall back to English").

export const ORGANIZATION_NAME_MAX = 300;
export const ORGANIZATION_REGION_MAX = 120;
export const ORGANIZATION_WEBSITE_MAX = 500;
export const ORGANIZATION_DESCRIPTION_MAX = 5_000;

/** A web address the public may follow: http or https only, with a host. */
function isWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const organizationSchema = z
  .object({
    nameEn: oneLine.pipe(z.string().min(1, "Enter the name in English").max(ORGANIZATION_NAME_MAX, `At most ${ORGANIZATION_NAME_MAX} characters`)),
    nameZh: optionalText(oneLine, ORGANIZATION_NAME_MAX),
    nameRu: optionalText(oneLine, ORGANIZATION_NAME_MAX),
    nameFr: optionalText(oneLine, ORGANIZATION_NAME_MAX),
    kind: z.enum(OrganizationKind, "Choose a kind"),
    countryCode: z
      .string("Choose a country")
      .trim()
      .toUpperCase()
      .refine((v) => v !== "", "Choose a country")
      .refine((v) => v === "" || (/^[A-Z]{2}$/.test(v) && isKnownCountry(v)), "Choose a country from the list"),
    region: optionalText(oneLine, ORGANIZATION_REGION_MAX),
    website: optionalText(oneLine, ORGANIZATION_WEBSITE_MAX).refine((v) => v === null || isWebsite(v), "Enter a web address starting with https:// or http://"),
    descriptionEn: paragraphs.pipe(z.string().max(ORGANIZATION_DESCRIPTION_MAX, `At most ${ORGANIZATION_DESCRIPTION_MAX} characters`)).default(""),
    descriptionZh: optionalText(paragraphs, ORGANIZATION_DESCRIPTION_MAX),
    descriptionRu: optionalText(paragraphs, ORGANIZATION_DESCRIPTION_MAX),
    descriptionFr: optionalText(paragraphs, ORGANIZATION_DESCRIPTION_MAX),
    slug: addressField,
  })
  .strict();

export type OrganizationInput = z.input<typeof organizationSchema>;
export type OrganizationValues = z.output<typeof organizationSchema>;

/** Ids are cuids: lower-case letters and digits. */
export const organizationIdSchema = z.string("Choose an organization").regex(/^[a-z0-9]{20,40}$/, "Choose an organization");

/** What the edit form posts: null id for a new organization. */
export const saveOrganizationSchema = z.object({ id: organizationIdSchema.nullable(), values: organizationSchema }).strict();

/** Merge `dropId` (the duplicate) into `keepId`. */
export const mergeOrganizationsSchema = z
  .object({ keepId: organizationIdSchema, dropId: organizationIdSchema })
  .strict()
  .refine((v) => v.keepId !== v.dropId, { path: ["dropId"], message: "Choose another organization than the one kept" });

const text = searchText;

/** A keyset cursor as it travels in the URL (base64url); decoded and checked by the query. */
const cursor = z.string().max(800).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined);

/** The organization list's query string. Anything malformed is ignored (that filter is off), never an error page. */
export const organizationListQuerySchema = z.object({
  q: text(200).optional(),
  kind: z.enum(OrganizationKind).optional().catch(undefined),
  country: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/))
    .optional()
    .catch(undefined),
  region: text(ORGANIZATION_REGION_MAX).optional(),
  after: cursor,
  before: cursor,
});

export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;
export type OrganizationFilters = Omit<OrganizationListQuery, "after" | "before">;

/** The query string for a list, leaving out what is empty. */
export function organizationListSearch(query: OrganizationListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", "kind", "country", "region", "after", "before"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
