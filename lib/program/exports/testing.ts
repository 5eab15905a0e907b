// For the export tests only: the c3voc schemas (read from ../shared/schedule-schemas, never copied
// into the project), an iCalendar reader over ical.js, the RFC 5545 line checks, and a way to
// publish a release without the publishing domain (a ProgramRelease row written directly).
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";
import ICAL from "ical.js";
import { validateXML } from "xmllint-wasm";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildProgramSnapshot, initialChangelog, snapshotToJson, type ProgramSnapshot } from "@/lib/program/snapshot";

export const SCHEMA_DIR = path.resolve(process.cwd(), "../shared/schedule-schemas");

const readSchemaFile = (name: string) => fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8");

/** The formats schema.json names; Ajv knows none of them without ajv-formats. */
const FORMATS: Record<string, (value: string) => boolean> = {
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)),
  "date-time": (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(v) && !Number.isNaN(Date.parse(v)),
  uri: (v) => URL.canParse(v) && /^[a-z][a-z0-9+.-]*:/i.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  color: (v) => /^#[0-9a-f]{6}$/i.test(v),
};

/** Validates a parsed document against schema.json (draft-06); returns the errors, none when valid. */
export function scheduleJsonValidator(): (document: unknown) => string[] {
  // strict: false lets the schema's own annotations ("$oneOf", "$todo") through, as the schema's authors intend.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(draft06);
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
  const validate = ajv.compile(JSON.parse(readSchemaFile("schema.json")) as object);
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`));
}

/** Validates an XML document against schedule.xml.xsd with libxml2 (WebAssembly); returns the errors. */
export async function scheduleXmlErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "schedule.xml", contents: xml }],
    schema: [{ fileName: "schedule.xml.xsd", contents: readSchemaFile("schedule.xml.xsd") }],
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

export const readExampleSchedule = (): unknown => JSON.parse(readSchemaFile("pretalx-democon.json"));

/** Where a calendar breaks RFC 5545's line rules: CRLF only, at most 75 octets, no split character. */
export function calendarLineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  const lines = text.split("\r\n").slice(0, -1);
  lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1}: bare CR or LF`);
    const octets = Buffer.byteLength(line, "utf8");
    if (octets > 75) problems.push(`line ${i + 1}: ${octets} octets`);
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line)) problems.push(`line ${i + 1}: half a character`);
  });
  return problems;
}

export type ParsedEvent = {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  categories: string[];
  start: Date;
  end: Date;
  stamp: Date;
  /** DTSTART as written: "Z" (UTC) or a TZID. */
  startZone: string;
};

export type ParsedCalendar = { properties: Record<string, string>; events: ParsedEvent[] };

const text = (component: InstanceType<typeof ICAL.Component>, name: string) => {
  const value: unknown = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
};

const time = (component: InstanceType<typeof ICAL.Component>, name: string): InstanceType<typeof ICAL.Time> => {
  const value: unknown = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return value;
};

/** Parses a calendar with ical.js (throws on malformed input) into what the tests look at. */
export function parseCalendar(body: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(body));
  if (calendar.name !== "vcalendar") throw new Error(`Not a VCALENDAR: ${calendar.name}`);
  const properties = Object.fromEntries(calendar.getAllProperties().map((p) => [p.name.toUpperCase(), String(p.getFirstValue())]));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const start = time(vevent, "dtstart");
    return {
      uid: text(vevent, "uid") ?? "",
      sequence: Number(text(vevent, "sequence") ?? 0),
      status: text(vevent, "status"),
      summary: text(vevent, "summary") ?? "",
      description: text(vevent, "description") ?? "",
      location: text(vevent, "location") ?? "",
      url: text(vevent, "url"),
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      start: start.toJSDate(),
      end: time(vevent, "dtend").toJSDate(),
      stamp: time(vevent, "dtstamp").toJSDate(),
      startZone: start.zone?.tzid ?? "floating",
    };
  });
  return { properties, events };
}

/**
 * Publishes the forum's current working copy as release `version`, the way the publishing domain
 * will (a ProgramRelease row with a snapshot); `edit` changes the snapshot first.
 */
export async function publishRelease(
  db: Prisma.TransactionClient,
  forumId: string,
  version: number,
  publishedAt: Date,
  edit: (snapshot: ProgramSnapshot) => ProgramSnapshot = (s) => s,
): Promise<ProgramSnapshot> {
  const snapshot = edit(await buildProgramSnapshot(db, forumId));
  await db.programRelease.create({
    data: { forumId, version, comment: `Release ${version}`, changelog: initialChangelog(snapshot), snapshot: snapshotToJson(snapshot), publishedAt },
  });
  return snapshot;
}
