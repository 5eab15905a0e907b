// The published program as the public reads it: one JSON document per release
// (ProgramRelease.snapshot). Public pages render from it alone, so it carries the forum, its rooms
// and sub-forums, and every person on stage, in all four languages (fallback to English happens at
// display time, lib/i18n/localized.ts). Field names mirror the Prisma models (titleEn, titleZh …)
// so the same `localized()` helper reads both. No "server-only": scripts (the seed) build it too.
import type { Prisma, OrganizationKind, SessionRoleKind, SessionType } from "@/lib/generated/prisma/client";

/** Bumped when the shape changes, so readers can tell old releases apart. */
export const PROGRAM_SNAPSHOT_VERSION = 1;

type Text<F extends string> = { [K in `${F}En`]: string } & { [K in `${F}${"Zh" | "Ru" | "Fr"}`]: string | null };

export type SnapshotForum = { id: string; slug: string; acronym: string } & Text<"name"> &
  Text<"theme"> &
  Text<"description"> &
  Text<"venue"> &
  Text<"city"> &
  Text<"organizers"> & {
    /** Calendar dates in the forum's zone, "2025-07-10". */
    startDate: string;
    endDate: string;
    timeZone: string;
    currency: string;
    isSample: boolean;
  };

export type SnapshotRoom = { id: string; slug: string; capacity: number; sortOrder: number } & Text<"name">;

export type SnapshotSubForum = { id: string; slug: string; position: number; color: string } & Text<"title"> & Text<"description">;

export type SnapshotOrganization = { id: string; slug: string; kind: OrganizationKind; countryCode: string } & Text<"name">;

export type SnapshotPerson = {
  id: string;
  slug: string;
  countryCode: string | null;
  protocolRank: number;
  isSample: boolean;
  organization: SnapshotOrganization | null;
} & Text<"name"> &
  Text<"title"> &
  Text<"bio">;

export type SnapshotSessionPerson = { personId: string; role: SessionRoleKind; position: number };

export type SnapshotSession = {
  id: string;
  guid: string;
  /** Stable integer id for exports (c3voc event id). */
  number: number;
  slug: string;
  type: SessionType;
  /** ISO 8601 in UTC ("2025-07-10T01:00:00.000Z"). */
  startsAt: string;
  endsAt: string;
  subForumId: string | null;
  roomId: string | null;
  capacity: number | null;
  seatBooking: boolean;
  isSample: boolean;
  /** In stage order: position, then protocol rank. */
  people: SnapshotSessionPerson[];
} & Text<"title"> &
  Text<"abstract">;

export type ProgramSnapshot = {
  version: typeof PROGRAM_SNAPSHOT_VERSION;
  forum: SnapshotForum;
  /** By sortOrder. */
  rooms: SnapshotRoom[];
  /** By position. */
  subForums: SnapshotSubForum[];
  /** Everyone on stage in at least one session, by protocol rank, then English name. */
  people: SnapshotPerson[];
  /** By start time, then room order. */
  sessions: SnapshotSession[];
};

/** The version of the changelog's shape (ProgramRelease.changelog.format). */
export const PROGRAM_CHANGELOG_FORMAT = 2;

export type ChangelogTitles = Text<"title">;

/** A session as a changelog names it: enough to show and link it without the snapshots. */
export type ChangelogEntry = {
  /** ProgramSession.id: how sessions are matched across releases. */
  sessionId: string;
  guid: string;
  /** The slug in this release (the previous one's for a removed session). */
  slug: string;
} & ChangelogTitles;

/** Where and when a session takes place. Times are ISO 8601 in UTC; the room's names as in that release. */
export type ChangelogPlace = {
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  roomNameEn: string | null;
  roomNameZh: string | null;
  roomNameRu: string | null;
  roomNameFr: string | null;
};

export type ChangelogLanguage = "en" | "zh" | "ru" | "fr";

/**
 * Session details other than time, room, title and people that the public sees. ("slug" is in
 * changelogs written before addressChanged: they still read "web address".)
 */
export type ChangelogDetail = "abstract" | "type" | "subForum" | "capacity" | "seatBooking" | "roles" | "slug" | "sample";

/** Program content beyond sessions that the public sees. */
export type ChangelogOther = "forum" | "rooms" | "subForums" | "people";

export type ChangelogMove = ChangelogEntry & { from: ChangelogPlace; to: ChangelogPlace };
export type ChangelogRetitle = ChangelogEntry & {
  fromTitleEn: string;
  toTitleEn: string;
  /** The titles before; the entry's own titles are the new ones. */
  previous: ChangelogTitles;
  /** The languages whose title changed. */
  languages: ChangelogLanguage[];
};
export type ChangelogPeopleChange = ChangelogEntry & {
  /** English names, in stage order. */
  addedPeople: string[];
  removedPeople: string[];
};
export type ChangelogUpdate = ChangelogEntry & { details: ChangelogDetail[] };
/** The entry's slug is the new address; the old one leads to it (lib/addresses). */
export type ChangelogAddressChange = ChangelogEntry & { fromSlug: string };
/** A sub-forum's or speaker's address changed (their pages: /program?subforum=<slug>, /speakers/<slug>). */
export type ChangelogPageAddressChange = { kind: "subForum" | "speaker"; id: string; nameEn: string; fromSlug: string; slug: string };

/**
 * What changed against the previous release. Sessions are matched by id; one session can be in
 * several lists (moved and retitled). Entries carry what a reader needs, so the changes page and
 * feed never load the snapshots.
 */
export type ProgramChangelog = {
  format: typeof PROGRAM_CHANGELOG_FORMAT;
  added: ChangelogEntry[];
  removed: ChangelogEntry[];
  /** Start, end or room changed. */
  moved: ChangelogMove[];
  /** The title changed in any language. */
  retitled: ChangelogRetitle[];
  /** Someone joined or left the session's stage. */
  peopleChanged: ChangelogPeopleChange[];
  /** Other details changed (abstract, type, sub-forum, places, roles or order on stage …). */
  updated: ChangelogUpdate[];
  /** The address changed (/program/<fromSlug> → /program/<slug>). Empty in changelogs written before it existed. */
  addressChanged: ChangelogAddressChange[];
  /** Sub-forums' and speakers' addresses that changed. Empty in changelogs written before it existed. */
  pageAddressChanged: ChangelogPageAddressChange[];
  /** Content outside the sessions changed: the forum's details, rooms, sub-forums, people's names or bios. */
  other: ChangelogOther[];
};

/** A changelog with nothing in it. */
export function emptyChangelog(): ProgramChangelog {
  return { format: PROGRAM_CHANGELOG_FORMAT, added: [], removed: [], moved: [], retitled: [], peopleChanged: [], updated: [], addressChanged: [], pageAddressChanged: [], other: [] };
}

/** How a changelog names a session. */
export function changelogEntry(session: SnapshotSession): ChangelogEntry {
  return {
    sessionId: session.id,
    guid: session.guid,
    slug: session.slug,
    titleEn: session.titleEn,
    titleZh: session.titleZh,
    titleRu: session.titleRu,
    titleFr: session.titleFr,
  };
}

/** The changelog of a first release: every session is new. */
export function initialChangelog(snapshot: ProgramSnapshot): ProgramChangelog {
  return { ...emptyChangelog(), added: snapshot.sessions.map(changelogEntry) };
}

type Reader = Pick<Prisma.TransactionClient, "forum" | "room" | "subForum" | "programSession" | "person">;

const text = <F extends string>(f: F) =>
  ({ [`${f}En`]: true, [`${f}Zh`]: true, [`${f}Ru`]: true, [`${f}Fr`]: true }) as { [K in `${F}${"En" | "Zh" | "Ru" | "Fr"}`]: true };

const organizationSelect = { id: true, slug: true, kind: true, countryCode: true, ...text("name") } as const;

/**
 * Reads the forum's current program from the database into a snapshot (the content of a new
 * release). Works with the client or inside a transaction. Throws if the forum does not exist.
 */
export async function buildProgramSnapshot(db: Reader, forumId: string): Promise<ProgramSnapshot> {
  const forum = await db.forum.findUnique({
    where: { id: forumId },
    select: {
      id: true,
      slug: true,
      acronym: true,
      ...text("name"),
      ...text("theme"),
      ...text("description"),
      ...text("venue"),
      ...text("city"),
      ...text("organizers"),
      startDate: true,
      endDate: true,
      timeZone: true,
      currency: true,
      isSample: true,
    },
  });
  if (!forum) throw new Error(`buildProgramSnapshot: no forum ${forumId}`);

  const [rooms, subForums, sessions] = await Promise.all([
    db.room.findMany({
      where: { forumId },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, capacity: true, sortOrder: true, ...text("name") },
    }),
    db.subForum.findMany({
      where: { forumId },
      orderBy: [{ position: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, position: true, color: true, ...text("title"), ...text("description") },
    }),
    db.programSession.findMany({
      // A deleted session waits for the publish that removes it (ProgramSession.deletedAt).
      where: { forumId, deletedAt: null },
      orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        guid: true,
        number: true,
        slug: true,
        type: true,
        ...text("title"),
        ...text("abstract"),
        startsAt: true,
        endsAt: true,
        subForumId: true,
        roomId: true,
        capacity: true,
        seatBooking: true,
        isSample: true,
        people: { select: { personId: true, role: true, position: true } },
      },
    }),
  ]);

  const personIds = [...new Set(sessions.flatMap((s) => s.people.map((p) => p.personId)))];
  const people = personIds.length
    ? await db.person.findMany({
        where: { id: { in: personIds } },
        // The id last: namesakes of one rank keep one order, so equal programs give equal snapshots (and preview digests).
        orderBy: [{ protocolRank: "asc" }, { nameEn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          slug: true,
          countryCode: true,
          protocolRank: true,
          isSample: true,
          ...text("name"),
          ...text("title"),
          ...text("bio"),
          organization: { select: organizationSelect },
        },
      })
    : [];

  const rank = new Map(people.map((p) => [p.id, p.protocolRank]));
  const roomOrder = new Map(rooms.map((r, i) => [r.id, i]));
  const sessionOrder = (s: (typeof sessions)[number]) => (s.roomId ? (roomOrder.get(s.roomId) ?? rooms.length) : -1);

  return {
    version: PROGRAM_SNAPSHOT_VERSION,
    forum: {
      ...forum,
      startDate: forum.startDate.toISOString().slice(0, 10),
      endDate: forum.endDate.toISOString().slice(0, 10),
    },
    rooms,
    subForums,
    people,
    sessions: [...sessions]
      // Same start: venue-wide items (no room) first, then by room order.
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || sessionOrder(a) - sessionOrder(b) || a.slug.localeCompare(b.slug))
      .map(({ startsAt, endsAt, people: onStage, ...session }) => ({
        ...session,
        startsAt: isoOrEmpty(startsAt),
        endsAt: isoOrEmpty(endsAt),
        people: [...onStage].sort(
          (a, b) => a.position - b.position || (rank.get(a.personId) ?? 100) - (rank.get(b.personId) ?? 100) || a.personId.localeCompare(b.personId),
        ),
      })),
  };
}

/**
 * A stored time as ISO 8601, or "" when the database holds one JavaScript cannot read (the year
 * 10000): the conflict check reports it (UNREADABLE_TIMES) and publishing refuses, so such a
 * snapshot is never stored, but building it must not throw for the preview and the grid.
 */
function isoOrEmpty(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

/**
 * Reads a stored snapshot (ProgramRelease.snapshot) back. Checks the version and the top-level
 * shape only: snapshots are written by buildProgramSnapshot, never by users.
 */
export function parseProgramSnapshot(json: unknown): ProgramSnapshot {
  if (typeof json !== "object" || json === null) throw new Error("Program snapshot is not an object");
  const value = json as Partial<Record<keyof ProgramSnapshot, unknown>>;
  if (value.version !== PROGRAM_SNAPSHOT_VERSION) throw new Error(`Unsupported program snapshot version ${String(value.version)}`);
  for (const key of ["rooms", "subForums", "people", "sessions"] as const) {
    if (!Array.isArray(value[key])) throw new Error(`Program snapshot has no ${key} list`);
  }
  if (typeof value.forum !== "object" || value.forum === null) throw new Error("Program snapshot has no forum");
  return json as ProgramSnapshot;
}

/** The snapshot as Prisma's JSON input (it is plain JSON already: strings, numbers, booleans, null). */
export function snapshotToJson(snapshot: ProgramSnapshot): Prisma.InputJsonValue {
  return snapshot as unknown as Prisma.InputJsonValue;
}
