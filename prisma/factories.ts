// Factories shared by the seed and the tests: each creates one row with sensible defaults (unique
// slugs and e-mails), takes overrides, and returns the created row. Parents are created on demand
// when their id is not given (a session without forumId gets a fresh forum).
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { newBadgeCode, newCalendarKey } from "@/lib/participants/codes";
import { organizationSearchText } from "@/lib/organizations/search-text";
import { participantSearchText } from "@/lib/participants/search-text";
import { recordPublishedAddresses } from "@/lib/addresses/addresses";
import { buildProgramSnapshot, initialChangelog, snapshotToJson } from "@/lib/program/snapshot";
import {
  AgreementStatus,
  OrganizationKind,
  ParticipantCategory,
  ParticipantStatus,
  Role,
  SeatStatus,
  SessionRoleKind,
  SessionType,
  Visibility,
  type Agreement,
  type AgreementParty,
  type AgreementSector,
  type Delegation,
  type Forum,
  type Organization,
  type Participant,
  type Person,
  type Prisma,
  type ProgramSession,
  type Room,
  type Seat,
  type SessionRole,
  type SubForum,
  type User,
} from "@/lib/generated/prisma/client";

/** The client, or the `tx` of an interactive transaction. */
export type FactoryDb = Prisma.TransactionClient;

let counter = 0;
const run = randomBytes(3).toString("hex");
/** Unique across calls and across processes (parallel test workers share a database server). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${run}${counter.toString(36)}`;
}

export { newBadgeCode, newCalendarKey } from "@/lib/participants/codes";

/** The password of users created without one (hashed once per process: argon2 is slow on purpose). */
export const DEFAULT_TEST_PASSWORD = "test-password-2025";
let defaultHash: Promise<string> | undefined;
function defaultPasswordHash(): Promise<string> {
  defaultHash ??= hashPassword(DEFAULT_TEST_PASSWORD);
  return defaultHash;
}

type With<T, K extends keyof T> = Partial<T> & Pick<T, K>;

export async function createForum(db: FactoryDb, overrides: Partial<Prisma.ForumUncheckedCreateInput> = {}): Promise<Forum> {
  const s = uniqueSuffix();
  return db.forum.create({
    data: {
      slug: `forum-${s}`,
      acronym: `forum${s}-2025-test`,
      nameEn: `Test Forum ${s}`,
      themeEn: "Cooperation in the digital economy",
      venueEn: "Test Convention Center",
      cityEn: "Tianjin",
      startDate: new Date("2025-07-10"),
      endDate: new Date("2025-07-11"),
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      ...overrides,
    },
  });
}

async function forumIdOf(db: FactoryDb, forumId: string | undefined): Promise<string> {
  return forumId ?? (await createForum(db)).id;
}

export async function createRoom(db: FactoryDb, overrides: Partial<Prisma.RoomUncheckedCreateInput> = {}): Promise<Room> {
  const s = uniqueSuffix();
  const { forumId, ...rest } = overrides;
  return db.room.create({
    data: { slug: `room-${s}`, nameEn: `Room ${s}`, capacity: 100, ...rest, forumId: await forumIdOf(db, forumId) },
  });
}

export async function createSubForum(db: FactoryDb, overrides: Partial<Prisma.SubForumUncheckedCreateInput> = {}): Promise<SubForum> {
  const s = uniqueSuffix();
  const { forumId, ...rest } = overrides;
  return db.subForum.create({
    data: { slug: `sub-forum-${s}`, titleEn: `Sub-forum ${s}`, color: "#1d4ed8", position: 1, ...rest, forumId: await forumIdOf(db, forumId) },
  });
}

/** Defaults: a 90-minute SUBFORUM session at 09:00 Tianjin time on 10 July 2025 (01:00Z). */
export async function createProgramSession(
  db: FactoryDb,
  overrides: Partial<Prisma.ProgramSessionUncheckedCreateInput> = {},
): Promise<ProgramSession> {
  const s = uniqueSuffix();
  const { forumId, ...rest } = overrides;
  const startsAt = rest.startsAt ? new Date(rest.startsAt) : new Date("2025-07-10T01:00:00.000Z");
  return db.programSession.create({
    data: {
      slug: `session-${s}`,
      type: SessionType.SUBFORUM,
      titleEn: `Session ${s}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      // As if its seat settings were published already (only publishing sets them in the app):
      // pass publishedSeatBooking / publishedCapacity to test a draft that differs.
      publishedSeatBooking: rest.seatBooking ?? false,
      publishedCapacity: rest.capacity ?? null,
      ...rest,
      forumId: await forumIdOf(db, forumId),
    },
  });
}

export async function createOrganization(db: FactoryDb, overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {}): Promise<Organization> {
  const s = uniqueSuffix();
  const data = { slug: `organization-${s}`, nameEn: `Organization ${s} Co., Ltd.`, kind: OrganizationKind.COMPANY, countryCode: "CN", region: "Tianjin", ...overrides };
  return db.organization.create({ data: { searchText: organizationSearchText(data), ...data } });
}

export async function createPerson(db: FactoryDb, overrides: Partial<Prisma.PersonUncheckedCreateInput> = {}): Promise<Person> {
  const s = uniqueSuffix();
  return db.person.create({
    data: { slug: `person-${s}`, nameEn: `Person ${s}`, titleEn: "Director", countryCode: "CN", protocolRank: 50, ...overrides },
  });
}

/** Puts a person on a session's stage. */
export async function createSessionRole(
  db: FactoryDb,
  input: With<Prisma.SessionRoleUncheckedCreateInput, "sessionId" | "personId">,
): Promise<SessionRole> {
  return db.sessionRole.create({ data: { role: SessionRoleKind.SPEAKER, position: 1, ...input } });
}

/** `password` (plain) is hashed; without it the user gets DEFAULT_TEST_PASSWORD. */
export async function createUser(
  db: FactoryDb,
  overrides: Partial<Prisma.UserUncheckedCreateInput> & { password?: string } = {},
): Promise<User> {
  const s = uniqueSuffix();
  const { password, ...rest } = overrides;
  const passwordHash = rest.passwordHash ?? (password !== undefined ? await hashPassword(password) : await defaultPasswordHash());
  return db.user.create({
    data: { email: `user-${s}@test.concord.demo`, name: `User ${s}`, role: Role.DELEGATE, ...rest, passwordHash },
  });
}

export async function createDelegation(db: FactoryDb, overrides: Partial<Prisma.DelegationUncheckedCreateInput> = {}): Promise<Delegation> {
  const s = uniqueSuffix();
  const { forumId, ...rest } = overrides;
  return db.delegation.create({
    data: { name: `Delegation ${s}`, countryCode: "KZ", ...rest, forumId: await forumIdOf(db, forumId) },
  });
}

/** Defaults: an approved business delegate from China, with fresh badge code and calendar token. */
export async function createParticipant(db: FactoryDb, overrides: Partial<Prisma.ParticipantUncheckedCreateInput> = {}): Promise<Participant> {
  const s = uniqueSuffix();
  const { forumId, ...rest } = overrides;
  const data = {
    fullName: `Participant ${s}`,
    email: `participant-${s}@test.concord.demo`,
    category: ParticipantCategory.BUSINESS,
    status: ParticipantStatus.APPROVED,
    organizationName: "Test Company Co., Ltd.",
    jobTitle: "Manager",
    countryCode: "CN",
    badgeCode: newBadgeCode(),
    calendarKey: newCalendarKey(),
    consentDataAt: new Date("2025-06-15T02:00:00.000Z"),
    ...rest,
    forumId: await forumIdOf(db, forumId),
  };
  // Search text follows whatever the overrides set, as the app's own writes keep it.
  return db.participant.create({ data: { searchText: participantSearchText(data), ...data } });
}

export async function createSeat(db: FactoryDb, input: With<Prisma.SeatUncheckedCreateInput, "sessionId" | "participantId">): Promise<Seat> {
  return db.seat.create({ data: { status: SeatStatus.CONFIRMED, ...input } });
}

export async function createAgreementSector(db: FactoryDb, overrides: Partial<Prisma.AgreementSectorUncheckedCreateInput> = {}): Promise<AgreementSector> {
  const s = uniqueSuffix();
  const { forumId, ...rest } = overrides;
  return db.agreementSector.create({
    data: { slug: `sector-${s}`, nameEn: `Sector ${s}`, color: "#0f766e", ...rest, forumId: await forumIdOf(db, forumId) },
  });
}

export type PartyInput = Omit<Prisma.AgreementPartyUncheckedCreateWithoutAgreementInput, "position" | "signatoryName"> &
  Partial<Pick<Prisma.AgreementPartyUncheckedCreateWithoutAgreementInput, "position" | "signatoryName">>;

/**
 * Defaults: a signed public ¥10,000,000 agreement in a new sector of the forum, with no parties.
 * `parties` adds AgreementParty rows (position defaults to the order given).
 */
export async function createAgreement(
  db: FactoryDb,
  overrides: Partial<Prisma.AgreementUncheckedCreateInput> & { parties?: PartyInput[] } = {},
): Promise<Agreement & { parties: AgreementParty[] }> {
  const s = uniqueSuffix();
  const { forumId: givenForumId, sectorId: givenSectorId, parties = [], ...rest } = overrides;
  const forumId = await forumIdOf(db, givenForumId);
  const sectorId = givenSectorId ?? (await createAgreementSector(db, { forumId })).id;
  return db.agreement.create({
    data: {
      titleEn: `Agreement ${s}`,
      valueMinor: 1_000_000_000n,
      currency: "CNY",
      status: AgreementStatus.SIGNED,
      visibility: Visibility.PUBLIC,
      signedAt: new Date("2025-07-10T09:30:00.000Z"),
      ...rest,
      forumId,
      sectorId,
      parties: {
        create: parties.map((p, i) => ({ position: i + 1, signatoryName: `Signatory ${i + 1}`, ...p })),
      },
    },
    include: { parties: { orderBy: { position: "asc" } } },
  });
}

/**
 * Publishes the forum's program as it stands as the next release, without the publish checks (the
 * seed and the benchmarks do the same): for tests of what needs a published session.
 */
export async function publishForTests(db: FactoryDb, forumId: string): Promise<void> {
  const snapshot = await buildProgramSnapshot(db, forumId);
  const last = await db.programRelease.findFirst({ where: { forumId }, orderBy: { version: "desc" }, select: { version: true } });
  await db.programRelease.create({
    data: { forumId, version: (last?.version ?? 0) + 1, comment: "Published for a test", changelog: initialChangelog(snapshot), snapshot: snapshotToJson(snapshot) },
  });
  await publishSeatSettingsAsIs(db, forumId);
  await recordPublishedAddresses(db, forumId, snapshot);
}

/**
 * Puts the working copy's seat settings into effect as published, for a release made of the
 * working copy as it stands (the seed's, publishForTests'): what lib/seats/release.ts does when
 * publishing, without its checks and promotions.
 */
export async function publishSeatSettingsAsIs(db: FactoryDb, forumId: string): Promise<void> {
  await db.$executeRaw`UPDATE "ProgramSession" SET "publishedCapacity" = "capacity", "publishedSeatBooking" = "seatBooking" WHERE "forumId" = ${forumId}`;
}
