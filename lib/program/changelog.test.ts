import { describe, expect, it } from "vitest";
import { changelogCounts, diffSnapshots, isChangelogEmpty, parseChangelog, sameContent } from "./changelog";
import { PROGRAM_SNAPSHOT_VERSION, initialChangelog, type ProgramSnapshot, type SnapshotPerson, type SnapshotRoom, type SnapshotSession } from "./snapshot";

function room(id: string, nameEn: string, extra: Partial<SnapshotRoom> = {}): SnapshotRoom {
  return { id, slug: id, capacity: 100, sortOrder: 0, nameEn, nameZh: null, nameRu: null, nameFr: null, ...extra };
}

function person(id: string, nameEn: string, extra: Partial<SnapshotPerson> = {}): SnapshotPerson {
  return {
    id, slug: id, countryCode: "CN", protocolRank: 50, isSample: true, organization: null,
    nameEn, nameZh: null, nameRu: null, nameFr: null, titleEn: "Director", titleZh: null, titleRu: null, titleFr: null,
    bioEn: "", bioZh: null, bioRu: null, bioFr: null, ...extra,
  };
}

function session(id: string, extra: Partial<SnapshotSession> = {}): SnapshotSession {
  return {
    id, guid: `guid-${id}`, number: 1, slug: id, type: "SUBFORUM", startsAt: "2025-07-10T01:00:00.000Z", endsAt: "2025-07-10T02:00:00.000Z",
    subForumId: null, roomId: "hall", capacity: null, seatBooking: false, isSample: true, people: [],
    titleEn: `Title of ${id}`, titleZh: null, titleRu: null, titleFr: null, abstractEn: "", abstractZh: null, abstractRu: null, abstractFr: null,
    ...extra,
  };
}

function snapshot(sessions: SnapshotSession[], extra: Partial<ProgramSnapshot> = {}): ProgramSnapshot {
  return {
    version: PROGRAM_SNAPSHOT_VERSION,
    forum: {
      id: "forum", slug: "forum", acronym: "forum2025", nameEn: "Forum", nameZh: null, nameRu: null, nameFr: null, themeEn: "Theme", themeZh: null, themeRu: null, themeFr: null,
      descriptionEn: "", descriptionZh: null, descriptionRu: null, descriptionFr: null, venueEn: "Venue", venueZh: null, venueRu: null, venueFr: null,
      cityEn: "Tianjin", cityZh: null, cityRu: null, cityFr: null, organizersEn: "", organizersZh: null, organizersRu: null, organizersFr: null,
      startDate: "2025-07-10", endDate: "2025-07-11", timeZone: "Asia/Shanghai", currency: "CNY", isSample: true,
    },
    rooms: [room("hall", "Main Hall", { nameZh: "主会场" }), room("side", "Side Room")],
    subForums: [],
    people: [person("minister", "Li Wei"), person("expert", "Anna Petrova"), person("host", "Marat Sadykov")],
    sessions,
    ...extra,
  };
}

const entry = (s: SnapshotSession) => ({ sessionId: s.id, guid: s.guid, slug: s.slug, titleEn: s.titleEn, titleZh: s.titleZh, titleRu: s.titleRu, titleFr: s.titleFr });

describe("diffSnapshots", () => {
  it("lists every session as added in a first release", () => {
    const next = snapshot([session("a"), session("b")]);
    expect(diffSnapshots(null, next)).toEqual(initialChangelog(next));
    expect(diffSnapshots(null, next).added.map((e) => e.slug)).toEqual(["a", "b"]);
  });

  it("finds nothing between a snapshot and itself", () => {
    const s = snapshot([session("a", { people: [{ personId: "minister", role: "KEYNOTE", position: 1 }] })]);
    const changelog = diffSnapshots(s, structuredClone(s));
    expect(isChangelogEmpty(changelog)).toBe(true);
    expect(changelog.format).toBe(2);
  });

  it("lists added and removed sessions with their titles, matched by id", () => {
    const kept = session("kept");
    const dropped = session("dropped", { titleEn: "Dropped panel", titleZh: "取消" });
    const fresh = session("fresh", { titleEn: "New panel" });
    const changelog = diffSnapshots(snapshot([kept, dropped]), snapshot([kept, fresh]));
    expect(changelog.added).toEqual([entry(fresh)]);
    expect(changelog.removed).toEqual([entry(dropped)]);
    expect(changelog.moved).toEqual([]);
  });

  it("keeps a session whose slug changed as the same session, and says so", () => {
    const before = session("s1", { slug: "old-slug" });
    const after = { ...before, slug: "new-slug" };
    const changelog = diffSnapshots(snapshot([before]), snapshot([after]));
    expect(changelog.added).toEqual([]);
    expect(changelog.removed).toEqual([]);
    expect(changelog.updated).toEqual([]);
    expect(changelog.addressChanged).toEqual([{ ...entry(after), fromSlug: "old-slug" }]);
    expect(changelogCounts(changelog).addressChanged).toBe(1);
  });

  it("lists a sub-forum's or speaker's changed address, and nothing for one that kept it", () => {
    const track = { id: "t1", slug: "data-governance", position: 1, color: "#0f766e", titleEn: "Data Governance", titleZh: null, titleRu: null, titleFr: null, descriptionEn: "", descriptionZh: null, descriptionRu: null, descriptionFr: null };
    const before = snapshot([], { subForums: [track], people: [person("minister", "Li Wei", { slug: "li-wei" }), person("expert", "Anna Petrova")] });
    const after = snapshot([], { subForums: [{ ...track, slug: "governance" }], people: [person("minister", "Li Wei", { slug: "li-wei-mofcom" }), person("expert", "Anna Petrova", { titleEn: "Professor" })] });
    const changelog = diffSnapshots(before, after);
    expect(changelog.pageAddressChanged).toEqual([
      { kind: "subForum", id: "t1", nameEn: "Data Governance", fromSlug: "data-governance", slug: "governance" },
      { kind: "speaker", id: "minister", nameEn: "Li Wei", fromSlug: "li-wei", slug: "li-wei-mofcom" },
    ]);
    expect(diffSnapshots(before, before).pageAddressChanged).toEqual([]);
    expect(parseChangelog({ format: 2, other: ["people"] }).pageAddressChanged).toEqual([]);
  });

  it("records a move in time and room with where it was and where it is, room names included", () => {
    const before = session("s1");
    const after = { ...before, startsAt: "2025-07-10T06:00:00.000Z", endsAt: "2025-07-10T07:30:00.000Z", roomId: "side" };
    const changelog = diffSnapshots(snapshot([before]), snapshot([after]));
    expect(changelog.moved).toEqual([
      {
        ...entry(after),
        from: { startsAt: "2025-07-10T01:00:00.000Z", endsAt: "2025-07-10T02:00:00.000Z", roomId: "hall", roomNameEn: "Main Hall", roomNameZh: "主会场", roomNameRu: null, roomNameFr: null },
        to: { startsAt: "2025-07-10T06:00:00.000Z", endsAt: "2025-07-10T07:30:00.000Z", roomId: "side", roomNameEn: "Side Room", roomNameZh: null, roomNameRu: null, roomNameFr: null },
      },
    ]);
  });

  it("records a session that only got longer, or lost its room, as moved", () => {
    const before = session("s1");
    expect(diffSnapshots(snapshot([before]), snapshot([{ ...before, endsAt: "2025-07-10T02:30:00.000Z" }])).moved).toHaveLength(1);
    const moved = diffSnapshots(snapshot([before]), snapshot([{ ...before, roomId: null }])).moved;
    expect(moved[0]?.to).toMatchObject({ roomId: null, roomNameEn: null });
  });

  it("records a retitle in any language with the old and new English titles", () => {
    const before = session("s1", { titleEn: "Data governance", titleRu: null });
    const chinese = { ...before, titleZh: "数据治理" };
    const english = { ...before, titleEn: "Data governance and ecology" };
    const retitled = diffSnapshots(snapshot([before]), snapshot([chinese])).retitled;
    expect(retitled).toEqual([
      {
        ...entry(chinese),
        fromTitleEn: "Data governance",
        toTitleEn: "Data governance",
        previous: { titleEn: "Data governance", titleZh: null, titleRu: null, titleFr: null },
        languages: ["zh"],
      },
    ]);
    expect(diffSnapshots(snapshot([before]), snapshot([english])).retitled[0]).toMatchObject({
      fromTitleEn: "Data governance",
      toTitleEn: "Data governance and ecology",
      languages: ["en"],
    });
  });

  it("treats a blank translation like a missing one", () => {
    const before = session("s1", { titleFr: null, abstractZh: null });
    const after = { ...before, titleFr: "  ", abstractZh: "" };
    expect(isChangelogEmpty(diffSnapshots(snapshot([before]), snapshot([after])))).toBe(true);
  });

  it("names the people who joined and left a stage in English", () => {
    const before = session("s1", {
      people: [
        { personId: "minister", role: "KEYNOTE", position: 1 },
        { personId: "expert", role: "SPEAKER", position: 2 },
      ],
    });
    const after = { ...before, people: [{ personId: "minister", role: "KEYNOTE" as const, position: 1 }, { personId: "host", role: "MODERATOR" as const, position: 2 }] };
    const previous = snapshot([before], { people: [person("minister", "Li Wei"), person("expert", "Anna Petrova")] });
    const next = snapshot([after], { people: [person("minister", "Li Wei"), person("host", "Marat Sadykov")] });
    const changelog = diffSnapshots(previous, next);
    expect(changelog.peopleChanged).toEqual([{ ...entry(after), addedPeople: ["Marat Sadykov"], removedPeople: ["Anna Petrova"] }]);
    // The people list changed because the cast did: not a change to anyone's details.
    expect(changelog.other).toEqual([]);
  });

  it("records a role or stage-order change of the people who stayed as updated, not as people changed", () => {
    const before = session("s1", { people: [{ personId: "minister", role: "SPEAKER", position: 1 }] });
    const after = { ...before, people: [{ personId: "minister", role: "KEYNOTE" as const, position: 1 }] };
    const changelog = diffSnapshots(snapshot([before]), snapshot([after]));
    expect(changelog.peopleChanged).toEqual([]);
    expect(changelog.updated).toEqual([{ ...entry(after), details: ["roles"] }]);
  });

  it("records abstract, type, sub-forum and places changes as updated details", () => {
    const before = session("s1");
    const after = { ...before, abstractFr: "Résumé", type: "PLENARY" as const, subForumId: "track", capacity: 40, seatBooking: true };
    expect(diffSnapshots(snapshot([before]), snapshot([after])).updated[0]?.details).toEqual(["abstract", "type", "subForum", "capacity", "seatBooking"]);
  });

  it("puts one session in several lists when several things changed", () => {
    const before = session("s1");
    const after = { ...before, titleEn: "Renamed", roomId: "side", people: [{ personId: "host", role: "HOST" as const, position: 1 }] };
    const counts = changelogCounts(diffSnapshots(snapshot([before]), snapshot([after])));
    expect(counts).toEqual({ added: 0, removed: 0, moved: 1, retitled: 1, peopleChanged: 1, updated: 0, addressChanged: 0 });
  });

  it("notes changes outside the sessions: forum, rooms, sub-forums, people's details", () => {
    const base = snapshot([session("s1", { people: [{ personId: "minister", role: "KEYNOTE", position: 1 }] })]);
    const next = structuredClone(base);
    next.forum.themeZh = "数字经济新纽带";
    next.rooms[1]!.nameEn = "Room B";
    next.people[0]!.titleEn = "Vice Minister";
    expect(diffSnapshots(base, next).other).toEqual(["forum", "rooms", "people"]);
  });
});

describe("sameContent", () => {
  it("ignores the order of object keys but not of array items", () => {
    expect(sameContent({ a: 1, b: [1, { c: null, d: "x" }] }, { b: [1, { d: "x", c: null }], a: 1 })).toBe(true);
    expect(sameContent([1, 2], [2, 1])).toBe(false);
    expect(sameContent({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameContent({ a: null }, { a: "" })).toBe(false);
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe("parseChangelog", () => {
  it("reads a stored changelog back unchanged", () => {
    const changelog = diffSnapshots(snapshot([session("a")]), snapshot([session("b")]));
    expect(parseChangelog(JSON.parse(JSON.stringify(changelog)))).toEqual(changelog);
  });

  it("reads an old slug-only changelog as entries named by their slug", () => {
    const parsed = parseChangelog({ added: ["opening", "panel"], removed: [], moved: ["lunch"], retitled: ["lunch"], peopleChanged: [] });
    expect(parsed.added.map((e) => [e.slug, e.titleEn])).toEqual([
      ["opening", "opening"],
      ["panel", "panel"],
    ]);
    expect(parsed.updated.map((e) => e.slug)).toEqual(["lunch"]);
    expect(parsed.moved).toEqual([]);
  });

  it("reads anything else as an empty changelog", () => {
    expect(isChangelogEmpty(parseChangelog(null))).toBe(true);
    expect(isChangelogEmpty(parseChangelog([1, 2]))).toBe(true);
  });
});
