import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { ShowcaseProfileValues } from "./schemas";

// An organization's showcase at a forum (one per forum: ShowcaseProfile's unique key) and the
// sessions it is presented at. The profile and its session links are written together, in one
// transaction with the audit entry.

type Actor = { id: string };

export type ShowcaseError = "ORGANIZATION_NOT_FOUND" | "UNKNOWN_SESSION" | "NOT_FOUND";
export type ShowcaseResult = { ok: true; id: string; sessionIds: readonly string[] } | { ok: false; error: ShowcaseError };

/**
 * Creates or replaces the organization's showcase at the forum, with the sessions it is presented
 * at and its place in each (session pages list showcases by that place, then by name).
 */
export async function saveShowcaseProfile(actor: Actor, forumId: string, organizationId: string, values: ShowcaseProfileValues): Promise<ShowcaseResult> {
  const { sessions, ...profile } = values;
  const sessionIds = sessions.map((s) => s.sessionId);
  const run = () =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
      if (!organization) return { ok: false, error: "ORGANIZATION_NOT_FOUND" } as const;
      const previous = await tx.showcaseProfile.findUnique({ where: { forumId_organizationId: { forumId, organizationId } }, select: { sessions: { select: { sessionId: true } } } });
      // Only this forum's sessions: an id from another forum (a crafted request) links nothing. A
      // session already linked stays linkable while deleted in the working copy (public until published away).
      const linked = new Set(previous?.sessions.map((s) => s.sessionId) ?? []);
      const known = sessionIds.length
        ? await tx.programSession.count({ where: { id: { in: sessionIds }, forumId, OR: [{ deletedAt: null }, { id: { in: [...linked] } }] } })
        : 0;
      if (known !== sessionIds.length) return { ok: false, error: "UNKNOWN_SESSION" } as const;
      const saved = await tx.showcaseProfile.upsert({
        where: { forumId_organizationId: { forumId, organizationId } },
        create: { ...profile, forumId, organizationId },
        update: profile,
        select: { id: true },
      });
      await tx.showcaseSession.deleteMany({ where: { profileId: saved.id } });
      if (sessions.length) await tx.showcaseSession.createMany({ data: sessions.map((s) => ({ profileId: saved.id, sessionId: s.sessionId, position: s.position })) });
      await recordAudit(tx, { forumId, actorId: actor.id, action: previous ? "showcase.updated" : "showcase.created", entity: { type: "ShowcaseProfile", id: saved.id }, data: { organizationId, published: profile.published, sessions, previousSessions: previous?.sessions.map((s) => s.sessionId) ?? [] } });
      return { ok: true, id: saved.id, sessionIds: [...new Set([...sessionIds, ...(previous?.sessions.map((s) => s.sessionId) ?? [])])] } as const;
    });
  try {
    return await run();
  } catch (error) {
    // Two organizers creating the same showcase at once: the second finds the first's row.
    if (isUniqueViolation(error)) return run();
    throw error;
  }
}

/** Deletes the organization's showcase at the forum (its session links go with it). */
export async function deleteShowcaseProfile(actor: Actor, forumId: string, organizationId: string): Promise<ShowcaseResult> {
  return db.$transaction(async (tx) => {
    const profile = await tx.showcaseProfile.findUnique({ where: { forumId_organizationId: { forumId, organizationId } }, select: { id: true, sessions: { select: { sessionId: true } } } });
    if (!profile) return { ok: false, error: "NOT_FOUND" } as const;
    await tx.showcaseProfile.delete({ where: { id: profile.id } });
    await recordAudit(tx, { forumId, actorId: actor.id, action: "showcase.deleted", entity: { type: "ShowcaseProfile", id: profile.id }, data: { organizationId } });
    return { ok: true, id: profile.id, sessionIds: profile.sessions.map((s) => s.sessionId) } as const;
  });
}
