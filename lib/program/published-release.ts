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
type Memo = { at: number; slug: string | undefined; release: Promise<PublicRelease | null | undefined> };
// On globalThis: the proxy and the pages and actions are bundled apart and would each hold their
// own copy of a module variable, so a publish could not tell the proxy (forgetPublicRelease).
const shared = globalThis as typeof globalThis & { concordReleaseMemo?: { memo: Memo | null; lastKnown: PublicRelease | null } };
const state = (shared.concordReleaseMemo ??= { memo: null, lastKnown: null });

/**
 * The same, read at most once a second per app instance (one indexed row; the sessions only when
 * the release changed): every request for a cached public page asks for it (proxy.ts), so a
 * publish on any instance is picked up within a second. Undefined when the database could not be
 * read: the proxy then leaves the request to the pages rendered per request. The seat panel's route
 * takes its forum and published sessions from here too, so it agrees with the pages served.
 */
export function currentPublicRelease(now = Date.now()): Promise<PublicRelease | null | undefined> {
  const slug = process.env.FORUM_SLUG;
  if (!state.memo || now - state.memo.at >= FRESH_MS || state.memo.slug !== slug) {
    const release = latestPublicRelease(state.lastKnown).then(
      (r) => (state.lastKnown = r),
      () => undefined,
    );
    state.memo = { at: now, slug, release };
  }
  return state.memo.release;
}

/**
 * Makes this instance read the latest release on its next request: call after publishing, so the
 * instance that published never serves the release before (nor its addresses) for that second.
 */
export function forgetPublicRelease(): void {
  state.memo = null;
}

/**
 * Gives the cached public pages a new key (all forums: organizations are shared): call after a
 * write that changes what they show outside the program release, such as a showcase or an
 * organization's name. Every app instance serves new pages within a second.
 */
export async function renewPublicPages(): Promise<void> {
  await db.forum.updateMany({ data: { pageRevision: { increment: 1 } } });
}
