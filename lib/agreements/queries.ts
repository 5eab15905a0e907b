import "server-only";
import { db } from "@/lib/db/client";

/** Every agreement of the forum for organizers (confidential ones included), in run-sheet order. */
export async function listAgreementsForConsole(forumId: string) {
  return db.agreement.findMany({
    where: { forumId },
    orderBy: [{ slot: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      titleEn: true,
      valueMinor: true,
      currency: true,
      status: true,
      visibility: true,
      signedAt: true,
      slot: true,
      isSample: true,
      sector: { select: { nameEn: true, color: true } },
      parties: { orderBy: { position: "asc" }, select: { organization: { select: { nameEn: true } } } },
    },
  });
}
