"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { cn } from "@/lib/ui/cn";
import { toLocal } from "@/lib/time/zone";

export type GridRoom = { id: string | null; name: string; capacity: number | null };
export type GridSession = {
  id: string;
  title: string;
  type: string;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  color: string;
  editable: boolean;
  severity: "error" | "warning" | null;
  problems: string[];
};

type Props = {
  rooms: GridRoom[];
  sessions: GridSession[];
  /** The instants the grid covers (local day start plus its first and last hour). */
  from: string;
  to: string;
  timeZone: string;
  /** The grid's rows and drag-and-drop snapping. */
  stepMinutes: number;
  /** What one arrow key press moves a session by, to the next mark of that many minutes. */
  keyStepMinutes: number;
  move: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

const ROW_PX = 14;

/**
 * The next mark of `stepMs` strictly before (direction -1) or after (+1) `at`: from 15:22 with
 * 5-minute marks, 15:20 and 15:25; from 15:20, 15:15 and 15:25. So any mark can be reached,
 * and a session off the marks lands on one at the first press.
 */
export function nextMark(at: number, stepMs: number, direction: 1 | -1): number {
  return direction > 0 ? (Math.floor(at / stepMs) + 1) * stepMs : (Math.ceil(at / stepMs) - 1) * stepMs;
}

/**
 * Rooms across, time down. A session moves by drag and drop onto a room and time (snapping to
 * the grid's step), or with the keyboard: focus it, ↑/↓ for earlier/later to the next
 * `keyStepMinutes` mark (with Shift, the grid's step), ←/→ for the previous/next room. Every move
 * is one server action; the page reloads its data and conflicts afterwards.
 */
export function ScheduleGrid({ rooms, sessions, from, to, timeZone, stepMinutes, keyStepMinutes, move }: Props) {
  const t = useTranslations("schedule.grid");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
  const [refocus, setRefocus] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const start = new Date(from).getTime();
  const end = new Date(to).getTime();
  const stepMs = stepMinutes * 60_000;
  const rows = Math.ceil((end - start) / stepMs);
  const roomIndex = (id: string | null) => rooms.findIndex((r) => r.id === id);

  // Keep the keyboard on the moved session once the grid has its new data (it may be in another column now).
  useEffect(() => {
    if (refocus) cards.current.get(refocus)?.focus();
  }, [sessions, refocus]);

  function commit(session: GridSession, startsAtMs: number, roomId: string | null) {
    const local = toLocal(new Date(startsAtMs), timeZone);
    const room = rooms[roomIndex(roomId)]?.name ?? t("noRoom");
    startTransition(async () => {
      // The instant, not the wall-clock time: an hour repeated by DST would be ambiguous.
      const result = await move({ id: session.id, startsAt: new Date(startsAtMs).toISOString(), roomId });
      if (result.ok) {
        setAnnouncement(t("moved", { title: session.title, time: local.replace("T", " "), room }));
        setRefocus(session.id);
        router.refresh();
      } else {
        setAnnouncement(t("moveFailed", { title: session.title, reason: result.formError ?? Object.values(result.fieldErrors)[0] ?? "" }));
      }
    });
  }

  function onKeyDown(event: React.KeyboardEvent, session: GridSession) {
    // One move at a time: the next step starts from where the last one landed.
    if (!session.editable || pending) return;
    if (event.key === "Enter") {
      router.push(`/organizer/sessions/${session.id}`);
      return;
    }
    const begin = new Date(session.startsAt).getTime();
    const idx = roomIndex(session.roomId);
    const keyStepMs = (event.shiftKey ? stepMinutes : keyStepMinutes) * 60_000;
    const next = (() => {
      switch (event.key) {
        case "ArrowUp":
          return { at: nextMark(begin, keyStepMs, -1), room: session.roomId };
        case "ArrowDown":
          return { at: nextMark(begin, keyStepMs, 1), room: session.roomId };
        case "ArrowLeft":
          return idx > 0 ? { at: begin, room: rooms[idx - 1]?.id ?? null } : null;
        case "ArrowRight":
          return idx < rooms.length - 1 ? { at: begin, room: rooms[idx + 1]?.id ?? null } : null;
        default:
          return null;
      }
    })();
    if (!next) return;
    event.preventDefault();
    commit(session, next.at, next.room);
  }

  function onDrop(event: React.DragEvent<HTMLDivElement>, roomId: string | null) {
    event.preventDefault();
    const id = event.dataTransfer.getData("text/plain");
    const session = sessions.find((s) => s.id === id);
    setDragging(null);
    if (!session?.editable) return;
    const box = event.currentTarget.getBoundingClientRect();
    const grab = Number(event.dataTransfer.getData("application/x-grab-offset") || 0);
    const slot = Math.max(0, Math.round((event.clientY - box.top - grab) / ROW_PX));
    commit(session, start + slot * stepMs, roomId);
  }

  const hours: { label: string; top: number }[] = [];
  for (let i = 0; i <= rows; i++) {
    const at = start + i * stepMs;
    const local = toLocal(new Date(at), timeZone);
    if (local.endsWith(":00")) hours.push({ label: local.slice(11), top: i * ROW_PX });
  }

  return (
    <div className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", pending && "opacity-80")}>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div role="region" aria-label={t("title")} tabIndex={0} className="max-h-[75vh] overflow-auto">
        <div className="grid min-w-max" style={{ gridTemplateColumns: `4rem repeat(${rooms.length}, minmax(11rem, 1fr))` }}>
          <div className="sticky top-0 left-0 z-30 border-b border-slate-200 bg-slate-50 px-2 py-2 text-xs font-semibold text-slate-500">{t("time")}</div>
          {rooms.map((r) => (
            <div key={r.id ?? "none"} className="sticky top-0 z-20 border-b border-l border-slate-200 bg-slate-50 px-2 py-2 text-xs font-semibold text-slate-700">
              {r.name}
              {r.capacity ? <span className="ml-1 font-normal text-slate-500">({r.capacity})</span> : null}
            </div>
          ))}
          <div className="sticky left-0 z-10 bg-white" style={{ height: rows * ROW_PX }}>
            {hours.map((h) => (
              <span key={h.top} className="absolute right-2 -translate-y-1/2 text-xs text-slate-500 tabular-nums" style={{ top: Math.max(h.top, 8) }}>
                {h.label}
              </span>
            ))}
          </div>
          {rooms.map((r) => (
            <div
              key={r.id ?? "none"}
              data-room={r.name}
              onDragOver={(e) => {
                if (dragging) e.preventDefault();
              }}
              onDrop={(e) => onDrop(e, r.id)}
              className="relative border-l border-slate-200"
              style={{
                height: rows * ROW_PX,
                backgroundImage: `repeating-linear-gradient(to bottom, #f1f5f9 0, #f1f5f9 1px, transparent 1px, transparent ${ROW_PX * (60 / stepMinutes)}px)`,
              }}
            >
              {sessions
                .filter((s) => s.roomId === r.id)
                .map((s) => {
                  const top = Math.max(0, (new Date(s.startsAt).getTime() - start) / stepMs) * ROW_PX;
                  const bottom = Math.min(rows * ROW_PX, ((new Date(s.endsAt).getTime() - start) / stepMs) * ROW_PX);
                  const continues = new Date(s.endsAt).getTime() > end;
                  const times = `${toLocal(new Date(s.startsAt), timeZone).slice(11)}–${toLocal(new Date(s.endsAt), timeZone).slice(11)}`;
                  return (
                    <div
                      key={s.id}
                      draggable={s.editable}
                      onDragStart={(e) => {
                        e.dataTransfer.setData("text/plain", s.id);
                        e.dataTransfer.setData("application/x-grab-offset", String(e.clientY - e.currentTarget.getBoundingClientRect().top));
                        e.dataTransfer.effectAllowed = "move";
                        setDragging(s.id);
                      }}
                      onDragEnd={() => setDragging(null)}
                      className={cn(
                        "absolute inset-x-1 overflow-hidden rounded-md border bg-white px-2 py-1 text-xs shadow-sm focus-within:z-20",
                        s.editable ? "cursor-grab" : "cursor-default opacity-75",
                        s.severity === "error" ? "border-red-600 ring-2 ring-red-500" : s.severity === "warning" ? "border-amber-500 ring-2 ring-amber-400" : "border-slate-300",
                        dragging === s.id && "opacity-50",
                      )}
                      style={{ top, height: Math.max(ROW_PX * 2, bottom - top - 2), borderLeft: `4px solid ${s.color}` }}
                    >
                      {/* The session itself is the button: its name is what it shows, the rest is its description. */}
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) cards.current.set(s.id, el);
                          else cards.current.delete(s.id);
                        }}
                        aria-describedby={`grid-${s.id}-about`}
                        aria-disabled={!s.editable || undefined}
                        onKeyDown={(e) => onKeyDown(e, s)}
                        className="block w-full rounded text-left focus:ring-2 focus:ring-brand-500 focus:outline-none"
                      >
                        <span className="block font-semibold text-slate-900 tabular-nums">{times}</span>
                        <span className="block leading-tight text-slate-800">{s.title}</span>
                      </button>
                      <span id={`grid-${s.id}-about`} className="sr-only">
                        {[r.name, ...s.problems, s.editable ? t("keys", { keyStep: keyStepMinutes, step: stepMinutes }) : t("notYours")].join(". ")}
                      </span>
                      {s.problems.length ? (
                        <p aria-hidden className={cn("mt-0.5 font-medium", s.severity === "error" ? "text-red-700" : "text-amber-800")}>
                          ⚠ {s.problems[0]}
                        </p>
                      ) : null}
                      {continues ? <p className="text-slate-500">↓ {t("continues")}</p> : null}
                      {s.editable ? (
                        <Link href={`/organizer/sessions/${s.id}`} className="text-brand-700 underline">
                          {t("edit")}
                          <span className="sr-only"> {s.title}</span>
                        </Link>
                      ) : null}
                    </div>
                  );
                })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
