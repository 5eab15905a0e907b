import { z } from "zod";
import { oneLine } from "@/lib/forms/text";
import { Locale, ParticipantCategory } from "@/lib/generated/prisma/enums";
import { countryOptions } from "@/lib/geo/countries";

// One schema for the registration form (zodResolver), its server action and the delegate's own
// "edit my details" form. Safe for client components: zod, enums and Intl only.

export const NAME_MAX = 200;
export const ORGANIZATION_MAX = 200;
export const JOB_TITLE_MAX = 200;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
export const INVITE_TOKEN_MAX = 200;

const cleanText = oneLine;

const requiredText = (max: number, message: string) =>
  cleanText.pipe(z.string().min(1, message).max(max, `At most ${max} characters`));

const optionalText = (max: number) =>
  z
    .union([cleanText.pipe(z.string().max(max, `At most ${max} characters`)), z.null()])
    .optional()
    .transform((v) => v || null);

let knownCountries: Set<string> | undefined;

/** Whether `code` is an ISO 3166-1 alpha-2 code the country picker offers (lib/geo/countries.ts). */
export function isKnownCountry(code: string): boolean {
  knownCountries ??= new Set(countryOptions("en").map((o) => o.value));
  return knownCountries.has(code);
}

const id = z.string().max(40).regex(/^[a-z0-9]+$/, "Not a valid id");

/** Latin letters (accents included), spaces, hyphens, apostrophes and dots: what a badge prints. */
const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;

export const participantDetailsSchema = z
  .object({
    fullName: requiredText(NAME_MAX, "Enter your full name"),
    latinName: optionalText(NAME_MAX).refine((v) => v === null || LATIN_NAME.test(v), {
      message: "Use Latin letters, spaces, hyphens, apostrophes and dots only",
    }),
    category: z.enum(ParticipantCategory, "Choose a category"),
    organizationName: requiredText(ORGANIZATION_MAX, "Enter your organization"),
    jobTitle: cleanText.pipe(z.string().max(JOB_TITLE_MAX, `At most ${JOB_TITLE_MAX} characters`)).default(""),
    countryCode: z
      .string("Choose a country")
      .trim()
      .toUpperCase()
      .refine((v) => v !== "", "Choose a country")
      .refine((v) => v === "" || (/^[A-Z]{2}$/.test(v) && isKnownCountry(v)), "Choose a country from the list"),
    delegationId: z
      .union([id, z.literal(""), z.null()])
      .optional()
      .transform((v) => v || null),
    preferredLocale: z.enum(Locale, "Choose a language"),
    consentPublicList: z.boolean().default(false),
  })
  .strict();

export type ParticipantDetailsInput = z.input<typeof participantDetailsSchema>;
export type ParticipantDetails = z.output<typeof participantDetailsSchema>;

const CHARACTER_CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[\p{Lo}\p{Lt}\p{Lm}]/u, /[^\p{L}\p{Nd}]/u];

/** How many kinds of character a password mixes: lower case, upper case, digits, other scripts, symbols and spaces. */
export function passwordCharacterClasses(password: string): number {
  return CHARACTER_CLASSES.filter((re) => re.test(password)).length;
}

export const emailSchema = z
  .string("Enter your e-mail address")
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address")
  .max(EMAIL_MAX, `At most ${EMAIL_MAX} characters`)
  .pipe(z.email("Enter a valid e-mail address, like name@example.org"));

export const passwordSchema = z
  .string("Choose a password")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`)
  .refine((v) => passwordCharacterClasses(v) >= 2, "Mix at least two kinds of character: lower and upper case letters, digits or symbols");

export const CONSENT_DATA_MESSAGE = "You must agree to data processing to register";

export const registrationSchema = participantDetailsSchema
  .extend({
    email: emailSchema,
    password: passwordSchema,
    consentData: z.boolean(CONSENT_DATA_MESSAGE).refine((v) => v, CONSENT_DATA_MESSAGE),
    inviteToken: z
      .union([z.string().max(INVITE_TOKEN_MAX).regex(/^[A-Za-z0-9_-]*$/, "This invitation link is not valid"), z.null()])
      .optional()
      .transform((v) => v || null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.password.trim().toLowerCase() === v.email) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "Your password must not be your e-mail address" });
    }
  });

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;

/** The confirmation link's query string; anything malformed reads as an unknown link. */
export const confirmTokenSchema = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/);
