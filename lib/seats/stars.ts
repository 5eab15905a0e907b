// Stars: a delegate's bookmarks in the program, shown in their agenda and calendar feed beside
// their seats. Any registered participant may star (a pending one plans ahead too); a star is
// personal and changes nothing for anyone else, so it is not audited.
import "server-only";
import { db } from "@/lib/db/client";

export type StarResult = { ok: true; starred: boolean } | { ok: false; reason: "NOT_REGISTERED" | "NO_SUCH_SESSION" };

async function check(participantId: string, sessionId: string): Promise<StarResult | null> {
  const [participant, session] = await Promise.all([
    db.participant.findUnique({ where: { id: participantId }, select: { forumId: true } }),
    db.programSession.findUnique({ where: { id: sessionId }, select: { forumId: true } }),
  ]);
  if (!participant) return { ok: false, reason: "NOT_REGISTERED" };
  if (!session || session.forumId !== participant.forumId) return { ok: false, reason: "NO_SUCH_SESSION" };
  return null;
}

/** Stars or unstars a session. Idempotent: starring twice leaves one star (a replayed request is harmless). */
export async function setStar(participantId: string, sessionId: string, starred: boolean): Promise<StarResult> {
  const refused = await check(participantId, sessionId);
  if (refused) return refused;
  if (starred) await db.starredSession.createMany({ data: [{ participantId, sessionId }], skipDuplicates: true });
  else await db.starredSession.deleteMany({ where: { participantId, sessionId } });
  return { ok: true, starred };
}

/** Flips the star: for a single toggle control. Prefer setStar where a request may be replayed. */
export async function toggleStar(participantId: string, sessionId: string): Promise<StarResult> {
  const refused = await check(participantId, sessionId);
  if (refused) return refused;
  return db.$transaction(async (tx) => {
    const removed = await tx.starredSession.deleteMany({ where: { participantId, sessionId } });
    if (removed.count > 0) return { ok: true, starred: false } as const;
    await tx.starredSession.createMany({ data: [{ participantId, sessionId }], skipDuplicates: true });
    return { ok: true, starred: true } as const;
  });
}

export async function isStarred(participantId: string, sessionId: string): Promise<boolean> {
  const star = await db.starredSession.findUnique({ where: { participantId_sessionId: { participantId, sessionId } }, select: { sessionId: true } });
  return star !== null;
}
