// Reads a schedule file into one neutral shape, whichever format it is in: the c3voc
// schedule.json (what pretalx and Concord export) or the frab schedule.xml. Pure: no database, no
// clock. Nothing here throws on a user's file; a file it cannot read comes back as a code.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { LOCALE_NAMES, type AppLocale } from "@/lib/i18n/locales";

export type ScheduleFormat = "json" | "xml";

export type ReadRoom = { name: string; guid: string | null; slug: string | null; capacity: number | null };
export type ReadTrack = { name: string; slug: string | null; color: string | null };
export type ReadPerson = { guid: string | null; code: string | null; name: string; biography: string | null };

export type ReadEvent = {
  /** 1-based position in the file, for the preview. */
  index: number;
  guid: string | null;
  id: number | null;
  /** As written: "2025-07-10T09:00:00+08:00" (the XML's may lack the offset, or the time). */
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: ReadPerson[];
};

export type ReadSchedule = {
  format: ScheduleFormat;
  acronym: string;
  /** The conference's rooms, then any room the days group events under that the list lacks, in the order first seen. */
  rooms: ReadRoom[];
  tracks: ReadTrack[];
  events: ReadEvent[];
};

export type ReadFailure =
  | "EMPTY"
  | "NOT_SCHEDULE"
  | "BAD_JSON"
  | "BAD_XML"
  | "XML_ENTITIES"
  | "NO_CONFERENCE"
  | "NO_EVENTS"
  | "TOO_MANY_EVENTS"
  | "TOO_MANY_ROWS";

export type ReadResult = { ok: true; schedule: ReadSchedule } | { ok: false; failure: ReadFailure; detail?: string };

/** More events than any forum has: a file beyond this is refused rather than previewed. */
export const MAX_EVENTS = 3000;
/** Rooms, tracks and distinct speakers: each at most this many. */
export const MAX_OTHER_ROWS = 3000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A text value: strings and numbers as written, an XML element's text, anything else empty. */
function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  // One level only: an element's text is a string (a crafted nesting must not recurse).
  if (isObj(v) && (typeof v["#text"] === "string" || typeof v["#text"] === "number")) return String(v["#text"]);
  return "";
}
const optional = (v: unknown): string | null => str(v).trim() || null;
function int(v: unknown): number | null {
  const n = typeof v === "number" ? v : /^\s*-?\d+\s*$/.test(str(v)) ? Number(str(v)) : NaN;
  return Number.isSafeInteger(n) ? n : null;
}

/** Reads a schedule file's text; the format is detected from its first character. */
export function readSchedule(text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (!body) return { ok: false, failure: "EMPTY" };
  if (body.startsWith("{")) return readJson(body);
  if (body.startsWith("<")) return readXml(body);
  return { ok: false, failure: "NOT_SCHEDULE" };
}

function finish(format: ScheduleFormat, acronym: string, rooms: ReadRoom[], tracks: ReadTrack[], events: ReadEvent[]): ReadResult {
  if (events.length === 0) return { ok: false, failure: "NO_EVENTS" };
  if (events.length > MAX_EVENTS) return { ok: false, failure: "TOO_MANY_EVENTS", detail: String(events.length) };
  const speakers = new Set(events.flatMap((e) => e.persons.map((p) => p.guid ?? p.code ?? p.name)));
  if (rooms.length > MAX_OTHER_ROWS || tracks.length > MAX_OTHER_ROWS || speakers.size > MAX_OTHER_ROWS) return { ok: false, failure: "TOO_MANY_ROWS", detail: String(MAX_OTHER_ROWS) };
  return { ok: true, schedule: { format, acronym, rooms, tracks, events } };
}

function readJson(body: string): ReadResult {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    return { ok: false, failure: "BAD_JSON", detail: error instanceof Error ? error.message : undefined };
  }
  const schedule = isObj(document) ? document.schedule : undefined;
  const conference = isObj(schedule) ? schedule.conference : undefined;
  if (!isObj(conference)) return { ok: false, failure: "NO_CONFERENCE" };
  const rooms: ReadRoom[] = asArray(conference.rooms)
    .filter(isObj)
    .map((r) => ({ name: str(r.name).trim(), guid: optional(r.guid), slug: optional(r.slug), capacity: int(r.capacity) }));
  const tracks: ReadTrack[] = asArray(conference.tracks)
    .filter(isObj)
    .map((t) => ({ name: str(t.name).trim(), slug: optional(t.slug), color: optional(t.color) }));
  const events: ReadEvent[] = [];
  for (const day of asArray(conference.days)) {
    if (!isObj(day) || !isObj(day.rooms)) continue;
    for (const [roomName, list] of Object.entries(day.rooms)) {
      addRoom(rooms, roomName.trim(), null);
      for (const e of asArray(list)) {
        if (!isObj(e)) continue;
        events.push({
          index: events.length + 1,
          guid: optional(e.guid),
          id: int(e.id),
          ...eventTexts(e, roomName),
          persons: asArray(e.persons)
            .filter(isObj)
            // pretalx writes public_name; older exports name.
            .map((p) => ({ guid: optional(p.guid), code: optional(p.code) ?? optional(p.id), name: str(p.public_name ?? p.name), biography: optional(p.biography) })),
        });
      }
    }
  }
  return finish("json", str(conference.acronym).trim(), rooms, tracks, events);
}

/** An event's fields that both formats name alike (JSON keys, XML child elements). */
function eventTexts(e: Record<string, unknown>, roomName: string) {
  return {
    date: str(e.date).trim(),
    start: str(e.start).trim(),
    duration: str(e.duration).trim(),
    room: (optional(e.room) ?? roomName).trim(),
    slug: str(e.slug).trim(),
    title: str(e.title),
    subtitle: str(e.subtitle),
    track: str(e.track).trim(),
    type: str(e.type).trim(),
    language: str(e.language).trim(),
    abstract: str(e.abstract),
    description: str(e.description),
  };
}

/** Adds a room the days group events under but the conference's list lacks. */
function addRoom(rooms: ReadRoom[], name: string, guid: string | null): void {
  if (name && !rooms.some((r) => r.name.toLowerCase() === name.toLowerCase())) rooms.push({ name, guid, slug: null, capacity: null });
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Every value stays the text it was ("09:00", "0042"): the reader decides what is a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Decodes character references (&#10;), which the exports write for line ends.
  htmlEntities: true,
  // Lists by their place: an event's own <room> and <track> are single texts.
  isArray: (_name, jpath) =>
    ["schedule.day", "schedule.day.room", "schedule.day.room.event", "schedule.day.room.event.persons.person", "schedule.conference.track"].includes(String(jpath)),
});

function readXml(body: string): ReadResult {
  // Entity declarations are how XML files blow up in memory; no schedule needs them.
  if (/<!ENTITY/i.test(body)) return { ok: false, failure: "XML_ENTITIES" };
  const valid = XMLValidator.validate(body);
  if (valid !== true) return { ok: false, failure: "BAD_XML", detail: `${valid.err.msg} (line ${valid.err.line})` };
  let document: unknown;
  try {
    document = xmlParser.parse(body);
  } catch (error) {
    return { ok: false, failure: "BAD_XML", detail: error instanceof Error ? error.message : undefined };
  }
  const schedule = isObj(document) ? document.schedule : undefined;
  if (!isObj(schedule)) return { ok: false, failure: "NO_CONFERENCE" };
  const conference = isObj(schedule.conference) ? schedule.conference : {};
  const tracks: ReadTrack[] = asArray(conference.track).map((t) => {
    const o = isObj(t) ? t : {};
    return { name: (optional(o["@name"]) ?? str(t)).trim(), slug: optional(o["@slug"]), color: optional(o["@color"]) };
  });
  const rooms: ReadRoom[] = [];
  const events: ReadEvent[] = [];
  for (const day of asArray(schedule.day)) {
    if (!isObj(day)) continue;
    for (const room of asArray(day.room)) {
      if (!isObj(room)) continue;
      const roomName = str(room["@name"]).trim();
      addRoom(rooms, roomName, optional(room["@guid"]));
      for (const e of asArray(room.event)) {
        if (!isObj(e)) continue;
        const persons = isObj(e.persons) ? asArray(e.persons.person) : [];
        events.push({
          index: events.length + 1,
          guid: optional(e["@guid"]),
          id: int(e["@id"]),
          ...eventTexts(e, roomName),
          persons: persons.map((p) => {
            const o = isObj(p) ? p : {};
            return { guid: optional(o["@guid"]), code: optional(o["@code"]) ?? optional(o["@id"]), name: str(p), biography: null };
          }),
        });
      }
    }
  }
  return finish("xml", str(conference.acronym).trim(), rooms, tracks, events);
}

export type Translations = Partial<Record<Exclude<AppLocale, "en">, { title: string; abstract: string }>>;

const TRANSLATED: Exclude<AppLocale, "en">[] = ["zh", "ru", "fr"];

/**
 * Concord's exports write one description: the English abstract, then a block per translation
 * ("中文\n<title>\n<abstract>", blocks apart by a blank line; schedule-json.ts). This reads that
 * back. Any other description is extra text the abstract does not have: it is kept after it.
 */
export function splitDescription(abstract: string, description: string): { abstract: string; translations: Translations } {
  const a = abstract.trim();
  const d = description.trim();
  if (!d || d === a) return { abstract: a, translations: {} };
  const markers = TRANSLATED.flatMap((locale) => {
    const marker = `${LOCALE_NAMES[locale]}\n`;
    if (!a && d.startsWith(marker)) return [{ locale, at: 0 }];
    const at = d.indexOf(`\n\n${marker}`);
    return at < 0 ? [] : [{ locale, at: at + 2 }];
  }).sort((x, y) => x.at - y.at);
  const first = markers[0];
  const head = first ? d.slice(0, first.at).trim() : d;
  if (!first || head !== a) return { abstract: [a, d].filter(Boolean).join("\n\n"), translations: {} };
  const translations: Translations = {};
  markers.forEach((m, i) => {
    const block = d.slice(m.at, markers[i + 1]?.at ?? d.length).trim();
    const [, title = "", ...rest] = block.split("\n");
    translations[m.locale] = { title: title.trim(), abstract: rest.join("\n").trim() };
  });
  return { abstract: a, translations };
}
