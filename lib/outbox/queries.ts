import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OutboxQuery } from "./schemas";

export const OUTBOX_PAGE_SIZE = 50;

const rowSelect = {
  id: true,
  toEmail: true,
  subject: true,
  text: true,
  template: true,
  status: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} as const;

export type OutboxRow = Prisma.OutboxMessageGetPayload<{ select: typeof rowSelect }>;

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id]), "utf8").toString("base64url");
}

/** A cursor this page made, or null (a stale or hand-made one shows the newest page). */
function decodeCursor(value: string | undefined): { createdAt: Date; id: string } | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [iso, id] = parsed as unknown[];
    if (typeof iso !== "string" || typeof id !== "string" || !/^[a-z0-9]{20,40}$/.test(id)) return null;
    const createdAt = new Date(iso);
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
  } catch {
    return null;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The outbox newest first, a page at a time (keyset on createdAt, id), optionally for recipients
 * whose address contains `to`.
 */
export async function listOutbox(query: OutboxQuery): Promise<{ rows: OutboxRow[]; total: number; nextAfter: string | null }> {
  const where: Prisma.OutboxMessageWhereInput = query.to ? { toEmail: { contains: escapeLike(query.to), mode: "insensitive" } } : {};
  const cursor = decodeCursor(query.after);
  const page: Prisma.OutboxMessageWhereInput = cursor
    ? { AND: [where, { createdAt: { lte: cursor.createdAt } }, { OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }] }] }
    : where;
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where: page,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OUTBOX_PAGE_SIZE + 1,
      select: rowSelect,
    }),
    db.outboxMessage.count({ where }),
  ]);
  const more = rows.length > OUTBOX_PAGE_SIZE;
  const shown = more ? rows.slice(0, OUTBOX_PAGE_SIZE) : rows;
  const last = shown.at(-1);
  return { rows: shown, total, nextAfter: more && last ? encodeCursor(last) : null };
}

export type OutboxDisplayStatus = "PENDING" | "SENDING" | "RETRYING" | "SENT" | "FAILED";

/** What an organizer needs to know of a message's delivery (see lib/outbox/deliver.ts). */
export function displayStatus(row: Pick<OutboxRow, "status" | "attempts" | "lastError">): OutboxDisplayStatus {
  if (row.status !== "PENDING") return row.status;
  if (row.attempts === 0) return "PENDING";
  return row.lastError ? "RETRYING" : "SENDING";
}

export type TextPart = { kind: "text"; value: string } | { kind: "link"; href: string };

/**
 * A message's text cut into plain runs and links, for reading in the console. Only links to this
 * application's own origin become clickable: a name typed into a form stays text.
 */
export function linkifyText(text: string, origin: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    const href = match[0].replace(/[.,;:!?)]+$/, "");
    let sameOrigin = false;
    try {
      sameOrigin = new URL(href).origin === origin;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) continue;
    if (match.index > last) parts.push({ kind: "text", value: text.slice(last, match.index) });
    parts.push({ kind: "link", href });
    last = match.index + href.length;
  }
  if (last < text.length) parts.push({ kind: "text", value: text.slice(last) });
  return parts;
}
