import "server-only";
import { db } from "@/lib/db/client";

/** The working (draft) program for the console: every session, in time order. */
export async function listSessionsForConsole(forumId: string) {
  return db.programSession.findMany({
    where: { forumId, deletedAt: null },
    orderBy: [{ startsAt: "asc" }, { titleEn: "asc" }],
    select: {
      id: true,
      slug: true,
      type: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      seatBooking: true,
      seatsTaken: true,
      isSample: true,
      roomId: true,
      subForumId: true,
      subForum: { select: { id: true, titleEn: true, color: true } },
      room: { select: { nameEn: true, capacity: true } },
      people: { select: { personId: true } },
      _count: { select: { people: true } },
    },
  });
}

/** One session with everything its edit form shows. */
export async function getSessionForEdit(forumId: string, id: string) {
  return db.programSession.findFirst({
    where: { id, forumId, deletedAt: null },
    select: {
      id: true,
      slug: true,
      type: true,
      titleEn: true, titleZh: true, titleRu: true, titleFr: true,
      abstractEn: true, abstractZh: true, abstractRu: true, abstractFr: true,
      subForumId: true,
      roomId: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      seatBooking: true,
      people: { orderBy: { position: "asc" }, select: { personId: true, role: true, position: true } },
    },
  });
}

/** The choices a session form offers: this forum's rooms and sub-forums, and everyone who can be on stage. */
export async function getSessionFormOptions(forumId: string) {
  const [rooms, subForums, people] = await Promise.all([
    db.room.findMany({ where: { forumId }, orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true, capacity: true } }),
    db.subForum.findMany({ where: { forumId }, orderBy: { position: "asc" }, select: { id: true, titleEn: true, color: true } }),
    db.person.findMany({ orderBy: [{ protocolRank: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true, titleEn: true } }),
  ]);
  return { rooms, subForums, people };
}
