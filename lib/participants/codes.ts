import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/** 80 bits from crypto.randomBytes in RFC 4648 base32 (16 characters, no padding): typed at the door. */
export function newBadgeCode(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** 192 bits, URL-safe (32 characters): the random key behind a personal calendar feed, kept in the database. */
export function newCalendarKey(): string {
  return randomBytes(24).toString("base64url");
}

const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{64}$/;

let macKey: { secret: string; key: Buffer } | null = null;
/**
 * The key calendar feed tokens are signed with, derived (HKDF) from the server's NEXTAUTH_SECRET
 * for this use only. A production start refuses to run without that secret
 * (lib/env/production-check.ts); a development server without one uses a fixed development key.
 * Changing the secret changes every feed's URL, as it ends every session.
 */
function calendarMacKey(): Buffer {
  const configured = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!configured && process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set: calendar feed addresses cannot be signed");
  const secret = configured || "concord-development-only-calendar-secret";
  if (macKey?.secret !== secret) macKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "", "Concord personal calendar feed", 32)) };
  return macKey.key;
}

function calendarMac(key: string): string {
  return createHmac("sha256", calendarMacKey()).update(key, "utf8").digest("base64url").slice(0, 32);
}

/**
 * The secret in a personal calendar feed's URL: the participant's calendar key and its HMAC
 * (64 URL-safe characters). The database keeps only the key, so a copy of it (a backup, a leak)
 * opens no one's feed; the page can still show the owner their URL at any time.
 */
export function calendarFeedToken(key: string): string {
  // Every key is made by newCalendarKey; one that is not (written by hand) gives an address that
  // opens nothing (calendarKeyOfToken wants 32 + 32 characters) until its owner renews it.
  return `${key}${calendarMac(key)}`;
}

/** The calendar key a feed token was made from, or null when it is malformed or its HMAC is wrong. */
export function calendarKeyOfToken(token: string): string | null {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const key = token.slice(0, 32);
  const given = Buffer.from(token.slice(32), "utf8");
  const expected = Buffer.from(calendarMac(key), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected) ? key : null;
}

/** A one-time secret for a link sent by e-mail (confirmation, invitation): 256 bits, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a link token: its SHA-256, so a leaked table opens no link. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
