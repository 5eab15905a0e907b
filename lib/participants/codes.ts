import { createHash, randomBytes } from "node:crypto";

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

/** 192 bits, URL-safe: the secret in a personal calendar feed's URL. */
export function newCalendarToken(): string {
  return randomBytes(24).toString("base64url");
}

/** A one-time secret for a link sent by e-mail (confirmation, invitation): 256 bits, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a link token: its SHA-256, so a leaked table opens no link. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
