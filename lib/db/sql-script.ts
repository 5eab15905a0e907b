// Splits a migration script into its statements for drivers that run one statement per call.
// @prisma/adapter-pg splits on every ";", which breaks a function body ($$ … ; … $$) in two: this
// splitter knows where a ";" does not end a statement.

/**
 * The statements of an SQL script, trimmed, empty ones dropped. A ";" ends a statement except
 * inside '…' or E'…' strings, "…" identifiers, $tag$…$tag$ bodies and -- or (nested) block comments.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const statement = script.slice(start, end).trim();
    if (statement && !isOnlyComments(statement)) statements.push(statement);
  };
  while (i < script.length) {
    const c = script[i];
    const next = script[i + 1];
    if (c === ";") {
      push(i);
      start = i + 1;
      i += 1;
    } else if (c === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end + 1;
    } else if (c === "/" && next === "*") {
      i = blockCommentEnd(script, i);
    } else if (c === "'") {
      // E'…' strings also escape with a backslash; plain ones only double the quote.
      i = quotedEnd(script, i, "'", /[eE]/.test(script[i - 1] ?? "") && !/[\w$]/.test(script[i - 2] ?? ""));
    } else if (c === '"') {
      i = quotedEnd(script, i, '"', false);
    } else if (c === "$" && !/[\w$]/.test(script[i - 1] ?? "")) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i));
      if (tag) {
        const end = script.indexOf(tag[0], i + tag[0].length);
        i = end === -1 ? script.length : end + tag[0].length;
      } else i += 1;
    } else i += 1;
  }
  push(script.length);
  return statements;
}

function quotedEnd(script: string, open: number, quote: string, backslashEscapes: boolean): number {
  let i = open + 1;
  while (i < script.length) {
    const c = script[i];
    if (backslashEscapes && c === "\\") i += 2;
    else if (c === quote && script[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i += 1;
  }
  return script.length;
}

function blockCommentEnd(script: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < script.length) {
    if (script[i] === "/" && script[i + 1] === "*") {
      depth += 1;
      i += 2;
    } else if (script[i] === "*" && script[i + 1] === "/") {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  return script.length;
}

function isOnlyComments(statement: string): boolean {
  return statement.replace(/--[^\n]*(\n|$)/g, "").replace(/\/\*[\s\S]*?\*\//g, "").trim() === "";
}
