import { z } from "zod";

// Safe to import from client components: the scanner reads badges with the same rules as the server.

const NOT_A_CODE = "That is not a badge code";

/**
 * A badge code as printed under the QR code (lib/participants/codes.ts: 16 base32 characters).
 * Spaces, hyphens and case are forgiven when typed ("abcd efgh-ijkl mnop").
 */
export const badgeCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]+/g, "").toUpperCase())
  .pipe(z.string().min(6, "Type the code printed on the badge").max(64, NOT_A_CODE).regex(/^[A-Z0-9_]+$/, NOT_A_CODE));

const codeOf = (candidate: string | null | undefined): string | null => {
  if (!candidate) return null;
  const parsed = badgeCodeSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
};

/**
 * The badge code in what a camera or a handheld scanner read, or a person typed: the bare code,
 * a URL carrying it (…/badge/CODE, …?code=CODE) or text ending in it ("CONCORD:CODE"). Null when
 * there is none, e.g. a QR code from a poster.
 */
export function parseBadgeText(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  // A bare code, possibly typed in groups: "ABCD-EFGH-IJKL-MNOP", "abcd efgh ijkl mnop".
  if (/^[A-Za-z0-9_-]+$/.test(trimmed)) return codeOf(trimmed);
  if (isGroupedCode(trimmed)) return codeOf(trimmed);
  const url = /^https?:\/\//i.test(trimmed) ? parseUrl(trimmed) : null;
  if (url) {
    const segment = url.pathname.split("/").filter(Boolean).pop();
    return codeOf(url.searchParams.get("code") ?? url.searchParams.get("badge")) ?? codeOf(segment ? safeDecode(segment) : null);
  }
  // Text ending in the code: "CONCORD:CODE", "Badge: CODE", "id=CODE".
  const last = trimmed.split(/[\s:;,/=#?&|]+/).filter(Boolean).pop();
  return codeOf(last);
}

/**
 * Short groups of one case, as a code is read out and typed ("ABCD EFGH IJKL MNOP"); not a word
 * before a code ("Badge ABCDEFGHIJKLMNOP"), which is read as text ending in the code.
 */
function isGroupedCode(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[A-Za-z0-9]{2,8}$/.test(w))) return false;
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters === letters.toUpperCase() || letters === letters.toLowerCase();
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A badge as typed or scanned, turned into its code; the message says what is wrong otherwise. */
export const badgeInputSchema = z.string().max(2048, NOT_A_CODE).transform((value, ctx) => {
  const code = parseBadgeText(value);
  if (code) return code;
  const direct = badgeCodeSchema.safeParse(value);
  ctx.addIssue({ code: "custom", message: direct.success ? NOT_A_CODE : (direct.error.issues[0]?.message ?? NOT_A_CODE) });
  return z.NEVER;
});

export const checkInSchema = z.object({ code: badgeInputSchema }).strict();
export type CheckInInput = z.infer<typeof checkInSchema>;
