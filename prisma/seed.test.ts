import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { parseProgramSnapshot, type ProgramChangelog } from "@/lib/program/snapshot";
import { testDb } from "@/test/db";
import { DEMO_ACCOUNTS, DEMO_CHAIR_SUB_FORUM_SLUG, DEMO_PASSWORD } from "./seed/accounts";
import { AGREEMENT_TOTAL_MINOR, assertAgreementTotals, buildAgreements } from "./seed/agreements";
import { SCO_COUNTRIES } from "./seed/countries";
import { DEMO_FORUM_SLUG, DEMO_SUB_FORUMS } from "./seed/demo-forum";
import { buildOrganizations, isCompany } from "./seed/organizations";
import { buildParticipants } from "./seed/participants";
import { DEMO_PEOPLE } from "./seed/people";
import { DEMO_SESSIONS, findProgramProblems, sessionTimes, type SessionSpec } from "./seed/program";
import { seedDemo, type SeedSummary } from "./seed/seed-demo";

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The calendar day in Tianjin (UTC+8) of a UTC instant. */
const tianjinDay = (date: Date) => new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe("the demo plan", () => {
  const organizations = buildOrganizations();

  it("adds the 21 agreements up to exactly ¥1,350,000,000", () => {
    const agreements = buildAgreements(organizations);
    expect(agreements).toHaveLength(21);
    expect(agreements.reduce((sum, a) => sum + a.valueMinor, 0n)).toBe(135_000_000_000n);
    expect(new Set(agreements.map((a) => a.sector))).toEqual(
      new Set(["computing-power-infrastructure", "low-altitude-economy", "smart-health", "smart-energy"]),
    );
  });

  it("has more than 100 distinct companies sign, 2 to 6 parties per agreement", () => {
    const agreements = buildAgreements(organizations);
    const kinds = new Map(organizations.map((o) => [o.slug, o.kind]));
    const companies = new Set(agreements.flatMap((a) => a.parties.map((p) => p.organizationSlug)).filter((slug) => isCompany(kinds.get(slug) ?? "GOVERNMENT")));
    expect(companies.size).toBeGreaterThan(100);
    for (const a of agreements) expect(a.parties.length).toBeGreaterThanOrEqual(2);
    for (const a of agreements) expect(a.parties.length).toBeLessThanOrEqual(6);
  });

  it("refuses agreements that no longer add up to the published total", () => {
    const agreements = buildAgreements(organizations);
    const [first, ...rest] = agreements;
    if (!first) throw new Error("no agreement");
    expect(() => assertAgreementTotals([{ ...first, valueMinor: first.valueMinor + 1n }, ...rest], organizations)).toThrow(/135000000001/);
    expect(() => assertAgreementTotals(rest, organizations)).toThrow(/21 agreements/);
  });

  it("schedules the program without room or speaker conflicts", () => {
    expect(findProgramProblems()).toEqual([]);
  });

  it("notices a speaker booked in two overlapping sessions", () => {
    const [a, b] = DEMO_SESSIONS.filter((s) => s.type === "SUBFORUM" && s.day === 1 && s.start === "13:30") as [SessionSpec, SessionSpec];
    const clash: SessionSpec = { ...b, people: [...b.people, [a.people[0]?.[0] ?? "", "SPEAKER"]] };
    const problems = findProgramProblems(DEMO_SESSIONS.map((s) => (s.slug === b.slug ? clash : s)));
    expect(problems.some((p) => p.includes(`${a.slug} overlaps ${b.slug}`))).toBe(true);
  });

  it("keeps every session within 10–11 July, Tianjin time", () => {
    for (const s of DEMO_SESSIONS) {
      const { startsAt, endsAt } = sessionTimes(s);
      expect(["2025-07-10", "2025-07-11"]).toContain(tianjinDay(startsAt));
      expect(tianjinDay(endsAt)).toBe(tianjinDay(startsAt));
    }
    expect(sessionTimes(DEMO_SESSIONS[0] as SessionSpec).startsAt.toISOString()).toBe("2025-07-10T01:00:00.000Z");
  });

  it("gives each sub-forum at least three sessions, all in its own hall", () => {
    for (const sub of DEMO_SUB_FORUMS) {
      const sessions = DEMO_SESSIONS.filter((s) => s.subForumSlug === sub.slug);
      expect(sessions.length).toBeGreaterThanOrEqual(3);
      expect(new Set(sessions.map((s) => s.roomSlug))).toEqual(new Set([sub.roomSlug]));
    }
  });

  it("colours the sub-forums dark enough for white text (contrast at least 4.5:1)", () => {
    for (const sub of DEMO_SUB_FORUMS) expect(1.05 / (luminance(sub.color) + 0.05), sub.slug).toBeGreaterThanOrEqual(4.5);
    expect(new Set(DEMO_SUB_FORUMS.map((s) => s.color)).size).toBe(4);
  });

  it("invents at least 40 people from all ten SCO member states", () => {
    expect(DEMO_PEOPLE.length).toBeGreaterThanOrEqual(40);
    const members = SCO_COUNTRIES.filter((c) => c.status === "member").map((c) => c.code);
    expect(new Set(DEMO_PEOPLE.map((p) => p.countryCode))).toEqual(new Set(members));
    expect(new Set(DEMO_PEOPLE.map((p) => p.slug)).size).toBe(DEMO_PEOPLE.length);
  });

  it("builds the same participants on every run, each with a unique e-mail", () => {
    const first = buildParticipants(organizations);
    const second = buildParticipants(organizations);
    expect(second.participants.map((p) => p.email)).toEqual(first.participants.map((p) => p.email));
    expect(new Set(first.participants.map((p) => p.email)).size).toBe(first.participants.length);
    for (const p of first.participants) expect(p.email).toMatch(/^[a-z]+\.[a-z]+\.\d{3,4}@sample\.concord\.demo$/);
  });

  it("writes non-Latin names with a Latin transliteration", () => {
    const { participants } = buildParticipants(organizations);
    const chinese = participants.find((p) => p.countryCode === "CN");
    expect(chinese?.fullName).toMatch(/^\p{Script=Han}+$/u);
    expect(chinese?.latinName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    const indian = participants.find((p) => p.countryCode === "IN");
    expect(indian?.latinName).toBeNull();
  });
});

describe("seedDemo", () => {
  let first: SeedSummary;
  let second: SeedSummary;

  beforeAll(async () => {
    first = await seedDemo(testDb());
    second = await seedDemo(testDb());
  }, 120_000);

  it("creates the forum with the published figures", () => {
    expect(first.created).toBe(true);
    expect(first.forumSlug).toBe(DEMO_FORUM_SLUG);
    expect(first.subForums).toBe(4);
    expect(first.agreements).toBe(21);
    expect(first.agreementTotalMinor).toBe(AGREEMENT_TOTAL_MINOR);
    expect(first.signingCompanies).toBeGreaterThan(100);
    expect(first.participantsByStatus.APPROVED).toBeGreaterThan(1500);
    expect(first.people).toBeGreaterThanOrEqual(40);
    expect(first.organizations).toBeGreaterThan(100);
    for (const count of Object.values(first.sessionsBySubForum)) expect(count).toBeGreaterThanOrEqual(3);
  });

  it("changes nothing when run a second time", () => {
    expect(second.created).toBe(false);
    // Every count the same; only `created` and the duration differ.
    expect({ ...second, created: true, durationMs: 0 }).toEqual({ ...first, durationMs: 0 });
  });

  it("lets every demo account sign in with the demo password", async () => {
    const users = await testDb().user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    expect(users.map((u) => [u.email, u.role, u.isDemo]).sort()).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.role, true]).sort());
    for (const user of users) expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("makes the demo chair chair of Data Governance and Ecological Collaboration only", async () => {
    const chairs = await testDb().subForumChair.findMany({ where: { user: { email: "chair@concord.demo" } }, select: { subForum: { select: { slug: true } } } });
    expect(chairs.map((c) => c.subForum.slug)).toEqual([DEMO_CHAIR_SUB_FORUM_SLUG]);
  });

  it("gives the demo delegate an approved registration in Kazakhstan's delegation", async () => {
    const participant = await testDb().participant.findFirstOrThrow({
      where: { user: { email: "delegate@concord.demo" } },
      select: { status: true, countryCode: true, category: true, delegation: { select: { name: true } } },
    });
    expect(participant).toEqual({ status: "APPROVED", countryCode: "KZ", category: "BUSINESS", delegation: { name: "Delegation of Kazakhstan" } });
  });

  it("makes the demo head of delegation head of Uzbekistan's delegation, with members", async () => {
    const head = await testDb().participant.findFirstOrThrow({
      where: { user: { email: "head@concord.demo" } },
      select: { status: true, countryCode: true, headOf: { select: { name: true, _count: { select: { members: true } } } } },
    });
    expect(head).toMatchObject({ status: "APPROVED", countryCode: "UZ", headOf: { name: "Delegation of Uzbekistan" } });
    expect(head.headOf?._count.members).toBeGreaterThan(5);
  });

  it("leaves the two nearly full sessions exactly one seat short, counters matching the rows", async () => {
    const sessions = await testDb().programSession.findMany({
      where: { forumId: first.forumId, slug: { in: ["roundtable-data-classification-toolkit", "workshop-city-scale-iot-network"] } },
      select: { capacity: true, seatsTaken: true, _count: { select: { seats: { where: { status: "CONFIRMED" } } } } },
    });
    expect(sessions).toHaveLength(2);
    for (const s of sessions) {
      expect(s.seatsTaken).toBe((s.capacity ?? 0) - 1);
      expect(s._count.seats).toBe(s.seatsTaken);
    }
  });

  it("gives sample participants no account and distinct unguessable badge codes", async () => {
    const rows = await testDb().participant.findMany({ where: { forumId: first.forumId }, select: { userId: true, badgeCode: true, calendarKey: true } });
    expect(rows.filter((r) => r.userId !== null)).toHaveLength(2);
    expect(new Set(rows.map((r) => r.badgeCode)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.badgeCode).toMatch(/^[A-Z2-7]{16}$/);
      expect(r.calendarKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    }
  });

  it("records each sample check-in as the check-in of its day, on the forum's two days", async () => {
    const checkedIn = await testDb().participant.count({ where: { forumId: first.forumId, checkedInAt: { not: null } } });
    const days = await testDb().checkIn.groupBy({ by: ["day"], where: { forumId: first.forumId }, _count: true, orderBy: { day: "asc" } });
    expect(checkedIn).toBeGreaterThan(0);
    expect(days.map((d) => d.day)).toEqual(["2025-07-10", "2025-07-11"]);
    expect(days.reduce((n, d) => n + d._count, 0)).toBe(checkedIn);
  });

  it("publishes the program as release 1 with every session in its snapshot", async () => {
    const release = await testDb().programRelease.findFirstOrThrow({ where: { forumId: first.forumId }, select: { version: true, changelog: true, snapshot: true } });
    const snapshot = parseProgramSnapshot(release.snapshot);
    expect(release.version).toBe(1);
    expect(snapshot.sessions.map((s) => s.slug).sort()).toEqual(DEMO_SESSIONS.map((s) => s.slug).sort());
    expect((release.changelog as ProgramChangelog).added.map((e) => e.slug).sort()).toEqual(DEMO_SESSIONS.map((s) => s.slug).sort());
    expect(snapshot.people).toHaveLength(DEMO_PEOPLE.length);
    expect(snapshot.subForums.map((s) => s.titleEn)).toEqual(DEMO_SUB_FORUMS.map((s) => s.titleEn));
  });

  it("signs every agreement during the signing ceremony", async () => {
    const ceremony = await testDb().programSession.findFirstOrThrow({
      where: { forumId: first.forumId, type: "SIGNING" },
      select: { startsAt: true, endsAt: true, agreements: { select: { signedAt: true, slot: true, status: true } } },
    });
    expect(ceremony.agreements.map((a) => a.slot).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const a of ceremony.agreements) {
      expect(a.status).toBe("SIGNED");
      expect(a.signedAt!.getTime()).toBeGreaterThanOrEqual(ceremony.startsAt.getTime());
      expect(a.signedAt!.getTime()).toBeLessThanOrEqual(ceremony.endsAt.getTime());
    }
  });
});
