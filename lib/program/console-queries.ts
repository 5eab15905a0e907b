import "server-only";
import { db } from "@/lib/db/client";

/** The working (draft) program for the console: every session, in time order. */
export async function listSessionsForConsole(forumId: string) {
  return db.programSession.findMany({
    where: { forumId },
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
      subForum: { select: { id: true, titleEn: true, color: true } },
      room: { select: { nameEn: true, capacity: true } },
      _count: { select: { people: true } },
    },
  });
}
