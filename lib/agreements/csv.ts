import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { createHash } from "node:crypto";
import { type CsvCell, parseCsv, toCsv } from "@/lib/csv/csv";
import { db, type Db, type Tx } from "@/lib/db/client";
import { toOneLine } from "@/lib/forms/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AgreementStatus, Visibility } from "@/lib/generated/prisma/enums";
import { isCurrency, minorToDecimal, parseMoney } from "@/lib/money/money";
import { localDateTime } from "@/lib/program/schemas";
import { fromLocal } from "@/lib/time/zone";
import type { AgreementActor } from "./agreements";
import {
  AGREEMENT_CSV_COLUMNS,
  AGREEMENT_CSV_REQUIRED,
  AGREEMENT_EXPORT_ONLY_COLUMNS,
  AGREEMENT_IMPORT_MAX_BYTES,
  AGREEMENT_IMPORT_MAX_ROWS,
  type AgreementCsvColumn,
  PARTY_FIELD_SEPARATOR,
} from "./csv-schema";
import type { AgreementFilters } from "./queries";
import { PARTIES_MAX, PARTIES_MIN, ROLE_MAX, SIGNATORY_MAX, SLOT_MAX, SUMMARY_MAX, TABLE_SLOT_MAX, TITLE_MAX } from "./schemas";

// Agreements as CSV, both ways, for organizers (confidential agreements included). The export
// writes the import's columns first, so an exported file imports back with every row unchanged.
// The import works like the participants' one: a preview that writes nothing, then a
// confirmation that plans again inside one transaction, checks the plan is the one previewed
// (digest), and writes all rows or none. Rows are matched by the `id` column when it is filled,
// else by English title and signing ceremony, so importing a file twice changes nothing.

// ---- Export --------------------------------------------------------------------------------

export const AGREEMENT_EXPORT_COLUMNS = [...AGREEMENT_CSV_COLUMNS, ...AGREEMENT_EXPORT_ONLY_COLUMNS] as const;

export async function agreementsCsv(forumId: string, filters: AgreementFilters = {}): Promise<string> {
  const rows = await db.agreement.findMany({
    where: {
      forumId,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.visibility ? { visibility: filters.visibility } : {}),
      ...(filters.sector ? { sector: { slug: filters.sector } } : {}),
    },
    orderBy: [{ slot: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true, titleZh: true, titleRu: true, titleFr: true,
      summaryEn: true, summaryZh: true, summaryRu: true, summaryFr: true,
      valueMinor: true, currency: true, status: true, visibility: true, slot: true, tableSlot: true, signedAt: true,
      sector: { select: { slug: true, nameEn: true } },
      signingSession: { select: { slug: true, titleEn: true } },
      parties: { orderBy: { position: "asc" }, select: { role: true, signatoryName: true, signatoryTitle: true, organization: { select: { slug: true, nameEn: true } } } },
    },
  });
  return toCsv(
    AGREEMENT_EXPORT_COLUMNS,
    rows.map((a): CsvCell[] => [
      a.id,
      a.titleEn, a.titleZh, a.titleRu, a.titleFr,
      a.summaryEn, a.summaryZh, a.summaryRu, a.summaryFr,
      a.sector.slug,
      minorToDecimal(a.valueMinor, a.currency),
      a.currency,
      a.status,
      a.visibility,
      a.signingSession?.slug,
      a.slot,
      a.tableSlot,
      a.signedAt,
      a.parties.map((p) => [p.organization.slug, p.role, p.signatoryName, p.signatoryTitle].join(PARTY_FIELD_SEPARATOR)).join("\n"),
      a.sector.nameEn,
      a.signingSession?.titleEn,
      a.parties.map((p) => `${p.organization.nameEn} (${p.role}): ${p.signatoryName}${p.signatoryTitle ? `, ${p.signatoryTitle}` : ""}`).join("\n"),
    ]),
  );
}

/** Who took which list, when: exports include confidential agreements. */
export async function recordAgreementsExport(actorId: string, forumId: string, filters: AgreementFilters): Promise<void> {
  await recordAudit(db, { forumId, actorId, action: "agreements.exported", entity: { type: "Forum", id: forumId }, data: { filters: JSON.parse(JSON.stringify(filters)) as Prisma.InputJsonObject } });
}

export function agreementsExportFilename(acronym: string, today: string): string {
  return `agreements-${acronym}-${today}.csv`.replace(/[^A-Za-z0-9._-]+/g, "-");
}

// ---- Import --------------------------------------------------------------------------------

export type AgreementImportIssue = { line: number | null; column: AgreementCsvColumn | null; message: string };

type Party = { organizationId: string; role: string; signatoryName: string; signatoryTitle: string };

/** An agreement's fields as the import sets them. */
type Fields = {
  titleEn: string;
  titleZh: string | null;
  titleRu: string | null;
  titleFr: string | null;
  summaryEn: string;
  summaryZh: string | null;
  summaryRu: string | null;
  summaryFr: string | null;
  sectorId: string;
  valueMinor: bigint;
  currency: string;
  status: AgreementStatus;
  visibility: Visibility;
  signingSessionId: string | null;
  slot: number | null;
  tableSlot: string | null;
  signedAt: Date | null;
  parties: Party[];
};
type FieldName = keyof Fields;

export type AgreementPlannedRow = {
  line: number;
  titleEn: string;
  action: "create" | "update" | "unchanged";
  /** For an update: the fields that change. */
  changes: FieldName[];
};

export type AgreementImportPlan = {
  fileErrors: string[];
  warnings: string[];
  rowErrors: AgreementImportIssue[];
  rows: AgreementPlannedRow[];
  counts: { create: number; update: number; unchanged: number; invalid: number };
  digest: string;
};

type Write = { kind: "create"; line: number; fields: Fields } | { kind: "update"; line: number; id: string; fields: Fields; changes: FieldName[] };

const clean = (v: string) => v.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").replace(/[ \t]+/g, " ").trim();
const columnKey = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, "_");
const emptyPlan = (fileErrors: string[], warnings: string[] = []) => ({
  plan: { fileErrors, warnings, rowErrors: [], rows: [], counts: { create: 0, update: 0, unchanged: 0, invalid: 0 }, digest: "" } satisfies AgreementImportPlan,
  writes: [] as Write[],
});

/** "2025-07-10T09:41:00Z", "2025-07-10T17:41+08:00", or a wall-clock time in the forum's zone ("2025-07-10 17:41"). */
function parseTime(value: string, timeZone: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const local = value.replace(" ", "T");
  return localDateTime.safeParse(local).success ? fromLocal(local, timeZone) : null;
}

type References = {
  timeZone: string;
  currency: string;
  sectors: Map<string, string>;
  sessions: Map<string, string>;
  organizations: Map<string, string>;
  existing: Map<string, Fields & { id: string; key: string }>;
};

async function loadReferences(client: Tx | Db, forumId: string): Promise<References | null> {
  const forum = await client.forum.findUnique({ where: { id: forumId }, select: { timeZone: true, currency: true } });
  if (!forum) return null;
  const [sectors, sessions, organizations, aliases, agreements] = await Promise.all([
    client.agreementSector.findMany({ where: { forumId }, select: { id: true, slug: true } }),
    client.programSession.findMany({ where: { forumId, type: "SIGNING", deletedAt: null }, select: { id: true, slug: true } }),
    client.organization.findMany({ select: { id: true, slug: true } }),
    client.organizationAlias.findMany({ select: { slug: true, organizationId: true } }).catch(() => []),
    client.agreement.findMany({
      where: { forumId },
      select: {
        id: true,
        titleEn: true, titleZh: true, titleRu: true, titleFr: true,
        summaryEn: true, summaryZh: true, summaryRu: true, summaryFr: true,
        sectorId: true, valueMinor: true, currency: true, status: true, visibility: true,
        signingSessionId: true, slot: true, tableSlot: true, signedAt: true,
        parties: { orderBy: { position: "asc" }, select: { organizationId: true, role: true, signatoryName: true, signatoryTitle: true } },
      },
    }),
  ]);
  // A merged organization's old slug still names it (its alias), so old files keep importing.
  const organizationBySlug = new Map<string, string>(aliases.map((a) => [a.slug, a.organizationId]));
  for (const o of organizations) organizationBySlug.set(o.slug, o.id);
  return {
    timeZone: forum.timeZone,
    currency: forum.currency,
    sectors: new Map(sectors.map((s) => [s.slug, s.id])),
    sessions: new Map(sessions.map((s) => [s.slug, s.id])),
    organizations: organizationBySlug,
    existing: new Map(agreements.map((a) => [a.id, { ...a, key: matchKey(a.titleEn, a.signingSessionId) }])),
  };
}

/** Rows without an id are matched by English title (case and spacing ignored) and ceremony. */
function matchKey(titleEn: string, sessionId: string | null): string {
  return `${clean(titleEn).toLowerCase()}\u0000${sessionId ?? ""}`;
}

const SAME: Record<FieldName, (a: Fields, b: Fields) => boolean> = {
  titleEn: (a, b) => a.titleEn === b.titleEn,
  titleZh: (a, b) => a.titleZh === b.titleZh,
  titleRu: (a, b) => a.titleRu === b.titleRu,
  titleFr: (a, b) => a.titleFr === b.titleFr,
  summaryEn: (a, b) => a.summaryEn === b.summaryEn,
  summaryZh: (a, b) => a.summaryZh === b.summaryZh,
  summaryRu: (a, b) => a.summaryRu === b.summaryRu,
  summaryFr: (a, b) => a.summaryFr === b.summaryFr,
  sectorId: (a, b) => a.sectorId === b.sectorId,
  valueMinor: (a, b) => a.valueMinor === b.valueMinor,
  currency: (a, b) => a.currency === b.currency,
  status: (a, b) => a.status === b.status,
  visibility: (a, b) => a.visibility === b.visibility,
  signingSessionId: (a, b) => a.signingSessionId === b.signingSessionId,
  slot: (a, b) => a.slot === b.slot,
  tableSlot: (a, b) => a.tableSlot === b.tableSlot,
  signedAt: (a, b) => (a.signedAt?.getTime() ?? null) === (b.signedAt?.getTime() ?? null),
  parties: (a, b) => JSON.stringify(a.parties) === JSON.stringify(b.parties),
};

type Cells = Partial<Record<AgreementCsvColumn, string>>;

/** One row's cells → the agreement's fields (merged over the current ones for an update), or issues. */
function readRow(cells: Cells, refs: References, current: Fields | null): { fields: Fields } | { issues: { column: AgreementCsvColumn; message: string }[] } {
  const issues: { column: AgreementCsvColumn; message: string }[] = [];
  const issue = (column: AgreementCsvColumn, message: string) => issues.push({ column, message });
  /** A cell's cleaned text, or undefined when the column is absent (an update keeps the field). */
  const cell = (c: AgreementCsvColumn) => (cells[c] === undefined ? undefined : clean(cells[c]));
  const text = (c: AgreementCsvColumn, max: number, fallback: string | null): string | null => {
    const raw = cell(c);
    // Summaries keep their line breaks; titles and the table slot are one line (lib/forms/text.ts).
    const v = raw === undefined || c.startsWith("summary_") ? raw : toOneLine(raw);
    if (v === undefined) return fallback;
    if (v.length > max) issue(c, `At most ${max} characters`);
    return v || null;
  };

  const titleEn = text("title_en", TITLE_MAX, current?.titleEn ?? null);
  if (!titleEn) issue("title_en", "The English title is missing");

  const sectorSlug = cell("sector");
  let sectorId = current?.sectorId ?? "";
  if (sectorSlug !== undefined) {
    const found = refs.sectors.get(sectorSlug.toLowerCase());
    if (!found) issue("sector", sectorSlug ? `No sector has the slug "${sectorSlug}": add it under Sectors first` : "The sector is missing");
    else sectorId = found;
  }

  const currencyCell = cell("currency");
  const currency = currencyCell ? currencyCell.toUpperCase() : (current?.currency ?? refs.currency);
  if (!isCurrency(currency)) issue("currency", `Unknown currency "${currencyCell}": use an ISO 4217 code such as CNY`);
  let valueMinor = current?.valueMinor ?? 0n;
  const valueCell = cell("value");
  if (valueCell !== undefined && isCurrency(currency)) {
    const parsed = parseMoney(valueCell, currency);
    if (!parsed.ok) issue("value", parsed.message);
    else valueMinor = parsed.minor;
  } else if (current && currencyCell && currency !== current.currency && valueCell === undefined) {
    issue("value", "Give the value when changing the currency");
  }

  const statusCell = cell("status")?.toUpperCase();
  let status = current?.status ?? "PLANNED";
  if (statusCell) {
    if (!(statusCell in AgreementStatus)) issue("status", "Use PLANNED, SIGNED or CANCELLED");
    else status = statusCell as AgreementStatus;
  }
  const visibilityCell = cell("visibility")?.toUpperCase();
  let visibility = current?.visibility ?? "PUBLIC";
  if (visibilityCell) {
    if (!(visibilityCell in Visibility)) issue("visibility", "Use PUBLIC or CONFIDENTIAL");
    else visibility = visibilityCell as Visibility;
  }

  const sessionCell = cell("signing_session");
  let signingSessionId = current?.signingSessionId ?? null;
  if (sessionCell !== undefined) {
    if (!sessionCell) signingSessionId = null;
    else {
      const found = refs.sessions.get(sessionCell.toLowerCase());
      if (!found) issue("signing_session", `No signing ceremony has the slug "${sessionCell}"`);
      else signingSessionId = found;
    }
  }
  const slotCell = cell("slot");
  let slot = current && current.signingSessionId === signingSessionId ? current.slot : null;
  if (slotCell) {
    if (!/^\d+$/.test(slotCell) || Number(slotCell) < 1 || Number(slotCell) > SLOT_MAX) issue("slot", `A whole number from 1 to ${SLOT_MAX}`);
    else slot = Number(slotCell);
  }
  let tableSlot = text("table_slot", TABLE_SLOT_MAX, current?.tableSlot ?? null);
  if (!signingSessionId) {
    if (slotCell || (cell("table_slot") ?? "")) issue("signing_session", "A slot or signing table needs the signing ceremony");
    slot = null;
    tableSlot = null;
  }

  const signedCell = cell("signed_at");
  let signedAt = current?.signedAt ?? null;
  if (signedCell !== undefined) {
    if (!signedCell) signedAt = null;
    else {
      const parsed = parseTime(signedCell, refs.timeZone);
      if (!parsed) issue("signed_at", `Not a date and time: use 2025-07-10T09:41:00Z, or "2025-07-10 17:41" in the forum's zone (${refs.timeZone})`);
      else signedAt = parsed;
    }
  }
  if (status === "SIGNED" && !signedAt) issue("signed_at", "A signed agreement needs the time of signing");
  if (status !== "SIGNED" && signedAt) {
    if (signedCell) issue("signed_at", "Only a signed agreement has a time of signing: clear it, or set the status to SIGNED");
    else signedAt = null;
  }

  let parties = current?.parties ?? [];
  const partiesCell = cells.parties;
  if (partiesCell !== undefined) {
    parties = [];
    const lines = partiesCell.split(/\r?\n/).map(clean).filter(Boolean);
    const seen = new Set<string>();
    for (const [i, line] of lines.entries()) {
      const [slug = "", role = "", signatoryName = "", signatoryTitle = "", ...rest] = line.split("|").map(clean);
      const label = `Party ${i + 1}`;
      if (rest.length) issue("parties", `${label}: at most 4 fields (organization slug | role | signatory | title)`);
      const organizationId = refs.organizations.get(slug.toLowerCase());
      if (!organizationId) issue("parties", `${label}: no organization has the slug "${slug}"`);
      else if (seen.has(organizationId)) issue("parties", `${label}: "${slug}" is already a party`);
      if (!role) issue("parties", `${label}: the role is missing`);
      if (!signatoryName) issue("parties", `${label}: the signatory's name is missing`);
      if (role.length > ROLE_MAX || signatoryName.length > SIGNATORY_MAX || signatoryTitle.length > SIGNATORY_MAX) issue("parties", `${label}: a field is too long`);
      if (organizationId) {
        seen.add(organizationId);
        parties.push({ organizationId, role, signatoryName, signatoryTitle });
      }
    }
    if (lines.length < PARTIES_MIN) issue("parties", "An agreement has at least two parties: one per line, organization slug | role | signatory | title");
    if (lines.length > PARTIES_MAX) issue("parties", `At most ${PARTIES_MAX} parties`);
  }

  if (issues.length) return { issues };
  return {
    fields: {
      titleEn: titleEn as string,
      titleZh: text("title_zh", TITLE_MAX, current?.titleZh ?? null),
      titleRu: text("title_ru", TITLE_MAX, current?.titleRu ?? null),
      titleFr: text("title_fr", TITLE_MAX, current?.titleFr ?? null),
      summaryEn: text("summary_en", SUMMARY_MAX, current?.summaryEn ?? "") ?? "",
      summaryZh: text("summary_zh", SUMMARY_MAX, current?.summaryZh ?? null),
      summaryRu: text("summary_ru", SUMMARY_MAX, current?.summaryRu ?? null),
      summaryFr: text("summary_fr", SUMMARY_MAX, current?.summaryFr ?? null),
      sectorId,
      valueMinor,
      currency,
      status,
      visibility,
      signingSessionId,
      slot,
      tableSlot,
      signedAt,
      parties,
    },
  };
}

async function computePlan(client: Tx | Db, forumId: string, text: string): Promise<{ plan: AgreementImportPlan; writes: Write[] }> {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > AGREEMENT_IMPORT_MAX_BYTES) return emptyPlan([`The file is ${(bytes / 1024 / 1024).toFixed(1)} MB: the limit is ${AGREEMENT_IMPORT_MAX_BYTES / 1024 / 1024} MB.`]);
  const parsed = parseCsv(text, { maxRecords: AGREEMENT_IMPORT_MAX_ROWS });
  if (parsed.truncated) return emptyPlan([`The file has more than ${AGREEMENT_IMPORT_MAX_ROWS.toLocaleString("en")} rows: split it.`]);
  if (parsed.header.length === 0) return emptyPlan(["The file is empty."]);

  const keys = parsed.header.map(columnKey);
  const fileErrors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    if (k && seen.has(k)) fileErrors.push(`The column "${k}" appears twice in the header.`);
    seen.add(k);
  }
  const missing = AGREEMENT_CSV_REQUIRED.filter((c) => !seen.has(c));
  if (missing.length) fileErrors.push(`The header lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. The first line must name the columns.`);
  const known = new Set<string>([...AGREEMENT_CSV_COLUMNS, ...AGREEMENT_EXPORT_ONLY_COLUMNS]);
  const ignored = keys.filter((k) => k && !known.has(k));
  if (ignored.length) warnings.push(`These columns are not imported: ${ignored.join(", ")}.`);
  if (parsed.records.length === 0) fileErrors.push("The file has a header but no rows.");
  if (fileErrors.length) return emptyPlan(fileErrors, warnings);

  const refs = await loadReferences(client, forumId);
  if (!refs) return emptyPlan(["There is no forum to import into."]);
  const byKey = new Map<string, string[]>();
  for (const a of refs.existing.values()) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a.id]);

  const rowErrors: AgreementImportIssue[] = parsed.errors.map((e) => ({ line: e.line, column: null, message: `The CSV is malformed here: ${e.message}.` }));
  const badLines = new Set(parsed.errors.map((e) => e.line));
  const rows: AgreementPlannedRow[] = [];
  const writes: Write[] = [];
  const claimedBy = new Map<string, number>();
  let invalid = 0;

  for (const record of parsed.records) {
    if (badLines.has(record.line)) {
      invalid++;
      continue;
    }
    const cells: Cells = {};
    keys.forEach((k, i) => {
      if ((AGREEMENT_CSV_COLUMNS as readonly string[]).includes(k)) cells[k as AgreementCsvColumn] = record.cells[i] ?? "";
    });
    if (record.cells.slice(keys.length).some((c) => c.trim() !== "")) {
      rowErrors.push({ line: record.line, column: null, message: `This line has ${record.cells.length} cells but the header names ${keys.length} columns: check its quotes and commas.` });
      invalid++;
      continue;
    }

    // Which agreement the row is: its id, else its English title at its ceremony.
    const idCell = clean(cells.id ?? "");
    let currentId: string | null = null;
    if (idCell) {
      if (!refs.existing.has(idCell)) {
        rowErrors.push({ line: record.line, column: "id", message: "No agreement of this forum has this id: leave the cell empty to create a new one." });
        invalid++;
        continue;
      }
      currentId = idCell;
    } else {
      const sessionCell = clean(cells.signing_session ?? "");
      const sessionId = sessionCell ? (refs.sessions.get(sessionCell.toLowerCase()) ?? `unknown:${sessionCell}`) : null;
      const matches = byKey.get(matchKey(cells.title_en ?? "", sessionId)) ?? [];
      if (matches.length > 1) {
        rowErrors.push({ line: record.line, column: "title_en", message: "Several agreements have this title at this ceremony: fill the id column (from an export) to say which." });
        invalid++;
        continue;
      }
      currentId = matches[0] ?? null;
    }
    const current = currentId ? (refs.existing.get(currentId) ?? null) : null;
    const result = readRow(cells, refs, current);
    if ("issues" in result) {
      const reported = new Set<string>();
      for (const i of result.issues) {
        if (reported.has(`${i.column}:${i.message}`)) continue;
        reported.add(`${i.column}:${i.message}`);
        rowErrors.push({ line: record.line, column: i.column, message: i.message });
      }
      invalid++;
      continue;
    }
    const fields = result.fields;
    const identity = currentId ?? matchKey(fields.titleEn, fields.signingSessionId);
    const earlier = claimedBy.get(identity);
    if (earlier !== undefined) {
      rowErrors.push({ line: record.line, column: currentId ? "id" : "title_en", message: `Line ${earlier} is the same agreement: each agreement once.` });
      invalid++;
      continue;
    }
    claimedBy.set(identity, record.line);

    if (!current) {
      rows.push({ line: record.line, titleEn: fields.titleEn, action: "create", changes: [] });
      writes.push({ kind: "create", line: record.line, fields });
      continue;
    }
    const changes = (Object.keys(SAME) as FieldName[]).filter((f) => !SAME[f](current, fields));
    rows.push({ line: record.line, titleEn: fields.titleEn, action: changes.length ? "update" : "unchanged", changes });
    if (changes.length) writes.push({ kind: "update", line: record.line, id: current.id, fields, changes });
  }

  const counts = {
    create: rows.filter((r) => r.action === "create").length,
    update: rows.filter((r) => r.action === "update").length,
    unchanged: rows.filter((r) => r.action === "unchanged").length,
    invalid,
  };
  const digest = createHash("sha256")
    .update(JSON.stringify(writes, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)))
    .digest("hex");
  return { plan: { fileErrors: [], warnings, rowErrors, rows, counts, digest }, writes };
}

/** What importing the file would do, without writing anything. */
export async function previewAgreementImport(forumId: string, text: string): Promise<AgreementImportPlan> {
  return (await computePlan(db, forumId, text)).plan;
}

export type ApplyAgreementImportResult =
  | { ok: true; counts: AgreementImportPlan["counts"] }
  | { ok: false; reason: "INVALID" | "STALE"; plan: AgreementImportPlan };

/**
 * Writes the file's rows, all or none, if it still plans what the preview showed (`digest`);
 * otherwise answers with the fresh plan.
 */
export async function applyAgreementImport(actor: AgreementActor, forumId: string, text: string, digest: string): Promise<ApplyAgreementImportResult> {
  return db.$transaction(
    async (tx) => {
      const { plan, writes } = await computePlan(tx, forumId, text);
      if (plan.fileErrors.length || plan.rowErrors.length) return { ok: false, reason: "INVALID", plan } as const;
      if (plan.digest !== digest) return { ok: false, reason: "STALE", plan } as const;
      for (const w of writes) {
        const { parties, ...fields } = w.fields;
        const slot = fields.signingSessionId && fields.slot === null ? await nextSlot(tx, fields.signingSessionId) : fields.slot;
        const data = { ...fields, slot };
        const id =
          w.kind === "create"
            ? (await tx.agreement.create({ data: { ...data, forumId }, select: { id: true } })).id
            : (await tx.agreement.update({ where: { id: w.id }, data, select: { id: true } })).id;
        if (w.kind === "create" || w.changes.includes("parties")) {
          await tx.agreementParty.deleteMany({ where: { agreementId: id } });
          await tx.agreementParty.createMany({ data: parties.map((p, i) => ({ ...p, agreementId: id, position: i + 1 })) });
        }
        await recordAudit(tx, { forumId, actorId: actor.id, action: w.kind === "create" ? "agreement.imported" : "agreement.import-updated", entity: { type: "Agreement", id }, data: { line: w.line, ...(w.kind === "update" ? { changes: w.changes } : { value: minorToDecimal(fields.valueMinor, fields.currency), currency: fields.currency }) } });
      }
      return { ok: true, counts: plan.counts } as const;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function nextSlot(tx: Tx, sessionId: string): Promise<number> {
  const last = await tx.agreement.aggregate({ where: { signingSessionId: sessionId }, _max: { slot: true } });
  return (last._max.slot ?? 0) + 1;
}
