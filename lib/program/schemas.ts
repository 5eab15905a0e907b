import { z } from "zod";
import { addressField } from "@/lib/addresses/schemas";
import { oneLine, optionalText, paragraphs } from "@/lib/forms/text";
import { SessionRoleKind, SessionType } from "@/lib/generated/prisma/enums";
import schedule from "@/lib/i18n/messages/en/schedule.json";
import { nextDay } from "@/lib/time/zone";

// One schema per form, shared by the form (zodResolver) and its server action. Safe for client
// components: zod and enums only. Text the public reads comes in four languages: English is
// required, the others optional (blank means "fall back to English").

export const TITLE_MAX = 300;
export const TEXT_MAX = 20_000;

function localized<F extends string>(field: F, opts: { max: number; required?: string; multiline?: boolean }) {
  // Titles and names are one line (no control characters: they end up in line-based exports);
  // abstracts, descriptions and bios keep their line breaks.
  const text = opts.multiline ? paragraphs : oneLine;
  const limited = text.pipe(z.string().max(opts.max, `At most ${opts.max} characters`));
  return {
    [`${field}En`]: opts.required ? text.pipe(z.string().min(1, opts.required).max(opts.max, `At most ${opts.max} characters`)) : limited.default(""),
    [`${field}Zh`]: optionalText(text, opts.max),
    [`${field}Ru`]: optionalText(text, opts.max),
    [`${field}Fr`]: optionalText(text, opts.max),
  } as {
    [K in `${F}En`]: z.ZodType<string, string | undefined>;
  } & { [K in `${F}${"Zh" | "Ru" | "Fr"}`]: z.ZodType<string | null | undefined, string | null | undefined> };
}

const id = z.string().min(1).max(40).regex(/^[a-z0-9]+$/, "Not a valid id");
const optionalId = z
  .union([id, z.literal(""), z.null()])
  .optional()
  .transform((v) => v || null);

/** Whether "2025-07-10" (optionally with "T09:00") names a real calendar day and time. */
function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h = 0, mi = 0] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as number[];
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (mo ?? 1) - 1 && date.getUTCDate() === d && (h ?? 0) < 24 && (mi ?? 0) < 60;
}

/** A local date-time in the forum's zone as typed in an `<input type="datetime-local">`. */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter a date and time").refine(isRealDate, "Enter a date and time that exists");
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date").refine(isRealDate, "Enter a date that exists");

const capacity = z
  .union([z.coerce.number().int("Whole seats only").min(1, "At least 1 seat").max(100_000, "At most 100,000 seats"), z.literal(""), z.null()])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const sessionPersonSchema = z.object({
  personId: id,
  role: z.enum(SessionRoleKind),
  position: z.coerce.number().int().min(0).max(1000),
});

export const sessionSchema = z
  .object({
    type: z.enum(SessionType, "Choose a type"),
    ...localized("title", { max: TITLE_MAX, required: "Enter the title in English" }),
    ...localized("abstract", { max: TEXT_MAX, multiline: true }),
    subForumId: optionalId,
    roomId: optionalId,
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity,
    seatBooking: z.boolean().default(false),
    people: z.array(sessionPersonSchema).max(60, "At most 60 people per session").default([]),
    slug: addressField,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The session must end after it starts" });
    if (v.seatBooking && !v.capacity) ctx.addIssue({ code: "custom", path: ["capacity"], message: "Set the number of seats to book" });
    const seen = new Set<string>();
    v.people.forEach((p, i) => {
      if (seen.has(p.personId)) ctx.addIssue({ code: "custom", path: ["people", i, "personId"], message: "This person is already in the session" });
      seen.add(p.personId);
    });
  });

/** The forum's first and last day, calendar dates in its zone ("2025-07-10"). */
export type ForumDays = { startDate: string; endDate: string };

/** The message for a time outside the forum's days (catalog schedule.form.outsideForumDays). */
export function outsideForumDaysMessage(days: ForumDays): string {
  return schedule.form.outsideForumDays.replace("{first}", days.startDate).replace("{last}", days.endDate);
}

/**
 * Field errors when a session's local times (as typed, in the forum's zone) leave the forum's
 * days: it starts before the first day's midnight or ends after the last day's. A session far
 * outside (the year 9999) once made an end time the database could not read back.
 */
export function timesOutsideForumDays(v: { startsAt: string; endsAt: string }, days: ForumDays): Record<string, string> {
  const first = `${days.startDate}T00:00`;
  const after = `${nextDay(days.endDate)}T00:00`;
  const errors: Record<string, string> = {};
  if (v.startsAt < first || v.startsAt >= after) errors.startsAt = outsideForumDaysMessage(days);
  if (v.endsAt > after || v.endsAt <= first) errors.endsAt = outsideForumDaysMessage(days);
  return errors;
}

/** The session form's schema for one forum: the shared schema plus its days (the server checks them again). */
export function sessionSchemaWithin(days: ForumDays) {
  return sessionSchema.superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(timesOutsideForumDays(v, days))) ctx.addIssue({ code: "custom", path: [path], message });
  });
}

export type SessionInput = z.input<typeof sessionSchema>;
export type SessionValues = z.output<typeof sessionSchema>;

export const updateSessionSchema = z.object({ id, values: sessionSchema }).strict();

/** A move on the grid: a new start (the length is kept) and a room. */
export const moveSessionSchema = z
  .object({
    id,
    // The instant itself, not a wall-clock time: the hour a DST change repeats is ambiguous.
    startsAt: z.iso.datetime({ offset: true }),
    roomId: optionalId,
  })
  .strict();
export type MoveSessionInput = z.input<typeof moveSessionSchema>;

export const deleteSessionSchema = z.object({ id }).strict();

export const roomSchema = z
  .object({
    ...localized("name", { max: 200, required: "Enter the room's name in English" }),
    capacity: z.coerce.number("Enter the number of seats").int("Whole seats only").min(1, "At least 1 seat").max(100_000, "At most 100,000 seats"),
    sortOrder: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export type RoomInput = z.input<typeof roomSchema>;

export const subForumSchema = z
  .object({
    ...localized("title", { max: TITLE_MAX, required: "Enter the title in English" }),
    ...localized("description", { max: TEXT_MAX, multiline: true }),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour like #1f6fb8"),
    position: z.coerce.number().int().min(0).max(1000).default(0),
    // A checkbox group of one sends a single value (or false) instead of a list.
    chairIds: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []), z.array(id).max(20)),
    slug: addressField,
  })
  .strict();
export type SubForumInput = z.input<typeof subForumSchema>;

export const personSchema = z
  .object({
    ...localized("name", { max: 200, required: "Enter the name in Latin script" }),
    ...localized("title", { max: 300 }),
    ...localized("bio", { max: TEXT_MAX, multiline: true }),
    organizationId: optionalId,
    countryCode: z
      .union([z.string().regex(/^[A-Z]{2}$/, "Choose a country"), z.literal(""), z.null()])
      .optional()
      .transform((v) => v || null),
    protocolRank: z.coerce.number("Enter a rank").int().min(1, "1 is the most senior").max(1000),
    slug: addressField,
  })
  .strict();
export type PersonInput = z.input<typeof personSchema>;

export const forumSettingsSchema = z
  .object({
    ...localized("name", { max: 300, required: "Enter the forum's name in English" }),
    ...localized("theme", { max: 500, required: "Enter the theme in English" }),
    ...localized("description", { max: TEXT_MAX, multiline: true }),
    ...localized("venue", { max: 300, required: "Enter the venue in English" }),
    ...localized("city", { max: 200, required: "Enter the city in English" }),
    ...localized("organizers", { max: 1000 }),
    startDate: calendarDate,
    endDate: calendarDate,
    timeZone: z.string().refine(isTimeZone, "Choose a time zone such as Asia/Shanghai"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The forum must end on or after its first day" });
  });
export type ForumSettingsInput = z.input<typeof forumSettingsSchema>;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}
