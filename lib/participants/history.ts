// A participant's history reads audit entries written by several parts of the app (registration,
// decisions, seats, imports, the delegate's own edits). This turns their `data` into plain facts
// for the page to word; unknown shapes are simply left out, never guessed at.

export type HistoryFact =
  | { kind: "reason"; reason: string }
  | { kind: "session"; session: string }
  | { kind: "position"; position: number }
  | { kind: "delegation"; delegation: string }
  | { kind: "removedAsHeadOf"; delegation: string }
  | { kind: "change"; field: string; from: string | null; to: string | null }
  | { kind: "line"; line: number }
  | { kind: "seatsReleased"; count: number }
  | { kind: "registration" };

const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The facts an audit entry's data holds, in a fixed order. */
export function historyFacts(data: unknown): HistoryFact[] {
  if (!isRecord(data)) return [];
  const facts: HistoryFact[] = [];
  if (typeof data.reason === "string" && data.reason && data.reason !== "registration") facts.push({ kind: "reason", reason: data.reason });
  if (data.reason === "registration") facts.push({ kind: "registration" });
  if (typeof data.session === "string") facts.push({ kind: "session", session: data.session });
  if (typeof data.position === "number") facts.push({ kind: "position", position: data.position });
  if (typeof data.delegation === "string") facts.push({ kind: "delegation", delegation: data.delegation });
  if (typeof data.removedAsHeadOf === "string") facts.push({ kind: "removedAsHeadOf", delegation: data.removedAsHeadOf });
  // Two shapes of changes: a list [{ field, from, to }] (imports), a map { field: { from, to } } (own edits).
  if (Array.isArray(data.changes)) {
    for (const c of data.changes) if (isRecord(c) && typeof c.field === "string") facts.push({ kind: "change", field: c.field, from: text(c.from), to: text(c.to) });
  } else if (isRecord(data.changes)) {
    for (const [field, c] of Object.entries(data.changes)) if (isRecord(c)) facts.push({ kind: "change", field, from: text(c.from), to: text(c.to) });
  }
  if (typeof data.line === "number") facts.push({ kind: "line", line: data.line });
  if (typeof data.seatsReleased === "number" && data.seatsReleased > 0) facts.push({ kind: "seatsReleased", count: data.seatsReleased });
  return facts;
}
