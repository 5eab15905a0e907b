import nodemailer from "nodemailer";
import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { deliverPending, deliveryFromEnv, LEASE_MS, type Mailer } from "./deliver";
import { enqueueEmail } from "./outbox";

// A fake transport: nodemailer's own jsonTransport builds each message without any network, and
// the wrapper records what it was asked to send (optionally slowly, or failing).
function fakeMailer(opts: { delayMs?: number; fail?: (to: string) => boolean } = {}) {
  const transport = nodemailer.createTransport({ jsonTransport: true });
  const sent: { to: string; subject: string; messageId?: string; json: string }[] = [];
  const mailer: Mailer = {
    async sendMail(message) {
      if (opts.delayMs) await new Promise((resolve) => setTimeout(resolve, opts.delayMs));
      if (opts.fail?.(message.to)) throw new Error("451 4.3.0 Temporary failure\r\ntry later");
      const info = await transport.sendMail(message);
      sent.push({ to: message.to, subject: message.subject, messageId: message.messageId, json: String(info.message) });
    },
  };
  return { mailer, sent };
}

const FROM = "Concord <no-reply@forum.example.org>";

async function queue(to: string) {
  return enqueueEmail(testDb(), { to, template: "registration-confirm", subject: `Hello ${to}`, text: "Confirm: https://forum.example.org/register/confirm?token=abc" });
}

beforeEach(async () => {
  await testDb().outboxMessage.deleteMany();
});

describe("deliverPending", () => {
  it("sends pending messages oldest first and marks them sent", async () => {
    const a = await queue("a@example.org");
    const b = await queue("b@example.org");
    const { mailer, sent } = fakeMailer();
    const report = await deliverPending(mailer, { from: FROM, messageIdDomain: "forum.example.org" });
    expect(report).toEqual({ sent: 2, failed: 0, retrying: 0, skipped: 0 });
    expect(sent.map((m) => m.to)).toEqual(["a@example.org", "b@example.org"]);
    expect(sent[0]!.messageId).toBe(`<${a.id}@forum.example.org>`);
    expect(JSON.parse(sent[0]!.json)).toMatchObject({ subject: "Hello a@example.org", text: expect.stringContaining("/register/confirm?token=abc") });
    const rows = await testDb().outboxMessage.findMany({ where: { id: { in: [a.id, b.id] } } });
    for (const row of rows) expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, sentAt: expect.any(Date) });
    // The kept copy no longer carries the link's secret.
    for (const row of rows) expect(row.text).toContain("/register/confirm?token=[sent]");
    for (const row of rows) expect(row.text).not.toContain("token=abc");

    // Nothing is sent twice by a later run.
    expect(await deliverPending(mailer, { from: FROM })).toEqual({ sent: 0, failed: 0, retrying: 0, skipped: 0 });
    expect(sent).toHaveLength(2);
  });

  it("never sends a message twice when two runs deliver at once", async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await queue(`guest${i}@example.org`)).id);
    const { mailer, sent } = fakeMailer({ delayMs: 15 });
    const reports = await Promise.all([deliverPending(mailer, { from: FROM }), deliverPending(mailer, { from: FROM })]);
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((m) => m.to)).size).toBe(12);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(await testDb().outboxMessage.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(12);
  });

  it("keeps a failed message for a retry after the lease, then marks it failed after the last attempt", async () => {
    const message = await queue("down@example.org");
    const { mailer, sent } = fakeMailer({ fail: () => true });
    let clock = new Date("2025-06-20T08:00:00.000Z");
    const now = () => clock;

    expect(await deliverPending(mailer, { from: FROM, now, maxAttempts: 2 })).toMatchObject({ retrying: 1 });
    const afterFirst = await testDb().outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, lastError: "451 4.3.0 Temporary failure try later" });

    // Within the lease nobody retries it.
    clock = new Date(clock.getTime() + LEASE_MS - 1);
    expect(await deliverPending(mailer, { from: FROM, now, maxAttempts: 2 })).toEqual({ sent: 0, failed: 0, retrying: 0, skipped: 0 });

    clock = new Date(clock.getTime() + 2);
    expect(await deliverPending(mailer, { from: FROM, now, maxAttempts: 2 })).toMatchObject({ failed: 1 });
    expect(await testDb().outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(sent).toHaveLength(0);

    clock = new Date(clock.getTime() + 10 * LEASE_MS);
    expect(await deliverPending(mailer, { from: FROM, now, maxAttempts: 2 })).toEqual({ sent: 0, failed: 0, retrying: 0, skipped: 0 });
  });

  it("sends the others when one recipient fails", async () => {
    await queue("ok1@example.org");
    await queue("bad@example.org");
    await queue("ok2@example.org");
    const { mailer, sent } = fakeMailer({ fail: (to) => to.startsWith("bad") });
    expect(await deliverPending(mailer, { from: FROM })).toEqual({ sent: 2, failed: 0, retrying: 1, skipped: 0 });
    expect(sent.map((m) => m.to)).toEqual(["ok1@example.org", "ok2@example.org"]);
  });
});

describe("deliveryFromEnv", () => {
  it("delivers nothing without SMTP_URL, and uses SMTP_FROM when set", () => {
    expect(deliveryFromEnv({})).toBeNull();
    expect(deliveryFromEnv({ SMTP_URL: "  " })).toBeNull();
    const configured = deliveryFromEnv({ SMTP_URL: "smtp://mail.example.org:2525", SMTP_FROM: "Forum <forum@example.org>", NEXTAUTH_URL: "https://forum.example.org" });
    expect(configured?.options).toEqual({ from: "Forum <forum@example.org>", messageIdDomain: "forum.example.org" });
    expect(deliveryFromEnv({ SMTP_URL: "smtp://mail.example.org" })?.options.from).toBe("Concord <no-reply@localhost>");
  });
});
