"use client";
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useState } from "react";
import { liveStatus, type LiveStatus } from "@/lib/program/live";
import { cn } from "@/lib/ui/cn";

// "Now" and "next" depend on the clock, and the program pages are rendered once per release and
// served from cache: so the marks are worked out here, in the visitor's browser, every half minute.

export type LiveWireSession = { id: string; start: number; end: number; type: string };
type LiveForum = { startDate: string; endDate: string; timeZone: string };

const LiveContext = createContext<ReadonlyMap<string, LiveStatus>>(new Map());

export function LiveProvider({ sessions, forum, children }: { sessions: LiveWireSession[]; forum: LiveForum; children: React.ReactNode }) {
  const [marks, setMarks] = useState<ReadonlyMap<string, LiveStatus>>(() => new Map());
  useEffect(() => {
    const list = sessions.map((s) => ({ ...s, start: new Date(s.start), end: new Date(s.end) }));
    const tick = () => setMarks(liveStatus(list, forum, new Date()));
    tick();
    const timer = setInterval(tick, 30_000);
    return () => clearInterval(timer);
  }, [sessions, forum]);
  return <LiveContext.Provider value={marks}>{children}</LiveContext.Provider>;
}

/** "Now" (a pulsing dot, green) or "Next" (an arrow, blue): a word and a shape, not colour alone. */
export function LiveBadge({ sessionId }: { sessionId: string }) {
  const status = useContext(LiveContext).get(sessionId);
  const t = useTranslations("program");
  if (!status) return null;
  return (
    <span
      data-live={status}
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-bold tracking-wide uppercase",
        status === "now" ? "bg-emerald-700 text-white" : "border border-brand-300 bg-brand-50 text-brand-800",
      )}
    >
      {status === "now" ? (
        <span aria-hidden className="relative flex size-2">
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-white/70 motion-reduce:animate-none" />
          <span className="relative inline-flex size-2 rounded-full bg-white" />
        </span>
      ) : (
        <span aria-hidden>→</span>
      )}
      {t(`live.${status}`)}
    </span>
  );
}

/** A link to the first session on now (else the next ones), shown only while something is. */
export function JumpToLive() {
  const marks = useContext(LiveContext);
  const t = useTranslations("program");
  if (marks.size === 0) return null;
  const jump = (event: React.MouseEvent) => {
    event.preventDefault();
    // The grid view keeps a list for phones in the page too: take the mark that is on screen.
    const visible = (status: LiveStatus) =>
      Array.from(document.querySelectorAll<HTMLElement>(`[data-live="${status}"]`)).find((el) => el.offsetParent !== null);
    const target = (visible("now") ?? visible("next"))?.closest<HTMLElement>("article");
    if (!target) return;
    target.scrollIntoView({ behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth", block: "center" });
    target.querySelector<HTMLElement>("a")?.focus({ preventScroll: true });
  };
  return (
    <a href="#program-results" onClick={jump} className="no-print inline-flex items-center gap-1.5 text-sm font-semibold text-emerald-800 underline underline-offset-2 hover:text-emerald-950">
      <span aria-hidden className="size-2 rounded-full bg-emerald-600" />
      {t("live.jump")}
    </a>
  );
}
