// The public list of signed agreements as CSV: the same rows as the board (signed and public
// only, built from its data), English names with the Chinese title beside them, values exact.
import { toCsv, type CsvCell } from "@/lib/csv/csv";
import { minorToDecimal } from "@/lib/money/money";
import type { SigningsBoard } from "./board";
import { regionKey } from "./regions";

export const SIGNINGS_CSV_COLUMNS = [
  "signed_at",
  "title",
  "title_zh",
  "sector",
  "value",
  "currency",
  "parties",
  "party_regions",
  "signatories",
  "sample_data",
] as const;

/** One record per agreement; the parties, their regions and signatories joined with "; " in party order. */
export function signingsCsv(board: Pick<SigningsBoard, "list">): string {
  const rows: CsvCell[][] = board.list.map((a) => [
    a.signedAt,
    a.titleEn,
    a.titleZh ?? "",
    a.sector.nameEn,
    minorToDecimal(a.valueMinor, a.currency),
    a.currency,
    a.parties.map((p) => `${p.organization.nameEn} (${p.role})`).join("; "),
    a.parties.map((p) => regionKey(p.organization.countryCode, p.organization.region)).join("; "),
    a.parties.map((p) => [p.signatoryName, p.signatoryTitle].filter(Boolean).join(", ")).join("; "),
    a.isSample ? "yes" : "no",
  ]);
  return toCsv(SIGNINGS_CSV_COLUMNS, rows);
}
