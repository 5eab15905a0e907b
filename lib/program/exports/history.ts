// How each exported session changed over the forum's published releases, for iCalendar: SEQUENCE
// must rise whenever a calendar app should replace its copy of an event, and a session dropped
// from the program must be sent once more as STATUS:CANCELLED so imported copies disappear.
import "server-only";
import { db } from "@/lib/db/client";
import { latestReleaseRef, perRelease, type ReleaseRef } from "@/lib/program/release-cache";
import { parseProgramSnapshot, type ProgramSnapshot } from "@/lib/program/snapshot";
import { sessionViews, type SessionView } from "@/lib/program/view";
import { isExported } from "./shared";

export type PublishedRelease = { version: number; publishedAt: Date; snapshot: ProgramSnapshot };

export type SessionRevision = {
  /** Releases after its first one in which its time, room, title or people changed (or it was dropped or came back). */
  sequence: number;
  /** When the release that first carried it was published. */
  firstPublishedAt: Date;
  /** When the release that last changed it was published. */
  changedAt: Date;
};

/** A session of an earlier release that the latest one no longer has, as it was last published. */
export type CancelledSession = SessionRevision & { session: SessionView };

export type ProgramHistory = {
  /** Session guid → its revision, for the sessions of the latest release. */
  revisions: Map<string, SessionRevision>;
  /** Sessions dropped since an earlier release, by their last start time. */
  cancelled: CancelledSession[];
};

/** What a calendar app shows of a session: a change here raises its SEQUENCE. */
function fingerprint(session: SessionView): string {
  return JSON.stringify([
    session.startsAt,
    session.endsAt,
    session.roomId,
    session.room?.nameEn ?? null,
    session.titleEn,
    session.titleZh,
    session.titleRu,
    session.titleFr,
    session.people.map((p) => [p.personId, p.role]),
  ]);
}

type Track = SessionRevision & { last: SessionView; state: string | null };

/**
 * Replays the releases (oldest first) and counts, for every session, the releases after its first
 * one in which it differs from the release before: moved, retitled, people changed, dropped, or
 * back after being dropped. Pure: tests call it with hand-made releases.
 */
export function computeHistory(releases: readonly PublishedRelease[]): ProgramHistory {
  const tracks = new Map<string, Track>();
  for (const release of releases) {
    const present = new Map(sessionViews(release.snapshot).filter(isExported).map((s) => [s.guid, s]));
    for (const [guid, session] of present) {
      const state = fingerprint(session);
      const track = tracks.get(guid);
      if (!track) {
        tracks.set(guid, { sequence: 0, firstPublishedAt: release.publishedAt, changedAt: release.publishedAt, last: session, state });
        continue;
      }
      if (track.state !== state) {
        track.sequence += 1;
        track.changedAt = release.publishedAt;
      }
      track.last = session;
      track.state = state;
    }
    for (const [guid, track] of tracks) {
      if (present.has(guid) || track.state === null) continue;
      track.sequence += 1;
      track.changedAt = release.publishedAt;
      track.state = null;
    }
  }
  const revisions = new Map<string, SessionRevision>();
  const cancelled: CancelledSession[] = [];
  for (const [guid, { last, state, ...revision }] of tracks) {
    if (state === null) cancelled.push({ ...revision, session: last });
    else revisions.set(guid, revision);
  }
  cancelled.sort((a, b) => a.session.start.getTime() - b.session.start.getTime() || a.session.number - b.session.number);
  return { revisions, cancelled };
}

/** Every published release of a forum, oldest first. */
export async function loadReleases(forumId: string): Promise<PublishedRelease[]> {
  const rows = await db.programRelease.findMany({
    where: { forumId },
    orderBy: { version: "asc" },
    select: { version: true, publishedAt: true, snapshot: true },
  });
  return rows.map((r) => ({ version: r.version, publishedAt: r.publishedAt, snapshot: parseProgramSnapshot(r.snapshot) }));
}

/** The latest release and the history of its sessions, or null before the first publish. */
export async function loadPublishedHistory(forumId: string): Promise<{ release: ReleaseRef; latest: PublishedRelease; history: ProgramHistory } | null> {
  const ref = await latestReleaseRef(forumId);
  if (!ref) return null;
  // Every release's snapshot is read once per new release, not on every calendar request.
  return perRelease(ref, "history", async () => {
    const releases = await loadReleases(forumId);
    const latest = releases.at(-1);
    if (!latest) throw new Error("The latest release disappeared while reading it");
    return { release: ref, latest, history: computeHistory(releases) };
  });
}
