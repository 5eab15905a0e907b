import { z } from "zod";

// Seats and stars, as the seat panel, the HTTP route and the server actions receive them.
// Safe for client components (no database, no server-only).

/** A session's id as the database makes them (cuid): anything else is not a session. */
export const sessionIdSchema = z.string().min(1).max(40).regex(/^[a-z0-9]+$/, "Not a valid session id");

export const SEAT_ACTIONS = ["take", "cancel", "star", "unstar"] as const;
export type SeatAction = (typeof SEAT_ACTIONS)[number];

/** The body of POST /api/me/sessions/[sessionId]: what the delegate wants done with the session. */
export const seatActionSchema = z.object({ action: z.enum(SEAT_ACTIONS, "Unknown action") }).strict();
export type SeatActionInput = z.infer<typeof seatActionSchema>;

/** The server actions' input: the session and the action. */
export const seatActionInputSchema = seatActionSchema.extend({ sessionId: sessionIdSchema }).strict();
export type SeatActionWithSessionInput = z.infer<typeof seatActionInputSchema>;
