// What changed between two releases of the program, for the changes page, the Atom feed and the
// audit log. Pure: no database. Sessions are matched by id (slugs and titles may change).
import {
  changelogEntry,
  emptyChangelog,
  initialChangelog,
  PROGRAM_CHANGELOG_FORMAT,
  type ChangelogDetail,
  type ChangelogEntry,
  type ChangelogLanguage,
  type ChangelogOther,
  type ChangelogPlace,
  type ProgramChangelog,
  type ProgramSnapshot,
  type SnapshotRoom,
  type SnapshotSession,
} from "./snapshot";

const LANGUAGES: { code: ChangelogLanguage; suffix: "En" | "Zh" | "Ru" | "Fr" }[] = [
  { code: "en", suffix: "En" },
  { code: "zh", suffix: "Zh" },
  { code: "ru", suffix: "Ru" },
  { code: "fr", suffix: "Fr" },
];

/** A blank translation reads as a missing one (both fall back to English), so they compare equal. */
const text = (value: string | null | undefined) => (value && value.trim() ? value : null);

const instant = (iso: string) => Date.parse(iso);

function place(session: SnapshotSession, rooms: Map<string, SnapshotRoom>): ChangelogPlace {
  const room = session.roomId ? rooms.get(session.roomId) : undefined;
  return {
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    roomId: session.roomId,
    roomNameEn: room?.nameEn ?? null,
    roomNameZh: room?.nameZh ?? null,
    roomNameRu: room?.nameRu ?? null,
    roomNameFr: room?.nameFr ?? null,
  };
}

function changedDetails(before: SnapshotSession, after: SnapshotSession): ChangelogDetail[] {
  const details: ChangelogDetail[] = [];
  if (LANGUAGES.some(({ suffix }) => text(before[`abstract${suffix}`]) !== text(after[`abstract${suffix}`]))) details.push("abstract");
  if (before.type !== after.type) details.push("type");
  if (before.subForumId !== after.subForumId) details.push("subForum");
  if (before.capacity !== after.capacity) details.push("capacity");
  if (before.seatBooking !== after.seatBooking) details.push("seatBooking");
  // The roles and stage order of the people who stayed (joining and leaving is peopleChanged).
  const stayed = (list: SnapshotSession["people"], other: SnapshotSession["people"]) => {
    const ids = new Set(other.map((p) => p.personId));
    return list.filter((p) => ids.has(p.personId)).map((p) => `${p.personId}:${p.role}`);
  };
  if (stayed(before.people, after.people).join("|") !== stayed(after.people, before.people).join("|")) details.push("roles");
  if (before.isSample !== after.isSample) details.push("sample");
  return details;
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

/**
 * The changelog of `next` against `previous` (null for a first release: everything is added).
 * Lists keep the program's reading order (by start time); removed sessions keep the previous one's.
 */
export function diffSnapshots(previous: ProgramSnapshot | null, next: ProgramSnapshot): ProgramChangelog {
  if (!previous) return initialChangelog(next);
  const changelog = emptyChangelog();
  const before = byId(previous.sessions);
  const after = byId(next.sessions);
  const roomsBefore = byId(previous.rooms);
  const roomsAfter = byId(next.rooms);
  const peopleBefore = byId(previous.people);
  const peopleAfter = byId(next.people);
  const nameOf = (personId: string, people: Map<string, { nameEn: string }>) => people.get(personId)?.nameEn ?? personId;

  for (const session of next.sessions) {
    const old = before.get(session.id);
    const entry = changelogEntry(session);
    if (!old) {
      changelog.added.push(entry);
      continue;
    }
    if (instant(old.startsAt) !== instant(session.startsAt) || instant(old.endsAt) !== instant(session.endsAt) || old.roomId !== session.roomId) {
      changelog.moved.push({ ...entry, from: place(old, roomsBefore), to: place(session, roomsAfter) });
    }
    const languages = LANGUAGES.filter(({ suffix }) => text(old[`title${suffix}`]) !== text(session[`title${suffix}`])).map((l) => l.code);
    if (languages.length) {
      const previousTitles = changelogEntry(old);
      changelog.retitled.push({
        ...entry,
        fromTitleEn: old.titleEn,
        toTitleEn: session.titleEn,
        previous: { titleEn: previousTitles.titleEn, titleZh: previousTitles.titleZh, titleRu: previousTitles.titleRu, titleFr: previousTitles.titleFr },
        languages,
      });
    }
    const wasOn = new Set(old.people.map((p) => p.personId));
    const isOn = new Set(session.people.map((p) => p.personId));
    const addedPeople = session.people.filter((p) => !wasOn.has(p.personId)).map((p) => nameOf(p.personId, peopleAfter));
    const removedPeople = old.people.filter((p) => !isOn.has(p.personId)).map((p) => nameOf(p.personId, peopleBefore));
    if (addedPeople.length || removedPeople.length) changelog.peopleChanged.push({ ...entry, addedPeople, removedPeople });
    const details = changedDetails(old, session);
    if (details.length) changelog.updated.push({ ...entry, details });
    if (old.slug !== session.slug) changelog.addressChanged.push({ ...entry, fromSlug: old.slug });
  }
  for (const session of previous.sessions) {
    if (!after.has(session.id)) changelog.removed.push(changelogEntry(session));
  }

  const subForumsBefore = byId(previous.subForums);
  for (const s of next.subForums) {
    const old = subForumsBefore.get(s.id);
    if (old && old.slug !== s.slug) changelog.pageAddressChanged.push({ kind: "subForum", id: s.id, nameEn: s.titleEn, fromSlug: old.slug, slug: s.slug });
  }
  for (const p of next.people) {
    const old = peopleBefore.get(p.id);
    if (old && old.slug !== p.slug) changelog.pageAddressChanged.push({ kind: "speaker", id: p.id, nameEn: p.nameEn, fromSlug: old.slug, slug: p.slug });
  }

  const other: ChangelogOther[] = [];
  if (!sameContent(previous.forum, next.forum)) other.push("forum");
  if (!sameContent(previous.rooms, next.rooms)) other.push("rooms");
  if (!sameContent(previous.subForums, next.subForums)) other.push("subForums");
  // Someone's name, title, organization or rank; joining or leaving a stage is peopleChanged.
  if (next.people.some((p) => peopleBefore.has(p.id) && !sameContent(peopleBefore.get(p.id), p))) other.push("people");
  changelog.other = other;
  return changelog;
}

/** Whether a changelog lists nothing at all. */
export function isChangelogEmpty(c: ProgramChangelog): boolean {
  return !(c.added.length || c.removed.length || c.moved.length || c.retitled.length || c.peopleChanged.length || c.updated.length || c.addressChanged.length || c.pageAddressChanged.length || c.other.length);
}

export type ChangelogCounts = { added: number; removed: number; moved: number; retitled: number; peopleChanged: number; updated: number; addressChanged: number };

export function changelogCounts(c: ProgramChangelog): ChangelogCounts {
  return {
    added: c.added.length,
    removed: c.removed.length,
    moved: c.moved.length,
    retitled: c.retitled.length,
    peopleChanged: c.peopleChanged.length,
    updated: c.updated.length,
    addressChanged: c.addressChanged.length,
  };
}

/**
 * Structural equality of JSON values, ignoring the order of object keys (PostgreSQL's jsonb
 * reorders them) and properties set to undefined. Arrays compare in order.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameContent(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const leftKeys = keys(left);
  return leftKeys.length === keys(right).length && leftKeys.every((k) => Object.hasOwn(right, k) && sameContent(left[k], right[k]));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** An entry of a changelog written before entries carried titles (they held session slugs only). */
function legacyEntry(slug: string): ChangelogEntry {
  return { sessionId: "", guid: "", slug, titleEn: slug, titleZh: null, titleRu: null, titleFr: null };
}

/**
 * Reads a stored changelog (ProgramRelease.changelog) back. Changelogs are written by this module,
 * never by users; older ones listed slugs only and are read as entries named by their slug.
 */
export function parseChangelog(json: unknown): ProgramChangelog {
  if (!isObject(json)) return emptyChangelog();
  if (json.format === PROGRAM_CHANGELOG_FORMAT) {
    const c = json as Partial<ProgramChangelog>;
    return {
      format: PROGRAM_CHANGELOG_FORMAT,
      added: c.added ?? [],
      removed: c.removed ?? [],
      moved: c.moved ?? [],
      retitled: c.retitled ?? [],
      peopleChanged: c.peopleChanged ?? [],
      updated: c.updated ?? [],
      // Written before addresses were kept: an address change was an "updated" detail then.
      addressChanged: c.addressChanged ?? [],
      pageAddressChanged: c.pageAddressChanged ?? [],
      other: c.other ?? [],
    };
  }
  const slugs = (key: string) => list(json[key]).filter((v): v is string => typeof v === "string");
  return {
    ...emptyChangelog(),
    added: slugs("added").map(legacyEntry),
    removed: slugs("removed").map(legacyEntry),
    // Old moves, renames and cast changes carry no before and after: shown as "updated".
    updated: [...new Set([...slugs("moved"), ...slugs("retitled"), ...slugs("peopleChanged")])].map((slug) => ({ ...legacyEntry(slug), details: [] })),
  };
}
