import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { displayStatus, linkifyText, listOutbox, OUTBOX_PAGE_SIZE } from "./queries";

beforeEach(async () => {
  await testDb().outboxMessage.deleteMany();
});

async function seed(count: number, to: (i: number) => string) {
  const base = Date.parse("2025-06-20T08:00:00.000Z");
  await testDb().outboxMessage.createMany({
    // Pairs share a time, so the id has to break ties across pages.
    data: Array.from({ length: count }, (_, i) => ({ toEmail: to(i), subject: `Message ${i}`, text: "Hello", template: "test", createdAt: new Date(base + Math.floor(i / 2) * 1000) })),
  });
}

describe("listOutbox", () => {
  it("pages through every message newest first, each exactly once", async () => {
    await seed(OUTBOX_PAGE_SIZE * 2 + 7, (i) => `guest${i}@example.org`);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listOutbox({ after });
      expect(page.total).toBe(OUTBOX_PAGE_SIZE * 2 + 7);
      seen.push(...page.rows.map((r) => r.subject));
      after = page.nextAfter ?? undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(OUTBOX_PAGE_SIZE * 2 + 7);
    const first = await listOutbox({});
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by recipient, case-insensitively, with LIKE wildcards taken literally", async () => {
    await seed(6, (i) => (i % 2 ? `Anna_${i}@Example.org` : `annax${i}@example.org`));
    const anna = await listOutbox({ to: "anna_" });
    expect(anna.rows.map((r) => r.toEmail).sort()).toEqual(["Anna_1@Example.org", "Anna_3@Example.org", "Anna_5@Example.org"]);
    expect(anna.total).toBe(3);
  });

  it("shows the first page for a hand-made cursor", async () => {
    await seed(3, (i) => `g${i}@example.org`);
    expect((await listOutbox({ after: "bm90LWEtY3Vyc29y" })).rows).toHaveLength(3);
  });
});

describe("displayStatus", () => {
  it("tells waiting, in-flight, retrying, sent and failed messages apart", () => {
    expect(displayStatus({ status: "PENDING", attempts: 0, lastError: null })).toBe("PENDING");
    expect(displayStatus({ status: "PENDING", attempts: 1, lastError: null })).toBe("SENDING");
    expect(displayStatus({ status: "PENDING", attempts: 2, lastError: "451" })).toBe("RETRYING");
    expect(displayStatus({ status: "SENT", attempts: 1, lastError: null })).toBe("SENT");
    expect(displayStatus({ status: "FAILED", attempts: 5, lastError: "550" })).toBe("FAILED");
  });
});

describe("linkifyText", () => {
  it("makes links to this site clickable and leaves others as text", () => {
    const parts = linkifyText("Open https://forum.example.org/register/confirm?token=abc_-1.\nNot http://evil.example/x", "https://forum.example.org");
    expect(parts).toEqual([
      { kind: "text", value: "Open " },
      { kind: "link", href: "https://forum.example.org/register/confirm?token=abc_-1" },
      { kind: "text", value: ".\nNot http://evil.example/x" },
    ]);
  });
});
