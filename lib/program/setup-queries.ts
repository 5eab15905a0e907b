import "server-only";
import { db } from "@/lib/db/client";

const text = <F extends string>(f: F) =>
  ({ [`${f}En`]: true, [`${f}Zh`]: true, [`${f}Ru`]: true, [`${f}Fr`]: true }) as { [K in `${F}${"En" | "Zh" | "Ru" | "Fr"}`]: true };

export function listRooms(forumId: string) {
  return db.room.findMany({
    where: { forumId },
    orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }],
    select: { id: true, nameEn: true, capacity: true, sortOrder: true, _count: { select: { sessions: { where: { deletedAt: null } } } } },
  });
}

export function getRoom(forumId: string, id: string) {
  return db.room.findFirst({ where: { id, forumId }, select: { ...text("name"), capacity: true, sortOrder: true } });
}

export function listSubForums(forumId: string) {
  return db.subForum.findMany({
    where: { forumId },
    orderBy: { position: "asc" },
    select: { id: true, titleEn: true, color: true, position: true, chairs: { select: { user: { select: { name: true, email: true } } } }, _count: { select: { sessions: { where: { deletedAt: null } } } } },
  });
}

export function getSubForum(forumId: string, id: string) {
  return db.subForum.findFirst({ where: { id, forumId }, select: { slug: true, ...text("title"), ...text("description"), color: true, position: true, chairs: { select: { userId: true } } } });
}

export function listChairUsers() {
  return db.user.findMany({ where: { role: "CHAIR", disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}

export function listPeople(q?: string) {
  return db.person.findMany({
    where: q ? { OR: [{ nameEn: { contains: q, mode: "insensitive" } }, { nameZh: { contains: q } }, { nameRu: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: [{ protocolRank: "asc" }, { nameEn: "asc" }],
    take: 500,
    select: { id: true, nameEn: true, nameZh: true, nameRu: true, titleEn: true, countryCode: true, protocolRank: true, isSample: true, organization: { select: { nameEn: true } }, _count: { select: { sessions: { where: { session: { deletedAt: null } } } } } },
  });
}

export function getPerson(id: string) {
  return db.person.findUnique({ where: { id }, select: { slug: true, ...text("name"), ...text("title"), ...text("bio"), organizationId: true, countryCode: true, protocolRank: true } });
}

export function listOrganizationChoices() {
  return db.organization.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, nameEn: true } });
}
