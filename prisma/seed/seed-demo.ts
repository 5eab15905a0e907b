// Writes the demo forum into the database: `seedDemo(db)`. Idempotent: the forum's content is
// created once, in one transaction (so a failed run leaves nothing half-made); later runs only make
// sure the demo accounts, the chair's sub-forum and the delegate's registration exist.
import { recordPublishedAddresses } from "@/lib/addresses/addresses";
import { buildProgramSnapshot, initialChangelog, snapshotToJson } from "@/lib/program/snapshot";
import { hashPassword } from "@/lib/auth/password";
import {
  AgreementStatus,
  OrganizationKind,
  ParticipantCategory,
  ParticipantStatus,
  Role,
  Visibility,
  type Prisma,
  type PrismaClient,
  type User,
} from "@/lib/generated/prisma/client";
import { organizationSearchText } from "@/lib/organizations/search-text";
import { participantSearchText } from "@/lib/participants/search-text";
import { createForum, newBadgeCode, newCalendarKey, publishSeatSettingsAsIs, type FactoryDb } from "../factories";
import { DEMO_ACCOUNTS, DEMO_CHAIR_SUB_FORUM_SLUG, DEMO_HEAD_EMAIL, DEMO_PASSWORD } from "./accounts";
import { buildAgreements } from "./agreements";
import { DEMO_FORUM, DEMO_FORUM_SLUG, DEMO_ROOMS, DEMO_SECTORS, DEMO_SUB_FORUMS, forumTime } from "./demo-forum";
import { buildOrganizations } from "./organizations";
import { buildParticipants, demoDelegateParticipant, demoHeadParticipant, type ParticipantSpec } from "./participants";
import { DEMO_PEOPLE } from "./people";
import { DEMO_SESSIONS, findProgramProblems, sessionTimes } from "./program";
import { createDemoShowcases } from "./showcases";

export type SeedSummary = {
  forumId: string;
  forumSlug: string;
  /** False when the forum was already there (only the demo accounts were checked). */
  created: boolean;
  durationMs: number;
  rooms: number;
  subForums: number;
  sessions: number;
  /** Sub-forum slug → number of sessions. */
  sessionsBySubForum: Record<string, number>;
  sessionsByType: Record<string, number>;
  /** People on stage in the forum's sessions. */
  people: number;
  organizations: number;
  /** Companies and state-owned enterprises among the organizations. */
  companies: number;
  /** Distinct companies (and SOEs) among the parties of the forum's agreements. */
  signingCompanies: number;
  agreements: number;
  /** Sum of the public agreements, in minor units of the forum's currency. */
  agreementTotalMinor: bigint;
  participants: number;
  participantsByStatus: Record<ParticipantStatus, number>;
  participantsByCategory: Record<ParticipantCategory, number>;
  participantCountries: number;
  delegations: number;
  checkedIn: number;
  demoUsers: number;
  releases: number;
};

/** The program release published by the seed. */
const RELEASE_PUBLISHED_AT = new Date("2025-06-28T02:00:00.000Z");
/** Bulk inserts in chunks: one statement per chunk keeps PGlite fast and under the bind limit. */
const BATCH = 400;

export async function seedDemo(db: PrismaClient, options: { log?: (line: string) => void } = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();

  const users = await ensureDemoUsers(db);
  const existing = await db.forum.findUnique({ where: { slug: DEMO_FORUM_SLUG }, select: { id: true } });
  let forumId = existing?.id;
  if (!forumId) {
    log("Creating the demo forum …");
    forumId = await db.$transaction((tx) => createDemoForum(tx, users, log), { timeout: 300_000, maxWait: 30_000 });
  } else {
    log(`The demo forum already exists (${DEMO_FORUM_SLUG}): checking the demo accounts only.`);
  }
  await ensureDemoLinks(db, forumId, users);

  const summary = await summarize(db, forumId);
  return { ...summary, created: !existing, durationMs: Math.round(performance.now() - started) };
}

/**
 * Whether the database holds nothing yet but (perhaps) demo accounts: no forum, no real user.
 * `npm run demo` seeds only then, so it never mixes the demo into a database in use.
 */
export async function isEmptyForDemo(db: PrismaClient): Promise<boolean> {
  const [forums, realUsers] = await Promise.all([db.forum.count(), db.user.count({ where: { isDemo: false } })]);
  return forums === 0 && realUsers === 0;
}

type DemoUsers = Map<string, User>;

function demoUser(users: DemoUsers, role: Role): User {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  const user = account && users.get(account.email);
  if (!user) throw new Error(`Demo user for ${role} missing`);
  return user;
}

/** Creates the missing demo accounts (the password is hashed once, only when one is missing). */
async function ensureDemoUsers(db: PrismaClient): Promise<DemoUsers> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const found = await db.user.findMany({ where: { email: { in: emails } } });
  const missing = DEMO_ACCOUNTS.filter((a) => !found.some((u) => u.email === a.email));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.user.createMany({
      data: missing.map((a) => ({ email: a.email, name: a.name, role: a.role, passwordHash, isDemo: true })),
      skipDuplicates: true,
    });
  }
  const users = missing.length ? await db.user.findMany({ where: { email: { in: emails } } }) : found;
  return new Map(users.map((u) => [u.email, u]));
}

/** The chair's sub-forum and the delegate's registration: re-checked on every run. */
async function ensureDemoLinks(db: PrismaClient, forumId: string, users: DemoUsers): Promise<void> {
  const chair = demoUser(users, Role.CHAIR);
  const subForum = await db.subForum.findUnique({
    where: { forumId_slug: { forumId, slug: DEMO_CHAIR_SUB_FORUM_SLUG } },
    select: { id: true },
  });
  if (subForum) {
    await db.subForumChair.upsert({
      where: { subForumId_userId: { subForumId: subForum.id, userId: chair.id } },
      create: { subForumId: subForum.id, userId: chair.id },
      update: {},
    });
  }

  const delegate = demoUser(users, Role.DELEGATE);
  await ensureDemoRegistration(db, forumId, demoDelegateParticipant(delegate.email), delegate.id);
  const head = users.get(DEMO_HEAD_EMAIL);
  if (!head) throw new Error("Demo head of delegation missing");
  const headRegistration = await ensureDemoRegistration(db, forumId, demoHeadParticipant(head.email), head.id);
  if (headRegistration.delegationId) {
    // The head's own delegation: whoever headed it before steps aside (headId is unique).
    await db.delegation.updateMany({ where: { headId: headRegistration.id, NOT: { id: headRegistration.delegationId } }, data: { headId: null } });
    await db.delegation.update({ where: { id: headRegistration.delegationId }, data: { headId: headRegistration.id } });
  }
}

async function ensureDemoRegistration(db: PrismaClient, forumId: string, spec: ParticipantSpec, userId: string) {
  const [organization, delegation] = await Promise.all([
    spec.organizationSlug ? db.organization.findUnique({ where: { slug: spec.organizationSlug }, select: { id: true } }) : null,
    spec.delegationName ? db.delegation.findUnique({ where: { forumId_name: { forumId, name: spec.delegationName } }, select: { id: true } }) : null,
  ]);
  return db.participant.upsert({
    where: { forumId_email: { forumId, email: spec.email } },
    create: participantRow(spec, forumId, organization?.id ?? null, delegation?.id ?? null, userId),
    update: { userId },
    select: { id: true, delegationId: true },
  });
}

/** Sessions seeded one seat short of their capacity (slug → seats taken). */
export const NEARLY_FULL_SESSIONS: Record<string, number> = {
  "roundtable-data-classification-toolkit": 39,
  "workshop-city-scale-iot-network": 119,
};

function participantRow(
  p: ParticipantSpec,
  forumId: string,
  organizationId: string | null,
  delegationId: string | null,
  userId: string | null,
): Prisma.ParticipantCreateManyInput {
  return {
    forumId,
    userId,
    fullName: p.fullName,
    latinName: p.latinName,
    email: p.email,
    category: p.category,
    status: p.status,
    rejectionReason: p.rejectionReason,
    organizationId,
    organizationName: p.organizationName,
    jobTitle: p.jobTitle,
    countryCode: p.countryCode,
    delegationId,
    preferredLocale: p.preferredLocale,
    badgeCode: newBadgeCode(),
    emailConfirmedAt: p.emailConfirmedAt,
    checkedInAt: p.checkedInAt,
    consentDataAt: p.registeredAt,
    consentPublicList: p.consentPublicList,
    calendarKey: newCalendarKey(),
    searchText: participantSearchText(p),
    isSample: true,
    createdAt: p.registeredAt,
  };
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function idOf(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed: unknown ${what} ${key}`);
  return id;
}

async function createDemoForum(tx: FactoryDb, users: DemoUsers, log: (line: string) => void): Promise<string> {
  const problems = findProgramProblems();
  if (problems.length) throw new Error(`The demo program is inconsistent:\n  ${problems.join("\n  ")}`);
  const organizations = buildOrganizations();
  const agreements = buildAgreements(organizations);
  const { participants, delegations } = buildParticipants(organizations);

  // Organizations and people are shared between forums (global slugs): keep any already there.
  await tx.organization.createMany({
    data: organizations.map((o) => ({
      slug: o.slug,
      nameEn: o.nameEn,
      nameZh: o.nameZh ?? null,
      nameRu: o.nameRu ?? null,
      kind: o.kind,
      countryCode: o.countryCode,
      region: o.region,
      descriptionEn: o.descriptionEn,
      descriptionZh: o.descriptionZh ?? null,
      searchText: organizationSearchText(o),
      isSample: o.isSample,
    })),
    skipDuplicates: true,
  });
  const orgIds = new Map(
    (await tx.organization.findMany({ where: { slug: { in: organizations.map((o) => o.slug) } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
  );

  await tx.person.createMany({
    data: DEMO_PEOPLE.map((p) => ({
      slug: p.slug,
      nameEn: p.nameEn,
      nameZh: p.nameZh ?? null,
      nameRu: p.nameRu ?? null,
      titleEn: p.titleEn,
      titleZh: p.titleZh,
      titleRu: p.titleRu ?? null,
      bioEn: p.bioEn,
      bioZh: p.bioZh ?? null,
      bioRu: p.bioRu ?? null,
      organizationId: idOf(orgIds, p.organizationSlug, "organization"),
      countryCode: p.countryCode,
      protocolRank: p.protocolRank,
      isSample: true,
    })),
    skipDuplicates: true,
  });
  const personIds = new Map(
    (await tx.person.findMany({ where: { slug: { in: DEMO_PEOPLE.map((p) => p.slug) } }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]),
  );
  log(`  ${orgIds.size} organizations, ${personIds.size} people`);

  const forum = await createForum(tx, DEMO_FORUM);
  const forumId = forum.id;

  const rooms = await tx.room.createManyAndReturn({
    data: DEMO_ROOMS.map((r, i) => ({ ...r, forumId, sortOrder: i + 1 })),
    select: { id: true, slug: true },
  });
  const roomIds = new Map(rooms.map((r) => [r.slug, r.id]));

  const subForums = await tx.subForum.createManyAndReturn({
    data: DEMO_SUB_FORUMS.map((s, i) => ({
      forumId,
      slug: s.slug,
      position: i + 1,
      titleEn: s.titleEn,
      titleZh: s.titleZh,
      titleRu: s.titleRu,
      titleFr: s.titleFr,
      descriptionEn: s.descriptionEn,
      descriptionZh: s.descriptionZh,
      descriptionRu: s.descriptionRu,
      descriptionFr: s.descriptionFr,
      color: s.color,
    })),
    select: { id: true, slug: true },
  });
  const subForumIds = new Map(subForums.map((s) => [s.slug, s.id]));

  const sectors = await tx.agreementSector.createManyAndReturn({
    data: DEMO_SECTORS.map((s, i) => ({ ...s, forumId, position: i + 1 })),
    select: { id: true, slug: true },
  });
  const sectorIds = new Map(sectors.map((s) => [s.slug, s.id]));

  const sessions = await tx.programSession.createManyAndReturn({
    data: DEMO_SESSIONS.map((s) => ({
      forumId,
      slug: s.slug,
      type: s.type,
      subForumId: s.subForumSlug ? idOf(subForumIds, s.subForumSlug, "sub-forum") : null,
      roomId: s.roomSlug ? idOf(roomIds, s.roomSlug, "room") : null,
      titleEn: s.titleEn,
      titleZh: s.titleZh,
      titleRu: s.titleRu ?? null,
      titleFr: s.titleFr ?? null,
      abstractEn: s.abstractEn,
      abstractZh: s.abstractZh,
      abstractRu: s.abstractRu ?? null,
      abstractFr: s.abstractFr ?? null,
      ...sessionTimes(s),
      capacity: s.seats ?? null,
      seatBooking: s.seats !== undefined,
      isSample: s.isSample,
    })),
    select: { id: true, slug: true },
  });
  const sessionIds = new Map(sessions.map((s) => [s.slug, s.id]));
  await tx.sessionRole.createMany({
    data: DEMO_SESSIONS.flatMap((s) =>
      s.people.map(([personSlug, role], i) => ({
        sessionId: idOf(sessionIds, s.slug, "session"),
        personId: idOf(personIds, personSlug, "person"),
        role,
        position: i + 1,
      })),
    ),
  });
  log(`  ${rooms.length} rooms, ${subForums.length} sub-forums, ${sessions.length} sessions`);
  const showcases = await createDemoShowcases(tx, forumId, orgIds, sessionIds);
  log(`  ${showcases} showcases at the SOE promotion event`);

  // Agreements: signed one after the other during the ceremony, 2½ minutes apart.
  const signing = DEMO_SESSIONS.find((s) => s.type === "SIGNING");
  if (!signing) throw new Error("The demo program has no signing ceremony");
  const signingId = idOf(sessionIds, signing.slug, "session");
  const signingStart = forumTime(signing.day, signing.start).getTime();
  const createdAgreements = await tx.agreement.createManyAndReturn({
    data: agreements.map((a) => ({
      forumId,
      sectorId: idOf(sectorIds, a.sector, "sector"),
      titleEn: a.titleEn,
      titleZh: a.titleZh,
      summaryEn: a.summaryEn,
      summaryZh: a.summaryZh,
      valueMinor: a.valueMinor,
      currency: DEMO_FORUM.currency,
      status: AgreementStatus.SIGNED,
      visibility: Visibility.PUBLIC,
      signingSessionId: signingId,
      slot: a.slot,
      tableSlot: a.tableSlot,
      signedAt: new Date(signingStart + (5 * 60 + (a.slot - 1) * 150) * 1000),
      isSample: true,
    })),
    select: { id: true, slot: true },
  });
  const agreementIds = new Map(createdAgreements.map((a) => [String(a.slot), a.id]));
  await tx.agreementParty.createMany({
    data: agreements.flatMap((a) =>
      a.parties.map((p) => ({
        agreementId: idOf(agreementIds, String(a.slot), "agreement"),
        organizationId: idOf(orgIds, p.organizationSlug, "organization"),
        role: p.role,
        signatoryName: p.signatoryName,
        signatoryTitle: p.signatoryTitle,
        position: p.position,
      })),
    ),
  });
  log(`  ${createdAgreements.length} agreements`);
  await createConfidentialAgreement(tx, forumId, idOf(sectorIds, "smart-energy", "sector"), idOf(orgIds, "tianjin-municipal-government", "organization"), signingStart);
  log("  1 confidential agreement (never on public pages)");

  const createdDelegations = await tx.delegation.createManyAndReturn({
    data: delegations.map((d) => ({ forumId, name: d.name, countryCode: d.countryCode })),
    select: { id: true, name: true },
  });
  const delegationIds = new Map(createdDelegations.map((d) => [d.name, d.id]));
  const delegate = demoUser(users, Role.DELEGATE);
  const head = users.get(DEMO_HEAD_EMAIL);
  if (!head) throw new Error("Demo head of delegation missing");
  const accounts = [delegate.id, head.id];
  const rows = [demoDelegateParticipant(delegate.email), demoHeadParticipant(head.email), ...participants].map((p, i) =>
    participantRow(
      p,
      forumId,
      p.organizationSlug ? idOf(orgIds, p.organizationSlug, "organization") : null,
      p.delegationName ? idOf(delegationIds, p.delegationName, "delegation") : null,
      accounts[i] ?? null,
    ),
  );
  for (const batch of chunks(rows)) await tx.participant.createMany({ data: batch });
  // Each sample check-in is also the check-in of its day at the door (lib/checkin), in the forum's zone.
  await tx.$executeRaw`
    INSERT INTO "CheckIn" ("id", "forumId", "participantId", "day", "at")
    SELECT 'ci' || p."id", p."forumId", p."id", to_char((p."checkedInAt" AT TIME ZONE 'UTC') AT TIME ZONE f."timeZone", 'YYYY-MM-DD'), p."checkedInAt"
    FROM "Participant" p JOIN "Forum" f ON f."id" = p."forumId"
    WHERE p."forumId" = ${forumId} AND p."checkedInAt" IS NOT NULL`;
  // The demo head leads Uzbekistan's delegation instead of the sample head chosen for it.
  const heads = delegations
    .map((d) => (d.countryCode === "UZ" ? { ...d, headEmail: head.email } : d))
    .filter((d) => d.headEmail);
  const headIds = new Map(
    (await tx.participant.findMany({ where: { forumId, email: { in: heads.map((d) => d.headEmail as string) } }, select: { id: true, email: true } })).map((p) => [
      p.email,
      p.id,
    ]),
  );
  for (const d of heads) {
    await tx.delegation.update({
      where: { id: idOf(delegationIds, d.name, "delegation") },
      data: { headId: idOf(headIds, d.headEmail as string, "participant") },
    });
  }
  log(`  ${rows.length} participants, ${createdDelegations.length} delegations`);

  // Seats already taken by sample delegates: two small sessions one seat short of full, where the
  // demo (and the end-to-end tests) take the last seat and queue on the waitlist.
  const seated = await tx.participant.findMany({
    where: { forumId, status: "APPROVED", isSample: true, userId: null },
    orderBy: { email: "asc" },
    select: { id: true },
  });
  let seats = 0;
  for (const [slug, taken] of Object.entries(NEARLY_FULL_SESSIONS)) {
    const sessionId = idOf(sessionIds, slug, "session");
    const holders = seated.slice(0, taken);
    await tx.seat.createMany({ data: holders.map((p) => ({ sessionId, participantId: p.id, status: "CONFIRMED" as const, createdAt: RELEASE_PUBLISHED_AT })) });
    await tx.programSession.update({ where: { id: sessionId }, data: { seatsTaken: holders.length } });
    seats += holders.length;
  }
  log(`  ${seats} seats taken`);

  // Publish the program as release 1.
  const snapshot = await buildProgramSnapshot(tx, forumId);
  await tx.programRelease.create({
    data: {
      forumId,
      version: 1,
      comment: "Program published",
      changelog: initialChangelog(snapshot),
      snapshot: snapshotToJson(snapshot),
      publishedById: demoUser(users, Role.ORGANIZER).id,
      publishedAt: RELEASE_PUBLISHED_AT,
    },
  });
  await publishSeatSettingsAsIs(tx, forumId);
  await recordPublishedAddresses(tx, forumId, snapshot);
  log("  program release 1 published");
  return forumId;
}

const COMPANY_KINDS = [OrganizationKind.COMPANY, OrganizationKind.STATE_OWNED_ENTERPRISE];

/**
 * One agreement signed on the sidelines and kept confidential (invented): it shows organizers how
 * confidentiality works, and the public pages must never show its title, parties or value — only
 * that one confidential agreement is left out. Its company is party to nothing public. The 21
 * public agreements keep the published total.
 */
async function createConfidentialAgreement(tx: FactoryDb, forumId: string, sectorId: string, hostId: string, ceremonyStart: number): Promise<void> {
  const org = { nameEn: "Jinhai Strategic Data Reserve Co., Ltd.", nameZh: "津海战略数据储备有限公司", region: "Tianjin" };
  const company = await tx.organization.create({
    data: {
      ...org,
      slug: "jinhai-strategic-data-reserve",
      kind: OrganizationKind.STATE_OWNED_ENTERPRISE,
      countryCode: "CN",
      descriptionEn: "Keeps backup copies of public data for the city (sample data).",
      searchText: organizationSearchText(org),
      isSample: true,
    },
    select: { id: true },
  });
  await tx.agreement.create({
    data: {
      forumId,
      sectorId,
      titleEn: "Strategic Data Reserve Cooperation",
      titleZh: "战略数据储备合作项目",
      summaryEn: "A reserve of backup data centres for the city's public data (sample data, confidential).",
      valueMinor: 8_800_000_000n,
      currency: DEMO_FORUM.currency,
      status: AgreementStatus.SIGNED,
      visibility: Visibility.CONFIDENTIAL,
      signedAt: new Date(ceremonyStart - 30 * 60_000),
      isSample: true,
      parties: {
        create: [
          { organizationId: company.id, role: "Operator", signatoryName: "Zhao Ming", signatoryTitle: "General Manager", position: 0 },
          { organizationId: hostId, role: "Host city", signatoryName: "Sun Li", signatoryTitle: "Deputy Secretary-General", position: 1 },
        ],
      },
    },
  });
}

/** Counts read back from the database (the same on a first run and on a rerun). */
export async function summarize(db: PrismaClient, forumId: string): Promise<Omit<SeedSummary, "created" | "durationMs">> {
  const [forum, rooms, subForums, sessionsByType, people, organizations, companies, signers, agreementAgg] = await Promise.all([
    db.forum.findUniqueOrThrow({ where: { id: forumId }, select: { slug: true } }),
    db.room.count({ where: { forumId } }),
    db.subForum.findMany({ where: { forumId }, orderBy: { position: "asc" }, select: { slug: true, _count: { select: { sessions: true } } } }),
    db.programSession.groupBy({ by: ["type"], where: { forumId }, _count: { _all: true }, orderBy: { type: "asc" } }),
    db.person.count({ where: { sessions: { some: { session: { forumId } } } } }),
    db.organization.count(),
    db.organization.count({ where: { kind: { in: COMPANY_KINDS } } }),
    db.organization.count({ where: { kind: { in: COMPANY_KINDS }, parties: { some: { agreement: { forumId, visibility: Visibility.PUBLIC } } } } }),
    db.agreement.aggregate({ where: { forumId, visibility: Visibility.PUBLIC }, _count: { _all: true }, _sum: { valueMinor: true } }),
  ]);
  const [byStatus, byCategory, countries, delegations, checkedIn, demoUsers, releases] = await Promise.all([
    db.participant.groupBy({ by: ["status"], where: { forumId }, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.participant.groupBy({ by: ["category"], where: { forumId }, _count: { _all: true }, orderBy: { category: "asc" } }),
    db.participant.groupBy({ by: ["countryCode"], where: { forumId }, orderBy: { countryCode: "asc" } }),
    db.delegation.count({ where: { forumId } }),
    db.participant.count({ where: { forumId, checkedInAt: { not: null } } }),
    db.user.count({ where: { isDemo: true } }),
    db.programRelease.count({ where: { forumId } }),
  ]);

  const participantsByStatus = Object.fromEntries(Object.values(ParticipantStatus).map((s) => [s, 0])) as Record<ParticipantStatus, number>;
  for (const row of byStatus) participantsByStatus[row.status] = row._count._all;
  const participantsByCategory = Object.fromEntries(Object.values(ParticipantCategory).map((c) => [c, 0])) as Record<ParticipantCategory, number>;
  for (const row of byCategory) participantsByCategory[row.category] = row._count._all;

  return {
    forumId,
    forumSlug: forum.slug,
    rooms,
    subForums: subForums.length,
    sessions: sessionsByType.reduce((sum, row) => sum + row._count._all, 0),
    sessionsBySubForum: Object.fromEntries(subForums.map((s) => [s.slug, s._count.sessions])),
    sessionsByType: Object.fromEntries(sessionsByType.map((row) => [row.type, row._count._all])),
    people,
    organizations,
    companies,
    signingCompanies: signers,
    agreements: agreementAgg._count._all,
    agreementTotalMinor: agreementAgg._sum.valueMinor ?? 0n,
    participants: Object.values(participantsByStatus).reduce((a, b) => a + b, 0),
    participantsByStatus,
    participantsByCategory,
    participantCountries: countries.length,
    delegations,
    checkedIn,
    demoUsers,
    releases,
  };
}

/** A few lines for the terminal. */
export function formatSeedSummary(s: SeedSummary): string {
  const yuan = (minor: bigint) => `¥${(minor / 100n).toLocaleString("en-US")}.${String(minor % 100n).padStart(2, "0")}`;
  const pairs = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  return [
    `${s.created ? "Seeded" : "Already seeded:"} ${s.forumSlug} in ${(s.durationMs / 1000).toFixed(1)} s`,
    `  rooms ${s.rooms}, sub-forums ${s.subForums}, sessions ${s.sessions} (${pairs(s.sessionsByType)})`,
    `  sessions per sub-forum: ${pairs(s.sessionsBySubForum)}`,
    `  people on stage ${s.people}; organizations ${s.organizations} (companies ${s.companies})`,
    `  agreements ${s.agreements} worth ${yuan(s.agreementTotalMinor)}, signed by ${s.signingCompanies} companies`,
    `  participants ${s.participants} from ${s.participantCountries} countries, ${s.delegations} delegations, ${s.checkedIn} checked in`,
    `    by status: ${pairs(s.participantsByStatus)}`,
    `    by category: ${pairs(s.participantsByCategory)}`,
    `  program releases ${s.releases}; demo accounts ${s.demoUsers} (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`,
  ].join("\n");
}
