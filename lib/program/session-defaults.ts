import { toLocal } from "@/lib/time/zone";
import type { SessionInput } from "./schemas";

type Stored = {
  type: SessionInput["type"];
  titleEn: string; titleZh: string | null; titleRu: string | null; titleFr: string | null;
  abstractEn: string; abstractZh: string | null; abstractRu: string | null; abstractFr: string | null;
  subForumId: string | null;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  seatBooking: boolean;
  people: { personId: string; role: NonNullable<SessionInput["people"]>[number]["role"]; position: number }[];
  slug: string;
};

/** Whether a stored time is a real instant (the database can hold years JavaScript reads back as Invalid Date). */
export function readable(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** A stored session as its form's values: local times in the forum's zone, blanks for nulls. */
export function sessionToForm(s: Stored, timeZone: string): SessionInput {
  return {
    type: s.type,
    titleEn: s.titleEn, titleZh: s.titleZh ?? "", titleRu: s.titleRu ?? "", titleFr: s.titleFr ?? "",
    abstractEn: s.abstractEn, abstractZh: s.abstractZh ?? "", abstractRu: s.abstractRu ?? "", abstractFr: s.abstractFr ?? "",
    subForumId: s.subForumId ?? "",
    roomId: s.roomId ?? "",
    // An unreadable stored time (Invalid Date) leaves the field blank for the organizer to fill in.
    startsAt: readable(s.startsAt) ? toLocal(s.startsAt, timeZone) : "",
    endsAt: readable(s.endsAt) ? toLocal(s.endsAt, timeZone) : "",
    capacity: s.capacity ?? "",
    seatBooking: s.seatBooking,
    people: s.people,
    slug: s.slug,
  };
}

/** A new session's starting values: 09:00–10:30 on the forum's first day. */
export function newSessionForm(firstDay: string, subForumId: string | null): SessionInput {
  return {
    type: subForumId ? "SUBFORUM" : "PLENARY",
    titleEn: "", titleZh: "", titleRu: "", titleFr: "",
    abstractEn: "", abstractZh: "", abstractRu: "", abstractFr: "",
    subForumId: subForumId ?? "",
    roomId: "",
    startsAt: `${firstDay}T09:00`,
    endsAt: `${firstDay}T10:30`,
    capacity: "",
    seatBooking: false,
    people: [],
    slug: "",
  };
}
