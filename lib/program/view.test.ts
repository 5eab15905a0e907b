import { describe, expect, it } from "vitest";
import type { ProgramSnapshot, SnapshotPerson, SnapshotSession } from "./snapshot";
import {
  countSessions,
  dayGrid,
  EMPTY_PROGRAM_QUERY,
  filterSessions,
  groupByDay,
  isFiltered,
  liveStatus,
  matchingPeople,
  parseProgramQuery,
  parseSpeakerOrder,
  programDays,
  programHref,
  sessionViews,
  sortSpeakers,
  speakerViews,
  toggleHref,
  typesInProgram,
  type ProgramQuery,
} from "./view";

// A small published program in Tianjin (UTC+8), built in memory: these functions never touch the
// database.
const TZ = "Asia/Shanghai";
/** A local time in Tianjin on a July 2025 day, as the snapshot's UTC ISO string. */
const at = (day: number, hhmm: string) => new Date(Date.UTC(2025, 6, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)))).toISOString();

const text = <F extends string>(f: F, en: string, zh: string | null = null, ru: string | null = null, fr: string | null = null) =>
  ({ [`${f}En`]: en, [`${f}Zh`]: zh, [`${f}Ru`]: ru, [`${f}Fr`]: fr }) as { [K in `${F}En`]: string } & { [K in `${F}${"Zh" | "Ru" | "Fr"}`]: string | null };

function person(id: string, rank: number, en: string, zh: string | null = null, ru: string | null = null): SnapshotPerson {
  return {
    id,
    slug: id,
    countryCode: "CN",
    protocolRank: rank,
    isSample: true,
    organization: null,
    ...text("name", en, zh, ru),
    ...text("title", "Director"),
    ...text("bio", ""),
  };
}

let number = 0;
function session(slug: string, fields: Partial<SnapshotSession> & Pick<SnapshotSession, "startsAt" | "endsAt">): SnapshotSession {
  number += 1;
  return {
    id: slug,
    guid: `guid-${slug}`,
    number,
    slug,
    type: "SUBFORUM",
    subForumId: null,
    roomId: "hall",
    capacity: null,
    seatBooking: false,
    isSample: true,
    people: [],
    ...text("title", slug),
    ...text("abstract", ""),
    ...fields,
  };
}

const snapshot: ProgramSnapshot = {
  version: 1,
  forum: {
    id: "forum",
    slug: "sco-2025",
    acronym: "SCO",
    ...text("name", "Forum"),
    ...text("theme", ""),
    ...text("description", ""),
    ...text("venue", "Venue"),
    ...text("city", "Tianjin"),
    ...text("organizers", ""),
    startDate: "2025-07-10",
    endDate: "2025-07-11",
    timeZone: TZ,
    currency: "CNY",
    isSample: false,
  },
  rooms: [
    { id: "hall", slug: "main-hall", capacity: 1500, sortOrder: 1, ...text("name", "Main Hall") },
    { id: "haihe", slug: "haihe-hall", capacity: 400, sortOrder: 2, ...text("name", "Haihe Hall") },
    { id: "binhai", slug: "binhai-hall", capacity: 300, sortOrder: 3, ...text("name", "Binhai Hall") },
    { id: "unused", slug: "unused-room", capacity: 10, sortOrder: 4, ...text("name", "Unused Room") },
  ],
  subForums: [
    { id: "sf-data", slug: "data-governance", position: 1, color: "#0f766e", ...text("title", "Data Governance"), ...text("description", "") },
    { id: "sf-edu", slug: "digital-education", position: 2, color: "#7c3aed", ...text("title", "Digital Education"), ...text("description", "") },
  ],
  people: [
    person("minister", 2, "Zhao Mingyuan", "赵明远"),
    person("elena", 40, "Elena Gromova", null, "Елена Громова"),
    person("andre", 40, "André Lefèvre"),
    person("yang", 60, "Yang Fan", "杨帆"),
  ],
  sessions: [
    session("opening", {
      type: "CEREMONY",
      startsAt: at(10, "09:00"),
      endsAt: at(10, "09:40"),
      ...text("title", "Opening Ceremony", "开幕式", "Церемония открытия", "Cérémonie d'ouverture"),
      people: [
        { personId: "minister", role: "HOST", position: 1 },
        { personId: "andre", role: "KEYNOTE", position: 2 },
      ],
    }),
    session("lunch", { type: "BREAK", roomId: null, startsAt: at(10, "12:00"), endsAt: at(10, "13:30"), ...text("title", "Lunch", "午餐") }),
    session("data-flows", {
      subForumId: "sf-data",
      roomId: "haihe",
      startsAt: at(10, "13:30"),
      endsAt: at(10, "15:00"),
      ...text("title", "Cross-border Data Flows", "数据跨境流动"),
      ...text("abstract", "Standard contracts and certification.", null, "Стандартные договоры и сертификация."),
      people: [
        { personId: "elena", role: "MODERATOR", position: 1 },
        { personId: "yang", role: "SPEAKER", position: 2 },
      ],
    }),
    session("skills", {
      subForumId: "sf-edu",
      roomId: "binhai",
      startsAt: at(10, "13:30"),
      endsAt: at(10, "15:00"),
      ...text("title", "Digital Skills", "数字技能"),
      people: [{ personId: "yang", role: "MODERATOR", position: 1 }],
    }),
    session("signing", { type: "SIGNING", roomId: "hall", startsAt: at(10, "15:30"), endsAt: at(10, "16:30"), ...text("title", "Signing Ceremony") }),
    session("governance-2", {
      subForumId: "sf-data",
      roomId: "haihe",
      startsAt: at(11, "09:00"),
      endsAt: at(11, "10:30"),
      ...text("title", "Data Markets", null, "Рынки данных"),
      people: [{ personId: "elena", role: "SPEAKER", position: 1 }],
    }),
  ],
};

const views = sessionViews(snapshot);
const slugs = (list: { slug: string }[]) => list.map((s) => s.slug);
const query = (change: Partial<ProgramQuery>): ProgramQuery => ({ ...EMPTY_PROGRAM_QUERY, ...change });
const filter = (change: Partial<ProgramQuery>) => slugs(filterSessions(views, query(change), TZ));

describe("sessionViews and groupByDay", () => {
  it("joins rooms, sub-forums and people in stage order", () => {
    const flows = views.find((s) => s.slug === "data-flows");
    expect(flows?.room?.slug).toBe("haihe-hall");
    expect(flows?.subForum?.slug).toBe("data-governance");
    expect(flows?.cast.map((c) => [c.person.id, c.role])).toEqual([
      ["elena", "MODERATOR"],
      ["yang", "SPEAKER"],
    ]);
  });

  it("groups sessions by day in the forum's zone, parallel ones in one slot", () => {
    const days = groupByDay(views, TZ);
    expect(days.map((d) => d.key)).toEqual(["2025-07-10", "2025-07-11"]);
    expect(days[0]?.slots.map((s) => slugs(s.sessions))).toEqual([["opening"], ["lunch"], ["data-flows", "skills"], ["signing"]]);
  });

  it("lists the program's days", () => {
    expect(programDays(snapshot)).toEqual(["2025-07-10", "2025-07-11"]);
  });
});

describe("parseProgramQuery", () => {
  it("reads every known parameter", () => {
    expect(
      parseProgramQuery({ q: "  data ", subforum: "data-governance", type: "SUBFORUM", room: "haihe-hall", day: "2025-07-11", view: "grid" }, snapshot),
    ).toEqual({ q: "data", subforum: "data-governance", type: "SUBFORUM", room: "haihe-hall", day: "2025-07-11", view: "grid" });
  });

  it("ignores unknown values instead of failing", () => {
    expect(
      parseProgramQuery({ subforum: "gone", type: "PARTY", room: "../etc", day: "2025-07-12", view: "table", extra: "x" }, snapshot),
    ).toEqual(EMPTY_PROGRAM_QUERY);
    expect(parseProgramQuery({ day: "10 July" }, snapshot).day).toBeNull();
    expect(parseProgramQuery({}, snapshot)).toEqual(EMPTY_PROGRAM_QUERY);
  });

  it("takes the first of a repeated parameter and caps the query's length", () => {
    expect(parseProgramQuery({ type: ["PLENARY", "SIGNING"] }, snapshot).type).toBe("PLENARY");
    expect(parseProgramQuery({ q: "x".repeat(5000) }, snapshot).q).toHaveLength(200);
  });
});

describe("programHref and toggleHref", () => {
  it("leaves out empty and default values, in a fixed order", () => {
    expect(programHref(EMPTY_PROGRAM_QUERY)).toBe("/program");
    expect(programHref(query({ view: "grid", day: "2025-07-10", q: "数据 flows" }))).toBe("/program?q=%E6%95%B0%E6%8D%AE+flows&day=2025-07-10&view=grid");
  });

  it("sets a filter while keeping the others, and clears it when it is already set", () => {
    const current = query({ q: "data", day: "2025-07-10", subforum: "data-governance" });
    expect(toggleHref(current, "subforum", "digital-education")).toBe("/program?q=data&subforum=digital-education&day=2025-07-10");
    expect(toggleHref(current, "subforum", "data-governance")).toBe("/program?q=data&day=2025-07-10");
    expect(toggleHref(current, "type", "SIGNING")).toBe("/program?q=data&subforum=data-governance&type=SIGNING&day=2025-07-10");
  });

  it("counts the search and the facets as filters, not the day or the view", () => {
    expect(isFiltered(query({ day: "2025-07-10", view: "grid" }))).toBe(false);
    expect(isFiltered(query({ room: "haihe-hall" }))).toBe(true);
  });
});

describe("filterSessions", () => {
  it("returns the whole program without filters", () => {
    expect(filter({})).toEqual(slugs(views));
  });

  it("filters by sub-forum, type, room and day, together", () => {
    expect(filter({ subforum: "data-governance" })).toEqual(["data-flows", "governance-2"]);
    expect(filter({ type: "SIGNING" })).toEqual(["signing"]);
    expect(filter({ room: "haihe-hall" })).toEqual(["data-flows", "governance-2"]);
    expect(filter({ day: "2025-07-11" })).toEqual(["governance-2"]);
    expect(filter({ subforum: "data-governance", day: "2025-07-10" })).toEqual(["data-flows"]);
    expect(filter({ subforum: "digital-education", room: "haihe-hall" })).toEqual([]);
  });

  it("searches titles in every language, without case or accents", () => {
    expect(filter({ q: "opening" })).toEqual(["opening"]);
    expect(filter({ q: "开幕" })).toEqual(["opening"]);
    expect(filter({ q: "ЦЕРЕМОНИЯ" })).toEqual(["opening"]);
    expect(filter({ q: "ceremonie" })).toEqual(["opening"]);
    expect(filter({ q: "рынки" })).toEqual(["governance-2"]);
  });

  it("searches abstracts in every language", () => {
    expect(filter({ q: "certification" })).toEqual(["data-flows"]);
    expect(filter({ q: "договоры" })).toEqual(["data-flows"]);
  });

  it("searches people's names in every language", () => {
    expect(filter({ q: "Громова" })).toEqual(["data-flows", "governance-2"]);
    expect(filter({ q: "lefevre" })).toEqual(["opening"]);
    expect(filter({ q: "杨帆" })).toEqual(["data-flows", "skills"]);
    expect(filter({ q: "yang data" })).toEqual(["data-flows"]);
  });

  it("finds nothing for a word that is nowhere", () => {
    expect(filter({ q: "banana" })).toEqual([]);
  });

  it("tells which people matched the search", () => {
    const flows = views.find((s) => s.slug === "data-flows");
    expect(flows && [...matchingPeople(flows, "громова")]).toEqual(["elena"]);
    expect(flows && [...matchingPeople(flows, "")]).toEqual([]);
  });

  it("counts sessions without the breaks and lists the types present", () => {
    expect(countSessions(views)).toBe(5);
    expect(typesInProgram(views)).toEqual(["CEREMONY", "SUBFORUM", "SIGNING", "BREAK"]);
  });
});

describe("liveStatus", () => {
  const live = (instant: string) => Object.fromEntries(liveStatus(views, snapshot.forum, new Date(instant)));

  it("marks nothing before or after the forum", () => {
    expect(live(at(9, "08:00"))).toEqual({});
    expect(live(at(12, "00:00"))).toEqual({});
  });

  it("marks the first sessions 'next' on the forum's first morning", () => {
    expect(live(at(10, "07:30"))).toEqual({ opening: "next" });
  });

  it("marks sessions in progress 'now' and the following start 'next'", () => {
    expect(live(at(10, "09:10"))).toEqual({ opening: "now", "data-flows": "next", skills: "next" });
    expect(live(at(10, "14:00"))).toEqual({ "data-flows": "now", skills: "now", signing: "next" });
  });

  it("marks a break in progress but never announces one as next", () => {
    expect(live(at(10, "12:30"))).toEqual({ lunch: "now", "data-flows": "next", skills: "next" });
  });

  it("treats the end time as the end: a session is over the minute it ends", () => {
    expect(live(at(10, "09:40"))).toEqual({ "data-flows": "next", skills: "next" });
  });

  it("points to the next day's first session in the evening", () => {
    expect(live(at(10, "20:00"))).toEqual({ "governance-2": "next" });
  });

  it("uses the forum's zone for its days", () => {
    // 9 July, 23:30 UTC is already 10 July, 07:30 in Tianjin.
    expect(live("2025-07-09T23:30:00.000Z")).toEqual({ opening: "next" });
  });
});

describe("dayGrid", () => {
  const [day1] = groupByDay(views, TZ);

  it("has a column for each room used that day, in the venue's order", () => {
    expect(day1 && dayGrid(day1, snapshot.rooms).rooms.map((r) => r.slug)).toEqual(["main-hall", "haihe-hall", "binhai-hall"]);
  });

  it("places parallel sessions side by side and venue-wide ones across every column", () => {
    const grid = day1 && dayGrid(day1, snapshot.rooms);
    const place = (slug: string) => grid?.items.find((i) => i.session.slug === slug);
    expect(grid?.times.map((t) => t.toISOString())).toEqual([at(10, "09:00"), at(10, "09:40"), at(10, "12:00"), at(10, "13:30"), at(10, "15:00"), at(10, "15:30"), at(10, "16:30")]);
    expect(place("opening")).toMatchObject({ column: { start: 2, end: 3 }, row: { start: 2, end: 3 } });
    expect(place("lunch")).toMatchObject({ column: { start: 2, end: 5 }, row: { start: 4, end: 5 } });
    expect(place("data-flows")).toMatchObject({ column: { start: 3, end: 4 }, row: { start: 5, end: 6 } });
    expect(place("skills")).toMatchObject({ column: { start: 4, end: 5 }, row: { start: 5, end: 6 } });
  });

  it("keeps a venue-wide break off a hall whose session is still going on", () => {
    const long = sessionViews({
      ...snapshot,
      sessions: [
        ...snapshot.sessions.filter((s) => s.slug !== "lunch"),
        { ...snapshot.sessions.find((s) => s.slug === "lunch")!, startsAt: at(10, "14:00"), endsAt: at(10, "14:20") },
      ],
    });
    const [day] = groupByDay(long, TZ);
    const grid = day && dayGrid(day, snapshot.rooms);
    // Haihe (3) and Binhai (4) are busy until 15:00: the break keeps to the Main Hall's column.
    expect(grid?.items.find((i) => i.session.slug === "lunch")?.column).toEqual({ start: 2, end: 3 });
  });
});

describe("speakers", () => {
  it("lists everyone on stage with their sessions and roles in time order", () => {
    const yang = speakerViews(snapshot).find((s) => s.person.id === "yang");
    expect(yang?.sessions.map((s) => [s.session.slug, s.role])).toEqual([
      ["data-flows", "SPEAKER"],
      ["skills", "MODERATOR"],
    ]);
  });

  it("sorts by protocol rank, then name, or alphabetically in the visitor's language", () => {
    const all = speakerViews(snapshot);
    expect(sortSpeakers(all, "protocol", "en").map((s) => s.person.id)).toEqual(["minister", "andre", "elena", "yang"]);
    expect(sortSpeakers(all, "name", "en").map((s) => s.person.id)).toEqual(["andre", "elena", "yang", "minister"]);
    // In Russian, Cyrillic names sort among the Latin fallbacks by the collation's script order.
    expect(sortSpeakers(all, "name", "ru").map((s) => s.person.id)).toEqual(["elena", "andre", "yang", "minister"]);
  });

  it("reads the order from the query string, protocol by default", () => {
    expect(parseSpeakerOrder("name")).toBe("name");
    expect(parseSpeakerOrder(["name", "protocol"])).toBe("name");
    expect(parseSpeakerOrder("rank; drop table")).toBe("protocol");
    expect(parseSpeakerOrder(undefined)).toBe("protocol");
  });
});
