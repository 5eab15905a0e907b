import Papa from "papaparse";

// Safe CSV for spreadsheets, both ways. Written files are UTF-8 with a byte-order mark (so Excel
// reads Chinese and Cyrillic correctly), RFC 4180 (CRLF, quotes only where a cell needs them,
// doubled quotes inside), and every cell that a spreadsheet would run as a formula is neutralised
// with a leading apostrophe (OWASP "CSV injection"). Reading undoes exactly that neutralisation,
// so export → import gives back the same text.

export const BOM = "\uFEFF";
const CRLF = "\r\n";

/** What a spreadsheet may take as the start of a formula (after any apostrophes we added). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export type CsvCell = string | number | bigint | boolean | Date | null | undefined;

/**
 * A cell that cannot start a formula. Cells that already start with apostrophes before such a
 * character get one more, so that reading (which removes one) gives back the original exactly.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell`. */
export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  return String(value);
}

/** One or more records, each ended by CRLF (no BOM): for writing a long file in pieces. */
export function csvRecords(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return "";
  const text = Papa.unparse(
    rows.map((row) => row.map((cell) => neutraliseCell(cellText(cell)))),
    // Our own neutralisation (papaparse's misses formulas followed by a line break).
    { quotes: false, quoteChar: '"', escapeChar: '"', delimiter: ",", newline: CRLF, header: false, escapeFormulae: false },
  );
  return text + CRLF;
}

/** The start of a file: the byte-order mark and the header record. */
export function csvHeader(columns: readonly string[]): string {
  return BOM + csvRecords([columns]);
}

/** A whole file: BOM, header, records, CRLF after each. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvHeader(columns) + csvRecords(rows);
}

export type CsvRecord = {
  /** The physical line (1-based) where the record starts, as an editor shows it. */
  line: number;
  cells: string[];
};

export type ParsedCsv = {
  /** The first record's cells, trimmed (empty when the file is empty). */
  header: string[];
  /** The records after the header; blank lines are skipped. */
  records: CsvRecord[];
  /** Quoting mistakes papaparse found, with their line. */
  errors: { line: number; message: string }[];
  delimiter: string;
};

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * The delimiter of a file, from its header line (Excel writes semicolons in many locales, some
 * tools tabs): the candidate found most often outside quotes in the first line, else the comma.
 * Judging by the header alone keeps commas or semicolons inside the data from misleading it.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Reads CSV text: a leading BOM is dropped, the delimiter is taken from the header line (or
 * given), and neutralised cells are restored. `maxRecords` stops reading early (the caller
 * reports the file as too long): `truncated` says so.
 */
export function parseCsv(text: string, opts: { maxRecords?: number; delimiter?: string } = {}): ParsedCsv & { truncated: boolean } {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = opts.delimiter ?? detectDelimiter(source);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Where a record starts: after the previous record's end, past the line break and blank lines.
  const skipBreaks = (offset: number): number => {
    let i = offset;
    while (i < source.length && (source[i] === "\n" || source[i] === "\r")) i++;
    return i;
  };

  const all: CsvRecord[] = [];
  const errors: ParsedCsv["errors"] = [];
  let previousEnd = 0;
  let truncated = false;
  const limit = opts.maxRecords === undefined ? Infinity : opts.maxRecords + 1; // + the header
  Papa.parse<string[]>(source, {
    header: false,
    delimiter,
    skipEmptyLines: "greedy",
    step: (result, parser) => {
      const start = skipBreaks(previousEnd);
      previousEnd = result.meta.cursor;
      const line = lineAt(start);
      for (const e of result.errors) errors.push({ line, message: e.message });
      if (all.length >= limit) {
        truncated = true;
        parser.abort();
        return;
      }
      all.push({ line, cells: result.data.map(restoreCell) });
    },
  });
  const [first, ...records] = all;
  return { header: (first?.cells ?? []).map((h) => h.trim()), records, errors, delimiter, truncated };
}
