"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { SeatActionOutcome, SeatActionResult, SeatPanelState } from "@/lib/seats/panel";
import type { SeatAction } from "@/lib/seats/schemas";
import type { SeatRefusal } from "@/lib/seats/seats";
import { cn } from "@/lib/ui/cn";

type Load = { kind: "loading" } | { kind: "failed" } | { kind: "ready"; state: SeatPanelState };
type Message = { tone: "ok" | "error"; text: string } | null;

const endpoint = (sessionId: string) => `/api/me/sessions/${encodeURIComponent(sessionId)}`;

const button = "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold shadow-sm disabled:cursor-not-allowed disabled:opacity-60";
const primary = cn(button, "bg-brand-700 text-white hover:bg-brand-800");
const secondary = cn(button, "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50");

/**
 * Seats and the star for one session, for whoever is looking: the session page is the same static
 * HTML for everyone, so the visitor's own state loads here, in the browser, from
 * GET /api/me/sessions/[sessionId], and every button posts to the same address. Buttons are
 * disabled while a request runs, and the server takes one seat however often it is asked.
 */
/** What the published release says about booking: the same for every visitor, so it can be in the cached HTML. */
export type OfferedPlaces = { seatBooking: boolean; capacity: number | null };

const noSubscription = () => () => {};

export function SeatPanel({ sessionId, offered }: { sessionId: string; offered: OfferedPlaces }) {
  const t = useTranslations("seats");
  // False in the server's HTML (and so for a browser without JavaScript), true once hydrated:
  // "Checking…" must only be said by a page that is actually checking.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [pending, setPending] = useState<SeatAction | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const busy = useRef(false);
  const region = useRef<HTMLElement>(null);
  const [settled, setSettled] = useState(0);

  // The page is prerendered for every visitor alike, so the per-user part can only be read once it
  // runs in the browser: a fetch after mounting is the point of this component.
  useEffect(() => {
    const controller = new AbortController();
    fetch(endpoint(sessionId), { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setLoad({ kind: "ready", state: (await response.json()) as SeatPanelState });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ kind: "failed" });
      });
    return () => controller.abort();
  }, [sessionId]);

  // The button pressed is replaced by its opposite ("Take a seat" by "Cancel my seat"): keep the
  // keyboard in the panel instead of dropping it to the top of the page.
  useEffect(() => {
    if (settled === 0) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body) {
      region.current?.querySelector<HTMLElement>("button:not([disabled]), a[href]")?.focus();
    }
  }, [settled]);

  async function act(action: SeatAction) {
    // A second click before React re-renders the disabled button still sends nothing.
    if (busy.current) return;
    busy.current = true;
    setPending(action);
    setMessage(null);
    try {
      const response = await fetch(endpoint(sessionId), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action }),
      });
      if (response.status === 401) {
        setMessage({ tone: "error", text: t("errors.signedOut") });
        setLoad((l) => (l.kind === "ready" ? { kind: "ready", state: { ...l.state, signedIn: false, registered: false, status: null, approved: false, mine: null, starred: false } } : l));
        return;
      }
      const result = (await response.json().catch(() => null)) as SeatActionResult | null;
      if (!result || !("reason" in result || "outcome" in result)) {
        setMessage({ tone: "error", text: t("errors.failed") });
        return;
      }
      if (result.state) setLoad({ kind: "ready", state: result.state });
      setMessage(result.ok ? { tone: "ok", text: outcomeText(result.outcome, result.state) } : { tone: "error", text: refusalText(result.reason) });
    } catch {
      setMessage({ tone: "error", text: t("errors.failed") });
    } finally {
      busy.current = false;
      setPending(null);
      setSettled((n) => n + 1);
    }
  }

  function outcomeText(outcome: SeatActionOutcome, state: SeatPanelState): string {
    const position = state.mine?.position ?? 0;
    switch (outcome) {
      case "WAITLISTED":
        return t("outcomes.WAITLISTED", { position });
      case "ALREADY_WAITLISTED":
        return t("outcomes.ALREADY_WAITLISTED", { position });
      default:
        return t(`outcomes.${outcome}`);
    }
  }

  const refusalText = (reason: SeatRefusal) => t(`refusals.${reason}`);

  const state = load.kind === "ready" ? load.state : null;
  // Without seat booking the panel only holds the star, which needs a registration.
  if (state && !state.seatBooking && state.signedIn && !state.registered) return null;
  const heading = (state ? !state.seatBooking : !offered.seatBooking) ? t("panel.agendaHeading") : t("panel.seatsHeading");

  return (
    <section ref={region} aria-labelledby={`seats-${sessionId}`} className="no-print mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-busy={load.kind === "loading"}>
      <h2 id={`seats-${sessionId}`} className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>

      {load.kind === "loading" ? (
        <div className="mt-2 space-y-1">
          {offered.seatBooking && offered.capacity !== null ? (
            <>
              <p className="text-2xl font-bold text-slate-900 tabular-nums">{t("panel.offered", { capacity: offered.capacity })}</p>
              <p className="text-sm text-slate-600">{t("panel.offeredNote")}</p>
            </>
          ) : null}
          {hydrated ? <p className="text-sm text-slate-600">{t("panel.loading")}</p> : null}
          <noscript>
            <p className="text-sm font-medium text-amber-900">{offered.seatBooking ? t("panel.noScript") : t("panel.noScriptAgenda")}</p>
          </noscript>
        </div>
      ) : null}
      {load.kind === "failed" ? <p className="mt-2 text-sm text-red-800">{t("panel.loadFailed")}</p> : null}

      {state ? (
        <div className="mt-2 space-y-4">
          {state.seatBooking && state.capacity !== null ? <Availability state={state} /> : null}
          <Body state={state} pending={pending} onAct={act} />
        </div>
      ) : null}

      {/* Always in the page, so screen readers announce each new outcome. */}
      <p role="status" className={cn("mt-3 text-sm font-medium", message?.tone === "error" ? "text-red-800" : "text-emerald-800")}>
        {message?.text ?? ""}
      </p>
    </section>
  );
}

function Availability({ state }: { state: SeatPanelState }) {
  const t = useTranslations("seats");
  const full = state.seatsLeft === 0;
  return (
    <div>
      <p className={cn("text-2xl font-bold tabular-nums", full ? "text-amber-800" : "text-slate-900")}>
        {t("panel.seatsLeft", { count: state.seatsLeft, capacity: state.capacity ?? 0 })}
      </p>
      {full ? <p className="text-sm text-slate-600">{t("panel.waitlistLength", { count: state.waitlistLength })}</p> : null}
    </div>
  );
}

function Body({ state, pending, onAct }: { state: SeatPanelState; pending: SeatAction | null; onAct: (action: SeatAction) => void }) {
  const t = useTranslations("seats");
  if (!state.signedIn) return <SignInLink label={state.seatBooking ? t("panel.signIn") : t("panel.signInToStar")} />;
  const disabled = pending !== null;
  const star = state.registered ? (
    <div>
      <button type="button" className={secondary} aria-pressed={state.starred} disabled={disabled} onClick={() => onAct(state.starred ? "unstar" : "star")}>
        <svg aria-hidden viewBox="0 0 20 20" className={cn("size-5", state.starred ? "fill-gold-500 text-gold-700" : "fill-none text-slate-500")} stroke="currentColor" strokeWidth="1.5">
          <path d="m10 2.5 2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L10 14.2l-4.7 2.6 1.1-5.2-3.9-3.6 5.2-.6L10 2.5Z" strokeLinejoin="round" />
        </svg>
        {pending === "star" || pending === "unstar" ? t("panel.working") : state.starred ? t("panel.starred") : t("panel.star")}
      </button>
      <p className="mt-1 text-sm text-slate-600">{t("panel.starHint")}</p>
    </div>
  ) : null;

  if (!state.seatBooking) return star;

  let seat: React.ReactNode;
  if (!state.registered || !state.approved) {
    const why = !state.registered || state.status === null || state.status === "APPROVED" ? "NOT_REGISTERED" : state.status;
    seat = (
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
        <p>{t(`panel.why.${why}`)}</p>
        {!state.registered ? (
          <Link href="/register" className="mt-2 inline-block font-semibold text-brand-800 underline underline-offset-4">
            {t("panel.register")}
          </Link>
        ) : null}
      </div>
    );
  } else if (state.mine?.status === "CONFIRMED") {
    seat = (
      <div className="flex flex-wrap items-center gap-3">
        <p className="rounded-md bg-emerald-50 px-3 py-2 font-semibold text-emerald-900 ring-1 ring-emerald-300">{t("panel.hasSeat")}</p>
        <button type="button" className={secondary} disabled={disabled} onClick={() => onAct("cancel")}>
          {pending === "cancel" ? t("panel.working") : t("panel.cancel")}
        </button>
      </div>
    );
  } else if (state.mine?.status === "WAITLISTED") {
    seat = (
      <div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="rounded-md bg-amber-50 px-3 py-2 font-semibold text-amber-900 ring-1 ring-amber-300">{t("panel.onWaitlist", { position: state.mine.position })}</p>
          <button type="button" className={secondary} disabled={disabled} onClick={() => onAct("cancel")}>
            {pending === "cancel" ? t("panel.working") : t("panel.leave")}
          </button>
        </div>
        <p className="mt-2 text-sm text-slate-600">{t("panel.waitlistHint")}</p>
      </div>
    );
  } else {
    const full = state.seatsLeft === 0;
    seat = (
      <div>
        <button type="button" className={primary} disabled={disabled} onClick={() => onAct("take")}>
          {pending === "take" ? t("panel.working") : full ? t("panel.join") : t("panel.take")}
        </button>
        {full ? <p className="mt-2 text-sm text-slate-600">{t("panel.waitlistHint")}</p> : null}
      </div>
    );
  }
  return (
    <>
      {seat}
      {star}
    </>
  );
}

function SignInLink({ label }: { label: string }) {
  // Read when shown, in the browser: the page's own address (the static copy is served under /p/…
  // internally, but the visitor's address bar has the public path).
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <Link href={`/login?callbackUrl=${encodeURIComponent(here)}`} className={cn(primary, "no-underline")}>
      {label}
    </Link>
  );
}
