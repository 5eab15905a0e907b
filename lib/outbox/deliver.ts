// No "server-only" marker: instrumentation.ts imports this to start the timer, outside React's
// server condition. Nothing here is secret; client components have no reason to import it.
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import { smtpConfigured } from "./config";

// Delivery of the outbox (lib/outbox/outbox.ts) when an SMTP server is configured (SMTP_URL).
// Without one, messages stay PENDING and organizers read them at /organizer/outbox.
//
// Several app instances (and the timer beside each request's trigger) may deliver at once, so each
// message is claimed before it is sent: one conditional UPDATE raises `attempts` and stamps
// `sentAt` only while the message is PENDING, unclaimed (or its claim is older than the lease) and
// still at the attempt count this run read. Whoever's update matches sends; the others skip it.
// While a message is PENDING, `sentAt` is the start of its latest attempt (the lease, and the wait
// before a retry); once SENT, the time it was handed to the server. A process that dies between
// the server's acceptance and marking the row SENT sends that message again after the lease
// (at-least-once, with a stable Message-ID so mail systems can drop the copy).

/** What delivery needs of a transport: nodemailer's `sendMail`. Tests pass a fake one. */
export type Mailer = {
  sendMail(message: { from: string; to: string; subject: string; text: string; html?: string; messageId?: string }): Promise<unknown>;
};

/** Attempts before a message is marked FAILED. */
export const MAX_ATTEMPTS = 5;
/** How long a claim holds, and the wait before retrying a failed attempt. */
export const LEASE_MS = 5 * 60_000;
/** Messages taken per run. */
export const BATCH_SIZE = 50;

export type DeliveryReport = { sent: number; failed: number; retrying: number; skipped: number };

export type DeliverOptions = {
  from: string;
  /** Domain for the Message-ID header. */
  messageIdDomain?: string;
  limit?: number;
  maxAttempts?: number;
  leaseMs?: number;
  now?: () => Date;
};

function claimable(now: Date, leaseMs: number) {
  return { status: "PENDING" as const, OR: [{ sentAt: null }, { sentAt: { lt: new Date(now.getTime() - leaseMs) } }] };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").slice(0, 1000);
}

/** Sends what is due, oldest first, each message at most once per claim. */
export async function deliverPending(mailer: Mailer, options: DeliverOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0, skipped: 0 };
  const due = await db.outboxMessage.findMany({
    where: claimable(now(), leaseMs),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit ?? BATCH_SIZE,
    select: { id: true, attempts: true, toEmail: true, subject: true, text: true, html: true },
  });
  for (const message of due) {
    const claimedAt = now();
    const claim = await db.outboxMessage.updateMany({
      where: { id: message.id, attempts: message.attempts, ...claimable(claimedAt, leaseMs) },
      data: { attempts: message.attempts + 1, sentAt: claimedAt },
    });
    if (claim.count !== 1) {
      report.skipped += 1;
      continue;
    }
    const attempt = message.attempts + 1;
    // Later writes only touch the row while this run's claim still holds it.
    const ours = { id: message.id, status: "PENDING" as const, attempts: attempt, sentAt: claimedAt };
    try {
      await mailer.sendMail({
        from: options.from,
        to: message.toEmail,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(options.messageIdDomain ? { messageId: `<${message.id}@${options.messageIdDomain}>` } : {}),
      });
      // Once delivered, the copy kept here no longer needs the link's secret: the outbox and its
      // backups must not be a way to confirm an address or use an invitation.
      await db.outboxMessage.updateMany({
        where: ours,
        data: { status: "SENT", sentAt: now(), lastError: null, text: redactLinkTokens(message.text), ...(message.html ? { html: redactLinkTokens(message.html) } : {}) },
      });
      report.sent += 1;
    } catch (error) {
      const final = attempt >= maxAttempts;
      await db.outboxMessage.updateMany({ where: ours, data: final ? { status: "FAILED", lastError: describe(error) } : { lastError: describe(error) } });
      if (final) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}

type Configured = { mailer: Mailer; options: DeliverOptions };

/** The SMTP transport from SMTP_URL (e.g. smtps://user:pass@mail.example.org), or null when unset. */
export function deliveryFromEnv(env: Partial<Record<string, string>> = process.env): Configured | null {
  if (!smtpConfigured(env)) return null;
  const url = env.SMTP_URL!.trim();
  let domain = "localhost";
  try {
    if (env.NEXTAUTH_URL) domain = new URL(env.NEXTAUTH_URL).hostname;
  } catch {
    // Keep localhost.
  }
  const transport = nodemailer.createTransport({
    url,
    // A stuck server must not hold a claim past its lease.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    mailer: transport,
    options: { from: env.SMTP_FROM?.trim() || `Concord <no-reply@${domain}>`, messageIdDomain: domain },
  };
}

type LoopState = { configured?: Configured | null; running?: Promise<void>; again?: boolean; timer?: NodeJS.Timeout };
const state = ((globalThis as { __concordOutbox?: LoopState }).__concordOutbox ??= {});

function configured(): Configured | null {
  if (state.configured === undefined) state.configured = deliveryFromEnv();
  return state.configured;
}

/**
 * Starts a delivery run in the background (fire and forget): call it after the transaction that
 * queued a message has committed. Does nothing without SMTP_URL. One run per process at a time; a
 * call during a run asks for one more run after it.
 */
export function deliverSoon(): void {
  const delivery = configured();
  if (!delivery) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = (async () => {
    do {
      state.again = false;
      const report = await deliverPending(delivery.mailer, delivery.options);
      // A full batch means more may be waiting.
      if (report.sent + report.failed + report.retrying + report.skipped >= BATCH_SIZE) state.again = true;
    } while (state.again);
  })()
    .catch((error: unknown) => console.error("Outbox delivery failed:", error))
    .finally(() => {
      state.running = undefined;
    });
}

/** Delivers on a timer as well (retries, messages queued by other instances). For instrumentation.ts. */
export function startOutboxDelivery(intervalMs = 30_000): void {
  if (state.timer || !configured()) return;
  state.timer = setInterval(deliverSoon, intervalMs);
  state.timer.unref();
  deliverSoon();
}

/** Replaces the secrets in links (?token=…, ?invite=…) with a mark: kept messages stay readable. */
export function redactLinkTokens(text: string): string {
  return text.replace(/([?&](?:token|invite)=)[A-Za-z0-9_-]+/g, "$1[sent]");
}
