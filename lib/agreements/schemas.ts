import { z } from "zod";
import { line, optionalText as optional, paragraphs, requiredLine } from "@/lib/forms/text";
import { AgreementStatus, Visibility } from "@/lib/generated/prisma/enums";
import { isCurrency, parseMoney } from "@/lib/money/money";
import { localDateTime } from "@/lib/program/schemas";

// One schema per agreement form, shared by the form (zodResolver) and its server action. Safe for
// client components: zod, enums and the money parser only. The value stays the decimal text the
// organizer typed (so the form keeps it as typed); the domain turns it into minor units with
// the same `parseMoney` this schema checks it with.

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 5_000;
export const PARTIES_MIN = 2;
export const PARTIES_MAX = 30;
export const ROLE_MAX = 120;
export const SIGNATORY_MAX = 200;
export const TABLE_SLOT_MAX = 40;
export const SLOT_MAX = 1_000;
export const DEFAULT_CURRENCY = "CNY";

const optionalText = (max: number) =>
  line(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

const id = z.string().min(1, "Choose one from the list").max(40).regex(/^[a-z0-9]+$/, "Choose one from the list");
const optionalId = z
  .union([id, z.literal(""), z.null()])
  .optional()
  .transform((v) => v || null);

export const agreementPartySchema = z.object({
  organizationId: z.string().trim().min(1, "Choose an organization from the list").max(40).regex(/^[a-z0-9]+$/, "Choose an organization from the list"),
  role: requiredLine(ROLE_MAX, "Enter the party's role, e.g. Investor"),
  signatoryName: requiredLine(SIGNATORY_MAX, "Enter who signs for this party"),
  signatoryTitle: line(SIGNATORY_MAX).default(""),
});
export type AgreementPartyInput = z.input<typeof agreementPartySchema>;

const slot = z
  .union([z.coerce.number("Enter a whole number").int("Enter a whole number").min(1, "Slots start at 1").max(SLOT_MAX, `At most ${SLOT_MAX}`), z.literal(""), z.null()])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const agreementSchema = z
  .object({
    titleEn: requiredLine(TITLE_MAX, "Enter the title in English"),
    titleZh: optionalText(TITLE_MAX),
    titleRu: optionalText(TITLE_MAX),
    titleFr: optionalText(TITLE_MAX),
    summaryEn: paragraphs.pipe(z.string().max(SUMMARY_MAX, `At most ${SUMMARY_MAX} characters`)).default(""),
    summaryZh: optional(paragraphs, SUMMARY_MAX),
    summaryRu: optional(paragraphs, SUMMARY_MAX),
    summaryFr: optional(paragraphs, SUMMARY_MAX),
    sectorId: id.or(z.literal("")).refine((v) => v !== "", "Choose a sector"),
    value: z.string("Enter the value").trim().max(40, "This value is too long"),
    currency: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .pipe(z.string().refine(isCurrency, "Unknown currency: use an ISO 4217 code such as CNY, USD or RUB"))
      .default(DEFAULT_CURRENCY),
    status: z.enum(AgreementStatus, "Choose a status"),
    visibility: z.enum(Visibility, "Choose public or confidential"),
    signingSessionId: optionalId,
    slot,
    tableSlot: optionalText(TABLE_SLOT_MAX),
    /** In the forum's time zone, as typed in a datetime-local input. */
    signedAt: z
      .union([localDateTime, z.literal(""), z.null()])
      .optional()
      .transform((v) => v || null),
    parties: z.array(agreementPartySchema).max(PARTIES_MAX, `At most ${PARTIES_MAX} parties`).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (isCurrency(v.currency)) {
      const money = parseMoney(v.value, v.currency);
      if (!money.ok) ctx.addIssue({ code: "custom", path: ["value"], message: money.message });
    }
    if (v.status === "SIGNED" && !v.signedAt) ctx.addIssue({ code: "custom", path: ["signedAt"], message: "A signed agreement needs the time of signing" });
    if (v.status !== "SIGNED" && v.signedAt) ctx.addIssue({ code: "custom", path: ["signedAt"], message: "Only a signed agreement has a time of signing: clear it, or set the status to Signed" });
    if ((v.slot !== null || v.tableSlot) && !v.signingSessionId) {
      ctx.addIssue({ code: "custom", path: [v.slot !== null ? "slot" : "tableSlot"], message: "Choose the signing ceremony first" });
    }
    if (v.parties.length < PARTIES_MIN) ctx.addIssue({ code: "custom", path: ["parties"], message: "An agreement has at least two parties" });
    const seen = new Set<string>();
    v.parties.forEach((p, i) => {
      if (p.organizationId && seen.has(p.organizationId)) ctx.addIssue({ code: "custom", path: ["parties", i, "organizationId"], message: "This organization is already a party" });
      seen.add(p.organizationId);
    });
  });

export type AgreementInput = z.input<typeof agreementSchema>;
export type AgreementValues = z.output<typeof agreementSchema>;

/** The edit form also sends the agreement's updatedAt as it was when opened (lib/agreements/agreements.ts updateAgreement). */
export const updateAgreementSchema = z.object({ id, version: z.iso.datetime(), values: agreementSchema }).strict();
export const agreementIdSchema = z.object({ id }).strict();

/** The console list's filters, from the query string; anything unknown is ignored. */
export const agreementListQuerySchema = z.object({
  status: z.enum(AgreementStatus).optional().catch(undefined),
  visibility: z.enum(Visibility).optional().catch(undefined),
  sector: z.string().max(100).regex(/^[a-z0-9-]+$/).optional().catch(undefined),
});
export type AgreementListQuery = z.output<typeof agreementListQuerySchema>;

export const sectorSchema = z
  .object({
    nameEn: requiredLine(200, "Enter the sector's name in English"),
    nameZh: optionalText(200),
    nameRu: optionalText(200),
    nameFr: optionalText(200),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour like #0f766e"),
    position: z.coerce.number("Enter a number").int("Enter a whole number").min(0).max(1000).default(0),
  })
  .strict();
export type SectorInput = z.input<typeof sectorSchema>;
export type SectorValues = z.output<typeof sectorSchema>;
export const updateSectorSchema = z.object({ id, values: sectorSchema }).strict();

/** The run sheet's new order: every agreement of the session, once. */
export const reorderRunSheetSchema = z
  .object({
    sessionId: id,
    orderedIds: z.array(id).max(SLOT_MAX),
  })
  .strict();

export const markSignedSchema = z.object({ id }).strict();
