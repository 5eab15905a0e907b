import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, csvHeader, csvRecords, detectDelimiter, neutraliseCell, parseCsv, restoreCell, toCsv } from "./csv";

// A small seeded generator, so the property tests are the same on every run.
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that break naive CSV writers: formula starts, quotes, separators, line breaks, scripts. */
const TRICKY = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", '"', "'", ",", ";", " ", "", "=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0", "@SUM(1)", "-1+2", "+7 701 000", "Айгерим", "王芳", "Ñúñez", "🙂", BOM, "a"];

function trickyString(next: () => number): string {
  const parts = 1 + Math.floor(next() * 4);
  let s = "";
  for (let i = 0; i < parts; i++) s += TRICKY[Math.floor(next() * TRICKY.length)];
  return s;
}

describe("writing CSV", () => {
  it("starts with a byte-order mark and ends every record with CRLF", () => {
    const text = toCsv(["name", "city"], [["王芳", "Tianjin"], ["Ali", "Astana"]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe("name,city\r\n王芳,Tianjin\r\nAli,Astana\r\n");
  });

  it("quotes only the cells that need it and doubles their quotes (RFC 4180)", () => {
    expect(csvRecords([["plain", "a,b", 'say "hi"', "two\nlines", " padded", ""]])).toBe('plain,"a,b","say ""hi""","two\nlines"," padded",\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvRecords([["=1+1", "+7 701", "-2", "@SUM(A1)", "\tx", "\rx", "a=b"]])).toBe("'=1+1,'+7 701,'-2,'@SUM(A1),'\tx,\"'\rx\",a=b\r\n");
  });

  it("neutralises a formula even when a line break follows it", () => {
    // papaparse's own escapeFormulae misses this one.
    expect(csvRecords([["=1+1\nnext"]])).toBe("\"'=1+1\nnext\"\r\n");
  });

  it("writes numbers, dates and empty values", () => {
    expect(csvRecords([[12, -3, null, undefined, new Date("2025-07-10T01:00:00Z"), true]])).toBe("12,'-3,,,2025-07-10T01:00:00.000Z,true\r\n");
  });

  it("never lets a written cell begin with =, +, -, @, tab or CR (1,000 tricky rows)", () => {
    const next = rng(42);
    const rows = Array.from({ length: 1000 }, () => Array.from({ length: 4 }, () => trickyString(next)));
    const written = Papa.parse<string[]>(toCsv(["a", "b", "c", "d"], rows).slice(1), { header: false, delimiter: ",", newline: "\r\n" }).data;
    const cells = written.flat();
    expect(cells.length).toBeGreaterThanOrEqual(4000);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe("reading CSV", () => {
  it("gives back exactly what was written, whatever the cells hold (1,000 tricky rows)", () => {
    const next = rng(7);
    // Rows whose cells are all blank are skipped on reading (blank lines), so each row has a letter.
    const rows = Array.from({ length: 1000 }, () => ["x" + trickyString(next), trickyString(next), trickyString(next)]);
    const parsed = parseCsv(toCsv(["first", "second", "third"], rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual(["first", "second", "third"]);
    expect(parsed.records.map((r) => r.cells)).toEqual(rows);
  });

  it("undoes the neutralisation only where the writer did it", () => {
    for (const s of ["=x", "'=x", "''+y", "'plain", "don't", "-", "'"]) expect(restoreCell(neutraliseCell(s))).toBe(s);
    expect(restoreCell("'hello")).toBe("'hello");
  });

  it("reports the physical line where each record starts, across quoted line breaks and blank lines", () => {
    const parsed = parseCsv('email,note\n"a@x.org","two\nlines"\n\nb@x.org,ok\n');
    expect(parsed.records).toEqual([
      { line: 2, cells: ["a@x.org", "two\nlines"] },
      { line: 5, cells: ["b@x.org", "ok"] },
    ]);
  });

  it("takes the delimiter from the header line: commas, semicolons or tabs", () => {
    expect(parseCsv("email;name\na@x.org;Ann, Lee\n").records[0]?.cells).toEqual(["a@x.org", "Ann, Lee"]);
    expect(parseCsv("email\tname\na@x.org\tAnn;Lee\n").records[0]?.cells).toEqual(["a@x.org", "Ann;Lee"]);
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5')).toBe(",");
    expect(parseCsv("email\na@x.org\n").records[0]?.cells).toEqual(["a@x.org"]);
  });

  it("drops the byte-order mark and trims header names", () => {
    expect(parseCsv(`${BOM} email , name\nx,y`).header).toEqual(["email", "name"]);
  });

  it("reports an unterminated quote with its line", () => {
    const parsed = parseCsv('email,name\na@x.org,"Ann\n');
    expect(parsed.errors).toEqual([{ line: 2, message: expect.stringMatching(/unterminated/i) }]);
  });

  it("stops after the allowed number of records and says so", () => {
    const parsed = parseCsv(csvHeader(["n"]) + csvRecords(Array.from({ length: 10 }, (_, i) => [`r${i}`])), { maxRecords: 3 });
    expect(parsed.records).toHaveLength(3);
    expect(parsed.truncated).toBe(true);
    expect(parseCsv("n\nr1\nr2\n", { maxRecords: 3 }).truncated).toBe(false);
  });
});
