import { z } from "zod";

/** A badge code as printed under the QR code; spaces and case are forgiven when typed. */
export const badgeCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().min(6, "Type the code printed on the badge").max(64, "That is not a badge code").regex(/^[A-Za-z0-9_-]+$/, "That is not a badge code"));

export const checkInSchema = z.object({ code: badgeCodeSchema }).strict();
export type CheckInInput = z.infer<typeof checkInSchema>;
