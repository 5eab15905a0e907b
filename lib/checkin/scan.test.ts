import { describe, expect, it } from "vitest";
import { cameraProblem, createScanGate, fitWithin, isDecodeDue, SAME_CODE_QUIET_MS, SCAN_PAUSE_MS } from "./scan";

describe("the scan gate", () => {
  it("lets the first read through, then pauses every read for two seconds", () => {
    const gate = createScanGate();
    expect(gate.accept("AAAAAAAA", 1_000)).toBe(true);
    expect(gate.pausedUntil()).toBe(1_000 + SCAN_PAUSE_MS);
    expect(gate.accept("BBBBBBBB", 1_500)).toBe(false);
    expect(gate.accept("BBBBBBBB", 1_000 + SCAN_PAUSE_MS)).toBe(true);
  });

  it("reads a badge held still in front of the camera once", () => {
    const gate = createScanGate();
    const accepted = Array.from({ length: 100 }, (_, i) => gate.accept("AAAAAAAA", i * 150)).filter(Boolean);
    expect(accepted).toHaveLength(1);
  });

  it("reads the same badge again once it has been out of view for a while", () => {
    const gate = createScanGate();
    expect(gate.accept("AAAAAAAA", 0)).toBe(true);
    expect(gate.accept("AAAAAAAA", 2_500)).toBe(false); // still held up, then taken away
    expect(gate.accept("AAAAAAAA", 2_500 + SAME_CODE_QUIET_MS)).toBe(true);

    const early = createScanGate();
    early.accept("AAAAAAAA", 0);
    early.accept("AAAAAAAA", 2_500);
    expect(early.accept("AAAAAAAA", 2_500 + SAME_CODE_QUIET_MS - 1)).toBe(false);
  });

  it("reads the next guest's badge right after the pause, and the previous one again after that", () => {
    const gate = createScanGate(2_000, 3_000);
    expect(gate.accept("AAAAAAAA", 0)).toBe(true);
    expect(gate.accept("BBBBBBBB", 2_100)).toBe(true);
    expect(gate.accept("AAAAAAAA", 3_000)).toBe(false); // paused by B
    expect(gate.accept("AAAAAAAA", 4_100)).toBe(true);
  });
});

describe("frame decoding", () => {
  it("decodes a frame only when the interval has passed", () => {
    expect(isDecodeDue(null, 0, 200)).toBe(true);
    expect(isDecodeDue(1_000, 1_199, 200)).toBe(false);
    expect(isDecodeDue(1_000, 1_200, 200)).toBe(true);
  });

  it("scales large frames down on their longer side, never up", () => {
    expect(fitWithin(1920, 1080, 720)).toEqual({ width: 720, height: 405 });
    expect(fitWithin(1080, 1920, 720)).toEqual({ width: 405, height: 720 });
    expect(fitWithin(640, 480, 720)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(0, 0, 720)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(Number.NaN, 480, 720)).toEqual({ width: 0, height: 0 });
  });
});

describe("camera problems", () => {
  const failure = (name: string) => Object.assign(new Error("camera"), { name });

  it("tells a refused permission from a missing or busy camera", () => {
    expect(cameraProblem(failure("NotAllowedError"))).toBe("denied");
    expect(cameraProblem(failure("NotFoundError"))).toBe("no-camera");
    expect(cameraProblem(failure("OverconstrainedError"))).toBe("no-camera");
    expect(cameraProblem(failure("NotReadableError"))).toBe("busy");
    expect(cameraProblem(failure("SecurityError"))).toBe("insecure");
    expect(cameraProblem(failure("TypeError"))).toBe("unsupported");
  });

  it("calls anything else a failure", () => {
    expect(cameraProblem(failure("SomethingNew"))).toBe("failed");
    expect(cameraProblem("a string")).toBe("failed");
    expect(cameraProblem(null)).toBe("failed");
  });
});
