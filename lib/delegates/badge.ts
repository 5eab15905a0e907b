// The printed badge: its QR code (drawn on the server as SVG) and the code written under it.
import "server-only";
import QRCode from "qrcode";
import type { ParticipantCategory } from "@/lib/generated/prisma/enums";

/** "ABCDEFGHIJKLMNOP" → "ABCD EFGH IJKL MNOP": easier to read out and type at the door. */
export function groupBadgeCode(code: string): string {
  return code.match(/.{1,4}/g)?.join(" ") ?? code;
}

/**
 * The QR code of a badge code as an SVG document. Error correction M survives a crease or a
 * smudge on a printed badge; the quiet zone of 2 modules is what phone scanners need.
 */
export async function badgeQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}

/** The SVG as an <img> source: the page's CSP allows data: images, and an <img> takes alt text. */
export async function badgeQrDataUrl(code: string): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(await badgeQrSvg(code), "utf8").toString("base64")}`;
}

/** The band across the badge: staff tell categories apart at a glance (and in print). */
export const CATEGORY_COLORS: Record<ParticipantCategory, { band: string; text: string }> = {
  GOVERNMENT: { band: "#b91c1c", text: "#ffffff" },
  BUSINESS: { band: "#1d4ed8", text: "#ffffff" },
  ACADEMIA: { band: "#15803d", text: "#ffffff" },
  THINK_TANK: { band: "#7e22ce", text: "#ffffff" },
  MEDIA: { band: "#c2410c", text: "#ffffff" },
  OTHER: { band: "#334155", text: "#ffffff" },
};
