import { loadAddressRedirects, type AddressRedirects } from "@/lib/addresses/redirects";
import { db } from "@/lib/db/client";
import { parseProgramSnapshot } from "./snapshot";

// No "server-only" here: proxy.ts imports it. The proxy runs in the server's own process, on
// Node.js, and shares its database client through globalThis (lib/db/client.ts).

/**
 * The public forum's latest release: the key of its cached pages (the release id and the forum's
 * page revision, so a showcase edit gets new pages without a new release), the release id, its
 * forum, the slugs of the sessions that have a page and their ids (the sessions that take seats
 * and stars).
 */
export type PublicRelease = {
  id: string;
  releaseId: string;
  forumId: string;
  sessionSlugs: ReadonlySet<string>;
  sessionIds: ReadonlySet<string>;
  /** Where the addresses it no longer uses lead (lib/addresses/redirects.ts). */
  redirects: AddressRedirects;
};

/**
 * The public forum's latest release (the forum getCurrentForum shows: FORUM_SLUG, else the latest
 * edition with a published program), or null before anything is published.
 */
export async function latestPublicRelease(known?: PublicRelease | null): Promise<PublicRelease | null> {
  const slug = process.env.FORUM_SLUG;
  const latest = await db.programRelease.findFirst({
    where: slug ? { forum: { slug } } : {},
    orderBy: [{ forum: { startDate: "desc" } }, { version: "desc" }],
    select: { id: true, forumId: true, forum: { select: { pageRevision: true } } },
  });
  if (!latest) return null;
  const id = `${latest.id}-${latest.forum.pageRevision}`;
  if (known?.id === id) return known;
  if (known?.releaseId === latest.id) return { ...known, id };
  // A new release: read its sessions once (breaks have no page).
  const release = await db.programRelease.findUniqueOrThrow({ where: { id: latest.id }, select: { snapshot: true } });
  const snapshot = parseProgramSnapshot(release.snapshot);
  const sessions = snapshot.sessions.filter((s) => s.type !== "BREAK");
  const redirects = await loadAddressRedirects(db, latest.forumId, snapshot);
  return { id, releaseId: latest.id, forumId: latest.forumId, sessionSlugs: new Set(sessions.map((s) => s.slug)), sessionIds: new Set(sessions.map((s) => s.id)), redirects };
}

const FRESH_MS = 1000;
let memo: { at: number; slug: string | undefined; release: Promise<PublicRelease | null | undefined> } | null = null;
let lastKnown: PublicRelease | null = null;

/**
 * The same, read at most once a second per app instance (one indexed row; the sessions only when
 * the release changed): every request for a cached public page asks for it (proxy.ts), so a
 * publish on any instance is picked up within a second. Undefined when the database could not be
 * read: the proxy then leaves the request to the pages rendered per request. The seat panel's route
 * takes its forum and published sessions from here too, so it agrees with the pages served.
 */
export function currentPublicRelease(now = Date.now()): Promise<PublicRelease | null | undefined> {
  const slug = process.env.FORUM_SLUG;
  if (!memo || now - memo.at >= FRESH_MS || memo.slug !== slug) {
    const release = latestPublicRelease(lastKnown).then(
      (r) => (lastKnown = r),
      () => undefined,
    );
    memo = { at: now, slug, release };
  }
  return memo.release;
}

/**
 * Gives the cached public pages a new key (all forums: organizations are shared): call after a
 * write that changes what they show outside the program release, such as a showcase or an
 * organization's name. Every app instance serves new pages within a second.
 */
export async function renewPublicPages(): Promise<void> {
  await db.forum.updateMany({ data: { pageRevision: { increment: 1 } } });
}
