import "server-only";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { createHash } from "node:crypto";
import { parseCsv } from "@/lib/csv/csv";
import { db, type Db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { refreshStatistics } from "@/lib/db/statistics";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale, ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { newBadgeCode, newCalendarKey } from "./codes";
import { IMPORT_COLUMNS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportCells, type ImportColumn, importRowSchema, REQUIRED_COLUMNS } from "./import-schema";
import { participantSearchText } from "./search-text";

// CSV import of participants, in two steps. The preview parses the file and compares it with the
// database, writing nothing. The confirmation parses the same text again inside one transaction,
// checks that the plan is still the one previewed (same digest), and writes everything or
// nothing. Rows are matched by e-mail, so importing a file twice creates and changes nothing the
// second time. Imported participants have no account (userId null); their consent to data
// processing is recorded as the import time: whoever imports must have collected it.

export type ImportIssue = { line: number | null; column: ImportColumn | null; message: string };

/** The fields an import sets, by the participant's field names. */
type Fields = {
  fullName: string;
  latinName: string | null;
  category: ParticipantCategory;
  organizationName: string;
  jobTitle: string;
  countryCode: string;
  delegationId: string | null;
  preferredLocale: Locale;
};

export type PlannedRow = {
  line: number;
  email: string;
  fullName: string;
  action: "create" | "update" | "unchanged";
  /** For an update: each changed field, before and after. */
  changes: { field: keyof Fields; from: string | null; to: string | null }[];
  /** Things the import does not do for this row, said plainly. */
  notes: string[];
};

export type ImportCounts = { create: number; update: number; unchanged: number; invalid: number };

export type ImportPlan = {
  /** Problems with the file as a whole: nothing can be imported. */
  fileErrors: string[];
  warnings: string[];
  /** Problems with single rows, by line and column: nothing is imported until they are fixed. */
  rowErrors: ImportIssue[];
  rows: PlannedRow[];
  counts: ImportCounts;
  /** Identifies this plan: the confirmation must find the same one. */
  digest: string;
};

type Write =
  | { kind: "create"; line: number; email: string; fields: Fields; status: ParticipantStatus }
  | { kind: "update"; line: number; id: string; fields: Partial<Fields>; search: Parameters<typeof participantSearchText>[0]; changes: PlannedRow["changes"]; leavesHeadOf: { id: string; name: string } | null };

const FIELD_OF: Partial<Record<ImportColumn, keyof Fields>> = {
  full_name: "fullName",
  latin_name: "latinName",
  category: "category",
  organization: "organizationName",
  job_title: "jobTitle",
  country: "countryCode",
  delegation: "delegationId",
  preferred_language: "preferredLocale",
};

/** "Full name", "full-name", "FULL_NAME" → "full_name". */
function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const emptyPlan = (fileErrors: string[], warnings: string[] = []): { plan: ImportPlan; writes: Write[] } => ({
  plan: { fileErrors, warnings, rowErrors: [], rows: [], counts: { create: 0, update: 0, unchanged: 0, invalid: 0 }, digest: "" },
  writes: [],
});

async function computePlan(client: Tx | Db, forumId: string, text: string): Promise<{ plan: ImportPlan; writes: Write[] }> {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > IMPORT_MAX_BYTES) {
    return emptyPlan([`The file is ${(bytes / 1024 / 1024).toFixed(1)} MB: the limit is ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`]);
  }
  const parsed = parseCsv(text, { maxRecords: IMPORT_MAX_ROWS });
  if (parsed.truncated) return emptyPlan([`The file has more than ${IMPORT_MAX_ROWS.toLocaleString("en")} rows: split it into smaller files.`]);
  if (parsed.header.length === 0) return emptyPlan(["The file is empty."]);

  const keys = parsed.header.map(columnKey);
  const fileErrors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    if (k && seen.has(k)) fileErrors.push(`The column "${k}" appears twice in the header.`);
    seen.add(k);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length) fileErrors.push(`The header lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. The first line must name the columns.`);
  const ignored = keys.filter((k) => k && !(IMPORT_COLUMNS as readonly string[]).includes(k));
  if (ignored.length) warnings.push(`These columns are not imported: ${ignored.join(", ")}.`);
  if (parsed.records.length === 0) fileErrors.push("The file has a header but no rows.");
  if (fileErrors.length) return emptyPlan(fileErrors, warnings);

  const rowErrors: ImportIssue[] = parsed.errors.map((e) => ({ line: e.line, column: null, message: `The CSV is malformed here: ${e.message}.` }));
  const badLines = new Set(parsed.errors.map((e) => e.line));
  const valid: { line: number; row: ReturnType<typeof importRowSchema.parse>; present: Set<ImportColumn> }[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of parsed.records) {
    if (badLines.has(record.line)) continue;
    const cells: ImportCells = {};
    keys.forEach((k, i) => {
      if ((IMPORT_COLUMNS as readonly string[]).includes(k)) cells[k as ImportColumn] = record.cells[i] ?? "";
    });
    const extra = record.cells.slice(keys.length).filter((c) => c.trim() !== "");
    if (extra.length) {
      rowErrors.push({ line: record.line, column: null, message: `This line has ${record.cells.length} cells but the header names ${keys.length} columns: check its quotes and commas.` });
      continue;
    }
    const result = importRowSchema.safeParse(cells);
    if (!result.success) {
      const columns = new Set<string>();
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "") as ImportColumn;
        if (columns.has(column)) continue;
        columns.add(column);
        rowErrors.push({ line: record.line, column: column || null, message: issue.message });
      }
      continue;
    }
    const earlier = firstLineOf.get(result.data.email);
    if (earlier !== undefined) {
      rowErrors.push({ line: record.line, column: "email", message: `The same e-mail address is on line ${earlier}: each participant once.` });
      continue;
    }
    firstLineOf.set(result.data.email, record.line);
    valid.push({ line: record.line, row: result.data, present: new Set(Object.keys(cells) as ImportColumn[]) });
  }

  // Delegations by name, within the forum, and only for the row's own country.
  const delegations = await client.delegation.findMany({ where: { forumId }, select: { id: true, name: true, countryCode: true } });
  const delegationByName = new Map(delegations.map((d) => [d.name.toLowerCase(), d]));
  const existing = new Map<string, Awaited<ReturnType<typeof findExisting>>[number]>();
  for (const batch of chunks(valid.map((v) => v.row.email), 1000)) {
    for (const p of await findExisting(client, forumId, batch)) existing.set(p.email, p);
  }

  const rows: PlannedRow[] = [];
  const writes: Write[] = [];
  for (const { line, row, present } of valid) {
    let delegationId: string | null | undefined;
    if (row.delegation === undefined) delegationId = undefined;
    else if (row.delegation === null) delegationId = null;
    else {
      const d = delegationByName.get(row.delegation.toLowerCase());
      if (!d) {
        rowErrors.push({ line, column: "delegation", message: `No delegation is called "${row.delegation}": create it under Delegations first, or leave the cell empty.` });
        continue;
      }
      if (d.countryCode !== row.country) {
        rowErrors.push({ line, column: "delegation", message: `"${d.name}" is a delegation of ${d.countryCode}, not of ${row.country}.` });
        continue;
      }
      delegationId = d.id;
    }
    const given: Partial<Fields> = {
      fullName: row.full_name,
      latinName: row.latin_name,
      category: row.category,
      organizationName: row.organization,
      jobTitle: row.job_title,
      countryCode: row.country,
      delegationId,
      preferredLocale: row.preferred_language,
    };
    const current = existing.get(row.email);
    if (!current) {
      // A new registration starts pending or approved: rejecting and cancelling are decisions with
      // their own e-mails and side effects, taken in the participant list.
      if (row.status === "REJECTED" || row.status === "CANCELLED") {
        rowErrors.push({ line, column: "status", message: "A new participant is imported as PENDING or APPROVED: reject or cancel in the participant list." });
        continue;
      }
      const fields: Fields = {
        fullName: row.full_name,
        latinName: row.latin_name ?? null,
        category: row.category,
        organizationName: row.organization ?? "",
        jobTitle: row.job_title ?? "",
        countryCode: row.country,
        delegationId: delegationId ?? null,
        preferredLocale: row.preferred_language ?? "EN",
      };
      rows.push({ line, email: row.email, fullName: row.full_name, action: "create", changes: [], notes: [] });
      writes.push({ kind: "create", line, email: row.email, fields, status: row.status ?? "PENDING" });
      continue;
    }
    // Only the columns the file has are compared: a file without job titles leaves them alone.
    const changes: PlannedRow["changes"] = [];
    const update: Partial<Fields> = {};
    for (const [column, field] of Object.entries(FIELD_OF) as [ImportColumn, keyof Fields][]) {
      const value = given[field];
      if (!present.has(column) || value === undefined) continue;
      const before = current[field];
      if (before === value) continue;
      changes.push({ field, from: before, to: value });
      (update as Record<string, unknown>)[field] = value;
    }
    const notes: string[] = [];
    if (row.status && row.status !== current.status) notes.push(`Status stays ${current.status}: decisions go through Approve and Reject.`);
    const leavesHeadOf = update.delegationId !== undefined && current.headOf ? current.headOf : null;
    if (leavesHeadOf) notes.push(`Leaves "${leavesHeadOf.name}", so stops being its head.`);
    rows.push({ line, email: row.email, fullName: row.full_name, action: changes.length ? "update" : "unchanged", changes, notes });
    if (changes.length) {
      writes.push({
        kind: "update",
        line,
        id: current.id,
        fields: update,
        search: { fullName: update.fullName ?? current.fullName, latinName: update.latinName !== undefined ? update.latinName : current.latinName, email: current.email, organizationName: update.organizationName ?? current.organizationName },
        changes,
        leavesHeadOf,
      });
    }
  }

  rowErrors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const counts: ImportCounts = {
    create: rows.filter((r) => r.action === "create").length,
    update: rows.filter((r) => r.action === "update").length,
    unchanged: rows.filter((r) => r.action === "unchanged").length,
    invalid: new Set(rowErrors.map((e) => e.line)).size,
  };
  const digest = createHash("sha256")
    .update(createHash("sha256").update(text, "utf8").digest("hex"))
    .update(JSON.stringify(rows.map((r) => [r.line, r.email, r.action, r.changes])))
    .update(JSON.stringify(rowErrors))
    .digest("base64url");
  return { plan: { fileErrors: [], warnings, rowErrors, rows, counts, digest }, writes };
}

function findExisting(client: Tx | Db, forumId: string, emails: string[]) {
  return client.participant.findMany({
    where: { forumId, email: { in: emails } },
    select: {
      id: true,
      email: true,
      fullName: true,
      latinName: true,
      category: true,
      organizationName: true,
      jobTitle: true,
      countryCode: true,
      delegationId: true,
      preferredLocale: true,
      status: true,
      headOf: { select: { id: true, name: true } },
    },
  });
}

/** What importing `text` would do, without writing anything. */
export async function previewImport(forumId: string, text: string): Promise<ImportPlan> {
  return (await computePlan(db, forumId, text)).plan;
}

export type ImportResult =
  | { ok: true; counts: ImportCounts }
  /** INVALID: the file has errors. STALE: the data changed since the preview (preview again). */
  | { ok: false; reason: "INVALID" | "STALE"; plan: ImportPlan };

/**
 * Imports `text` if it still plans to do exactly what the preview with `digest` showed: all rows
 * or none, in one transaction, with an audit entry per created or changed participant.
 */
export async function applyImport(actor: { id: string }, forumId: string, text: string, digest: string, now = new Date()): Promise<ImportResult> {
  const result = await applyImportInTransaction(actor, forumId, text, digest, now);
  // Thousands of new rows: the list's searches plan on fresh statistics (PGlite has no autovacuum).
  if (result.ok && result.counts.create >= ANALYZE_AFTER_CREATED) await refreshStatistics(db, "Participant");
  return result;
}

/** Fewer new rows than this leave the table's statistics good enough. */
const ANALYZE_AFTER_CREATED = 500;

async function applyImportInTransaction(actor: { id: string }, forumId: string, text: string, digest: string, now: Date): Promise<ImportResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const { plan, writes } = await computePlan(tx, forumId, text);
        if (plan.fileErrors.length || plan.rowErrors.length) return { ok: false, reason: "INVALID", plan } as const;
        if (plan.digest !== digest) return { ok: false, reason: "STALE", plan } as const;
        await writeCreates(tx, actor, forumId, writes.filter((w) => w.kind === "create"), now);
        await writeUpdates(tx, actor, forumId, writes.filter((w) => w.kind === "update"));
        return { ok: true, counts: plan.counts } as const;
      },
      // Up to 20,000 rows in one transaction: far beyond Prisma's 5-second default.
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    // Someone registered one of these e-mails between the plan and the insert: nothing was written.
    if (isUniqueViolation(error)) {
      const plan = await previewImport(forumId, text);
      return { ok: false, reason: "STALE", plan };
    }
    throw error;
  }
}

async function writeCreates(tx: Tx, actor: { id: string }, forumId: string, creates: Extract<Write, { kind: "create" }>[], now: Date) {
  for (const batch of chunks(creates, 500)) {
    const created = await tx.participant.createManyAndReturn({
      data: batch.map((w) => ({
        forumId,
        userId: null,
        email: w.email,
        ...w.fields,
        status: w.status,
        decidedAt: w.status === "APPROVED" ? now : null,
        badgeCode: newBadgeCode(),
        calendarKey: newCalendarKey(),
        consentDataAt: now,
        searchText: participantSearchText({ ...w.fields, email: w.email }),
      })),
      select: { id: true, email: true },
    });
    const idOf = new Map(created.map((c) => [c.email, c.id]));
    await recordAudits(
      tx,
      batch.map((w) => ({
        forumId,
        actorId: actor.id,
        action: "participant.imported",
        entity: { type: "Participant", id: idOf.get(w.email) as string },
        data: { line: w.line, status: w.status, consentDataAt: now.toISOString() } satisfies Prisma.InputJsonValue,
      })),
    );
  }
}

async function writeUpdates(tx: Tx, actor: { id: string }, forumId: string, updates: Extract<Write, { kind: "update" }>[]) {
  for (const w of updates) {
    if (w.leavesHeadOf) {
      await tx.delegation.update({ where: { id: w.leavesHeadOf.id }, data: { headId: null } });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "participant.head-removed", entity: { type: "Participant", id: w.id }, data: { delegation: w.leavesHeadOf.name } });
    }
    await tx.participant.update({ where: { id: w.id }, data: { ...w.fields, searchText: participantSearchText(w.search) } });
    await recordAudit(tx, { forumId, actorId: actor.id, action: "participant.import-updated", entity: { type: "Participant", id: w.id }, data: { line: w.line, changes: w.changes } });
  }
}
