"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { parseBadgeText } from "@/lib/checkin/schemas";
import { cameraProblem, createScanGate, DECODE_INTERVAL_MS, fitWithin, isDecodeDue, SCAN_PAUSE_MS, type CameraProblem, type ScanGate } from "@/lib/checkin/scan";
import { cn } from "@/lib/ui/cn";

/** Reads the text of a QR code in the current video frame, or null. */
type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>;

// BarcodeDetector is not in TypeScript's DOM library yet (Chrome on Android, Safari 17+, macOS).
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorInstance = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats?: () => Promise<string[]>;
};

/** The browser's own QR reader where it has one, else jsQR over a scaled-down canvas copy of the frame. */
async function createDecoder(): Promise<{ decode: FrameDecoder; intervalMs: number }> {
  if ("BarcodeDetector" in window) {
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorClass }).BarcodeDetector;
    try {
      const formats = (await Detector.getSupportedFormats?.()) ?? [];
      if (formats.includes("qr_code")) {
        const detector = new Detector({ formats: ["qr_code"] });
        return { decode: async (video) => (await detector.detect(video))[0]?.rawValue ?? null, intervalMs: DECODE_INTERVAL_MS.native };
      }
    } catch {
      // Some browsers list the API but fail to build it: fall back to jsQR.
    }
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return {
    intervalMs: DECODE_INTERVAL_MS.jsqr,
    decode: async (video) => {
      const { width, height } = fitWithin(video.videoWidth, video.videoHeight);
      if (!context || width === 0) return null;
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const frame = context.getImageData(0, 0, width, height);
      return jsQR(frame.data, width, height, { inversionAttempts: "dontInvert" })?.data ?? null;
    },
  };
}

type Phase = { kind: "off" } | { kind: "starting" } | { kind: "on" } | { kind: "problem"; problem: CameraProblem | "ended" };

type Running = { stream: MediaStream; raf: number; stopped: boolean };

const noSubscription = () => () => {};
/** Whether this browser can ask for a camera at all; null while rendering on the server. */
function cameraSupport(): "ok" | "insecure" | "unsupported" {
  if (!window.isSecureContext) return "insecure";
  return typeof navigator.mediaDevices?.getUserMedia === "function" ? "ok" : "unsupported";
}

/**
 * The camera view: reads QR codes from the back camera and hands each badge code to `onCode`,
 * once per badge (the scan gate pauses ~2 s after each read). Without JavaScript it renders
 * nothing and the typed-code form does the work.
 */
export function BadgeScanner({ onCode, onRunningChange }: { onCode: (code: string) => void; onRunningChange?: (running: boolean) => void }) {
  const t = useTranslations("checkin.scanner");
  const support = useSyncExternalStore(noSubscription, cameraSupport, () => null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const runningRef = useRef<Running | null>(null);
  const gateRef = useRef<ScanGate | null>(null);
  // Raised by every stop: a start still waiting for the camera then gives it back at once.
  const attemptRef = useRef(0);
  const onCodeRef = useRef(onCode);
  const [phase, setPhase] = useState<Phase>({ kind: "off" });
  const [notice, setNotice] = useState<{ tone: "read" | "other"; text: string } | null>(null);

  // The loop outlives renders: it calls the latest handler, not the one it started with.
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  // Leaving the page turns the camera off (its light goes out at once).
  useEffect(() => () => stopStream(runningRef.current), []);

  function stopStream(running: Running | null) {
    if (!running) return;
    running.stopped = true;
    cancelAnimationFrame(running.raf);
    for (const track of running.stream.getTracks()) track.stop();
  }

  function stop(next: Phase = { kind: "off" }) {
    attemptRef.current += 1;
    stopStream(runningRef.current);
    runningRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setPhase(next);
    setNotice(null);
    onRunningChange?.(false);
  }

  async function start() {
    if (runningRef.current) return;
    if (support !== "ok") {
      setPhase({ kind: "problem", problem: support === "insecure" ? "insecure" : "unsupported" });
      return;
    }
    setPhase({ kind: "starting" });
    const attempt = attemptRef.current;
    let stream: MediaStream | null = null;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } } });
      const video = videoRef.current;
      if (!video) throw new Error("The video element is gone");
      video.srcObject = stream;
      await video.play();
      const { decode, intervalMs } = await createDecoder();
      if (attempt !== attemptRef.current) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      const running: Running = { stream, raf: 0, stopped: false };
      runningRef.current = running;
      gateRef.current ??= createScanGate();
      for (const track of stream.getVideoTracks()) track.addEventListener("ended", () => stop({ kind: "problem", problem: "ended" }), { once: true });
      setPhase({ kind: "on" });
      onRunningChange?.(true);
      loop(running, video, decode, intervalMs);
    } catch (error) {
      stream?.getTracks().forEach((track) => track.stop());
      runningRef.current = null;
      if (attempt === attemptRef.current) setPhase({ kind: "problem", problem: cameraProblem(error) });
    }
  }

  function loop(running: Running, video: HTMLVideoElement, decode: FrameDecoder, intervalMs: number) {
    let lastDecodeAt: number | null = null;
    let busy = false;
    const tick = (now: number) => {
      if (running.stopped) return;
      if (!busy && video.readyState >= 2 && isDecodeDue(lastDecodeAt, now, intervalMs)) {
        busy = true;
        lastDecodeAt = now;
        decode(video)
          .then((text) => {
            if (text !== null && !running.stopped) handleText(text);
          })
          .catch(() => {
            // A frame that cannot be read (e.g. while the camera adjusts) is skipped.
          })
          .finally(() => {
            busy = false;
          });
      }
      running.raf = requestAnimationFrame(tick);
    };
    running.raf = requestAnimationFrame(tick);
  }

  function handleText(text: string) {
    const now = performance.now();
    const code = parseBadgeText(text);
    const gate = gateRef.current;
    if (!gate) return;
    if (!code) {
      // Say so once per pause, not on every frame of a poster's QR code.
      if (gate.accept(`not-a-badge:${text}`, now)) showNotice({ tone: "other", text: t("notABadge") });
      return;
    }
    if (!gate.accept(code, now)) return;
    navigator.vibrate?.(80);
    showNotice({ tone: "read", text: `${t("read")}: ${code}` });
    onCodeRef.current(code);
  }

  function showNotice(next: { tone: "read" | "other"; text: string }) {
    setNotice(next);
    window.setTimeout(() => setNotice((current) => (current === next ? null : current)), SCAN_PAUSE_MS);
  }

  if (support === null) return null;
  const on = phase.kind === "on";
  const problem = phase.kind === "problem" ? phase.problem : null;

  return (
    <section aria-labelledby="scanner-title" className="space-y-3 rounded-xl bg-white p-3 shadow-sm">
      <div className="flex items-center justify-between gap-3">
        <h2 id="scanner-title" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        {on || phase.kind === "starting" ? (
          <button type="button" onClick={() => stop()} className="rounded-lg border-2 border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50">
            {t("stop")}
          </button>
        ) : (
          <button type="button" onClick={() => void start()} className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("start")}
          </button>
        )}
      </div>
      <div className={cn("relative overflow-hidden rounded-lg bg-black", !on && phase.kind !== "starting" && "hidden")}>
        <video ref={videoRef} aria-label={t("video")} muted playsInline className="block aspect-[4/3] max-h-[45vh] w-full object-cover" />
        {/* The frame to aim with; it turns green for the pause after a read. */}
        <div
          aria-hidden="true"
          className={cn(
            "pointer-events-none absolute inset-[12%] rounded-xl border-4 transition-colors",
            notice?.tone === "read" ? "border-emerald-400 bg-emerald-400/20" : notice ? "border-red-400" : "border-white/80",
          )}
        />
      </div>
      <p role="status" className={cn("min-h-6 text-base", problem ? "font-medium text-red-700" : notice?.tone === "read" ? "font-semibold text-emerald-800" : "text-slate-700")}>
        {problem ? t(`problems.${problem}`) : phase.kind === "starting" ? t("starting") : notice ? notice.text : on ? t("aim") : null}
      </p>
    </section>
  );
}
