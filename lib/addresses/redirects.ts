import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgramSnapshot } from "@/lib/program/snapshot";

// No "server-only": proxy.ts resolves old addresses through lib/program/published-release.ts.

/** Old slug → the current one, per kind, for the addresses a release no longer uses. */
export type AddressRedirects = {
  sessions: ReadonlyMap<string, string>;
  subForums: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
};

export const NO_REDIRECTS: AddressRedirects = { sessions: new Map(), subForums: new Map(), people: new Map() };

type Row = { kind: "SESSION" | "SUB_FORUM" | "PERSON"; slug: string; entityId: string };

/**
 * Where each published address leads in the latest release: to the record's slug there, when the
 * record is still published (a removed session's address stays a 404) and the old slug is not in
 * use by a record of the release. Breaks have no page, so no address leads to one.
 */
export function addressRedirects(rows: readonly Row[], snapshot: Pick<ProgramSnapshot, "sessions" | "subForums" | "people">): AddressRedirects {
  const current = {
    SESSION: new Map(snapshot.sessions.filter((s) => s.type !== "BREAK").map((s) => [s.id, s.slug])),
    SUB_FORUM: new Map(snapshot.subForums.map((s) => [s.id, s.slug])),
    PERSON: new Map(snapshot.people.map((p) => [p.id, p.slug])),
  };
  const inUse = {
    SESSION: new Set(snapshot.sessions.map((s) => s.slug)),
    SUB_FORUM: new Set(snapshot.subForums.map((s) => s.slug)),
    PERSON: new Set(snapshot.people.map((p) => p.slug)),
  };
  const out = { SESSION: new Map<string, string>(), SUB_FORUM: new Map<string, string>(), PERSON: new Map<string, string>() };
  for (const row of rows) {
    const to = current[row.kind].get(row.entityId);
    if (to && to !== row.slug && !inUse[row.kind].has(row.slug)) out[row.kind].set(row.slug, to);
  }
  return { sessions: out.SESSION, subForums: out.SUB_FORUM, people: out.PERSON };
}

/** The redirects of a forum's latest release (read once per release: lib/program/published-release.ts). */
export async function loadAddressRedirects(db: { publishedAddress: Pick<Prisma.TransactionClient["publishedAddress"], "findMany"> }, forumId: string, snapshot: Pick<ProgramSnapshot, "sessions" | "subForums" | "people">): Promise<AddressRedirects> {
  const rows = await db.publishedAddress.findMany({ where: { forumId }, select: { kind: true, slug: true, entityId: true } });
  return addressRedirects(rows, snapshot);
}

const SESSION_PATH = /^\/program\/([a-z0-9-]{1,160})(\/calendar\.ics)?$/;
const SUB_FORUM_PATH = /^\/program\/sub-forums\/([a-z0-9-]{1,160})(\/calendar\.ics)$/;
const SPEAKER_PATH = /^\/speakers\/([a-z0-9-]{1,160})$/;

/**
 * The current address of an old one (path and query string), or null when `pathname` is current or
 * unknown: a session's page and calendar, a speaker's page, a sub-forum's calendar and the
 * program's sub-forum filter. The query string is kept.
 */
export function currentAddress(pathname: string, search: string, redirects: AddressRedirects): string | null {
  const sub = SUB_FORUM_PATH.exec(pathname);
  if (sub) {
    const to = redirects.subForums.get(sub[1]!);
    return to ? `/program/sub-forums/${to}${sub[2]}${search}` : null;
  }
  const session = SESSION_PATH.exec(pathname);
  if (session) {
    const to = redirects.sessions.get(session[1]!);
    return to ? `/program/${to}${session[2] ?? ""}${search}` : null;
  }
  const speaker = SPEAKER_PATH.exec(pathname);
  if (speaker) {
    const to = redirects.people.get(speaker[1]!);
    return to ? `/speakers/${to}${search}` : null;
  }
  if (pathname === "/program" && search) {
    const params = new URLSearchParams(search);
    const to = redirects.subForums.get(params.get("subforum") ?? "");
    if (!to) return null;
    params.set("subforum", to);
    return `/program?${params.toString()}`;
  }
  return null;
}
