import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { csvHeader, csvRecords, type CsvCell } from "@/lib/csv/csv";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IMPORT_COLUMNS } from "./import-schema";
import { type ParticipantExportRow, participantsForExport } from "./queries";
import type { ParticipantFilters } from "./schemas";

// The participant list as CSV: the import's columns first (an exported file imports back with
// every row unchanged), then what only the export tells. Times are ISO 8601 in UTC.

export const EXPORT_COLUMNS = [...IMPORT_COLUMNS, "rejection_reason", "registered_at", "email_confirmed_at", "checked_in_at"] as const;

export function exportCells(p: ParticipantExportRow): CsvCell[] {
  return [
    p.email,
    p.fullName,
    p.latinName,
    p.category,
    p.organizationName || p.organization?.nameEn || "",
    p.jobTitle,
    p.countryCode,
    p.delegation?.name ?? "",
    p.preferredLocale.toLowerCase(),
    p.status,
    p.rejectionReason,
    p.createdAt,
    p.emailConfirmedAt,
    p.checkedInAt,
  ];
}

/**
 * The CSV file of the participants matching `filters`, streamed a thousand rows at a time so a
 * 100,000-row export never sits in memory whole.
 */
export function participantsCsvStream(forumId: string, filters: ParticipantFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncGenerator<ParticipantExportRow[]> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader(EXPORT_COLUMNS)));
    },
    async pull(controller) {
      batches ??= participantsForExport(forumId, filters);
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRecords(next.value.map(exportCells))));
    },
    async cancel() {
      await batches?.return(undefined);
    },
  });
}

/** Exports of personal data are audited: who took which list, when. */
export async function recordExport(actorId: string, forumId: string, filters: ParticipantFilters): Promise<void> {
  await recordAudit(db, { forumId, actorId, action: "participants.exported", entity: { type: "Forum", id: forumId }, data: { filters: JSON.parse(JSON.stringify(filters)) as Prisma.InputJsonObject } });
}

/** "participants-sco-de-2025-2025-07-10.csv": the forum's acronym and today's date in its zone. */
export function exportFilename(acronym: string, today: string): string {
  return `participants-${acronym}-${today}.csv`.replace(/[^A-Za-z0-9._-]+/g, "-");
}
