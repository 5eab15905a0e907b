// The published program as frab/c3voc schedule XML (schedule.xml.xsd of voc/schedule): the same
// document as the JSON export (buildSchedule), written in the XML dialect older apps read.
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import { absoluteUrl } from "./shared";
import { buildSchedule, type ScheduleDay, type ScheduleEvent, type ScheduleOptions, type ScheduleRoom, type ScheduleTrack } from "./schedule-json";

type Attributes = Record<string, string | number | undefined>;

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escaped for text and attributes; line ends become character references, so indenting the document never changes a text. */
function escapeXml(value: string | number): string {
  return String(value)
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;");
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

/** `<name attrs>text</name>`, or `<name attrs/>` when there is neither text nor children. */
function element(name: string, attrs: Attributes, content: string | number | string[] = []): string {
  if (Array.isArray(content)) {
    return content.length ? `<${name}${attributes(attrs)}>\n${indent(content.join("\n"))}\n</${name}>` : `<${name}${attributes(attrs)}/>`;
  }
  const text = escapeXml(content);
  return text ? `<${name}${attributes(attrs)}>${text}</${name}>` : `<${name}${attributes(attrs)}/>`;
}

const text = (name: string, content: string | number) => element(name, {}, content);

function indent(block: string): string {
  return block
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

/** The XSD's track slug is stricter than the JSON one: a letter first. */
const XML_TRACK_SLUG = /^[a-z][a-z0-9-]+$/;
const XML_COLOR = /^#[0-9a-fA-F]{6}$/;

function trackElement(track: ScheduleTrack): string {
  return element(
    "track",
    { name: track.name, color: track.color && XML_COLOR.test(track.color) ? track.color : undefined, slug: XML_TRACK_SLUG.test(track.slug) ? track.slug : undefined },
    track.name,
  );
}

function eventElement(event: ScheduleEvent): string {
  return element("event", { guid: event.guid, id: event.id }, [
    text("room", event.room),
    text("title", event.title),
    text("subtitle", event.subtitle),
    text("type", event.type),
    text("date", event.date),
    text("start", event.start),
    text("duration", event.duration),
    text("abstract", event.abstract),
    text("slug", event.slug),
    text("track", event.track),
    element(
      "persons",
      {},
      event.persons.map((p) => element("person", { guid: p.guid }, p.name)),
    ),
    text("language", event.language),
    text("description", event.description),
    element(
      "links",
      {},
      event.links.map((l) => element("link", { href: l.url, type: l.type }, l.title)),
    ),
    element("attachments", {}),
    text("url", event.url),
  ]);
}

function dayElement(day: ScheduleDay, rooms: ScheduleRoom[]): string {
  const guids = new Map(rooms.map((r) => [r.name, r.guid]));
  return element(
    "day",
    { index: day.index, date: day.date, start: day.day_start, end: day.day_end },
    Object.entries(day.rooms).map(([name, events]) => element("room", { name, guid: guids.get(name) }, events.map(eventElement))),
  );
}

/** `/program/schedule.xml`: the frab/c3voc schedule XML of a published snapshot. */
export function buildScheduleXml(snapshot: ProgramSnapshot, options: ScheduleOptions): string {
  const { generator, schedule } = buildSchedule(snapshot, options);
  const c = schedule.conference;
  const conference = element("conference", {}, [
    text("acronym", c.acronym),
    text("title", c.title),
    text("start", c.start),
    text("end", c.end),
    text("days", c.daysCount),
    text("timeslot_duration", c.timeslot_duration),
    text("base_url", schedule.base_url),
    text("url", c.url),
    ...(c.time_zone_name ? [text("time_zone_name", c.time_zone_name)] : []),
    ...c.tracks.map(trackElement),
  ]);
  const body = element("schedule", {}, [
    element("generator", { name: generator.name }),
    text("url", absoluteUrl(options.baseUrl, "/program/schedule.xml")),
    text("version", schedule.version),
    conference,
    ...c.days.map((day) => dayElement(day, c.rooms)),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
