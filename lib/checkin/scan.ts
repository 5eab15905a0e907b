// The parts of camera scanning that need no camera: which reads to act on, how often to decode a
// frame, how large a frame to decode, and what a camera failure means for the person at the door.
// Safe to import from client components.

/** After a badge is read, nothing is read for this long, so one badge is not handled twice. */
export const SCAN_PAUSE_MS = 2_000;
/** The same code is read again only after it has been out of view this long (a badge held still). */
export const SAME_CODE_QUIET_MS = 3_000;
/** BarcodeDetector is native and cheap; jsQR decodes in JavaScript on the main thread. */
export const DECODE_INTERVAL_MS = { native: 120, jsqr: 220 } as const;
/** Frames are scaled down to this many pixels on their longer side before jsQR reads them. */
export const MAX_DECODE_SIDE = 720;

export type ScanGate = {
  /** Whether to act on a code read at `now` (ms); a read that is let through starts the pause. */
  accept(code: string, now: number): boolean;
  /** Until when (ms) reads are ignored; 0 when not paused. */
  pausedUntil(): number;
};

export function createScanGate(pauseMs: number = SCAN_PAUSE_MS, quietMs: number = SAME_CODE_QUIET_MS): ScanGate {
  let pausedUntil = 0;
  let lastCode: string | null = null;
  let lastSeenAt = Number.NEGATIVE_INFINITY;
  return {
    accept(code, now) {
      const sameBadgeStillInView = code === lastCode && now - lastSeenAt < quietMs;
      if (code === lastCode) lastSeenAt = now;
      if (now < pausedUntil || sameBadgeStillInView) return false;
      lastCode = code;
      lastSeenAt = now;
      pausedUntil = now + pauseMs;
      return true;
    },
    pausedUntil: () => pausedUntil,
  };
}

/** Whether a frame should be decoded at `now`, `intervalMs` after the last decode. */
export function isDecodeDue(lastDecodeAt: number | null, now: number, intervalMs: number): boolean {
  return lastDecodeAt === null || now - lastDecodeAt >= intervalMs;
}

/** The frame size to decode: the video's, scaled down to `maxSide` on its longer side (never up). */
export function fitWithin(width: number, height: number, maxSide: number = MAX_DECODE_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type CameraProblem = "denied" | "no-camera" | "busy" | "insecure" | "unsupported" | "failed";

/** What a getUserMedia failure (a DOMException, by name) means for the person holding the phone. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error && typeof error === "object" && "name" in error && typeof error.name === "string" ? error.name : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError":
      return "denied";
    case "SecurityError":
      return "insecure";
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return "no-camera";
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return "busy";
    case "TypeError":
    case "NotSupportedError":
      return "unsupported";
    default:
      return "failed";
  }
}
