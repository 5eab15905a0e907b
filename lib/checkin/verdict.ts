import type { DoorLookup } from "./check-in";

// What the door shows for a lookup, as one word the page turns into a colour and a headline:
// green checked in, amber already checked in, red unknown or not approved, blue ready.
export type DoorVerdict = "throttled" | "unknown" | "refused" | "ready" | "checked-in" | "already-checked-in";

/** A check-in this recent, made by this very request's redirect ("done"), is shown as just done. */
export const JUST_DONE_MS = 60_000;

/**
 * The verdict for a lookup. `justCheckedIn` says the page was reached from the check-in that set
 * the time (a reload minutes later turns amber, not green again).
 */
export function doorVerdict(lookup: DoorLookup, justCheckedIn: boolean, now: Date = new Date()): DoorVerdict {
  if (!lookup.found) return "retryAfterSeconds" in lookup ? "throttled" : "unknown";
  const p = lookup.participant;
  if (p.status !== "APPROVED") return "refused";
  if (!p.checkedInAt) return "ready";
  const recent = now.getTime() - p.checkedInAt.getTime() < JUST_DONE_MS;
  return (lookup.checkedInNow || justCheckedIn) && recent ? "checked-in" : "already-checked-in";
}
