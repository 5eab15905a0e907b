import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { minorToDecimal } from "@/lib/money/money";
import { formatDateTime } from "@/lib/time/format";
import { toLocal } from "@/lib/time/zone";
import type { AgreementInput, AgreementListQuery } from "./schemas";
import { DEFAULT_CURRENCY } from "./schemas";

// Reads for the organizer console: confidential agreements included (never use these for public pages).

export type AgreementFilters = Pick<AgreementListQuery, "status" | "visibility" | "sector">;

function where(forumId: string, f: AgreementFilters = {}): Prisma.AgreementWhereInput {
  return {
    forumId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.visibility ? { visibility: f.visibility } : {}),
    ...(f.sector ? { sector: { slug: f.sector } } : {}),
  };
}

/** The forum's agreements for organizers (confidential ones included), filtered, in run-sheet order. */
export async function listAgreementsForConsole(forumId: string, filters: AgreementFilters = {}) {
  return db.agreement.findMany({
    where: where(forumId, filters),
    orderBy: [{ slot: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true,
      valueMinor: true,
      currency: true,
      status: true,
      visibility: true,
      signedAt: true,
      slot: true,
      isSample: true,
      signingSession: { select: { titleEn: true } },
      sector: { select: { nameEn: true, color: true } },
      parties: { orderBy: { position: "asc" }, select: { organization: { select: { nameEn: true } } } },
    },
  });
}

export type MoneyTotal = { currency: string; minor: bigint };
export type DashboardRow = { count: number; totals: MoneyTotal[] };

/** Adds one group's sum to a row's per-currency totals, never mixing currencies. */
function add(row: DashboardRow, count: number, currency: string, minor: bigint) {
  row.count += count;
  const total = row.totals.find((t) => t.currency === currency);
  if (total) total.minor += minor;
  else row.totals.push({ currency, minor });
}

const sortTotals = (row: DashboardRow) => row.totals.sort((a, b) => (a.currency === DEFAULT_CURRENCY ? -1 : b.currency === DEFAULT_CURRENCY ? 1 : a.currency.localeCompare(b.currency)));

/**
 * Counts and exact totals of a forum's agreements by status, and by sector (cancelled ones left
 * out of the sectors), each total per currency: amounts in different currencies are never added.
 * Sums are done by the database on bigint minor units.
 */
export async function agreementDashboard(forumId: string) {
  const [groups, sectors] = await Promise.all([
    db.agreement.groupBy({ by: ["status", "sectorId", "currency"], where: { forumId }, _count: { _all: true }, _sum: { valueMinor: true } }),
    db.agreementSector.findMany({ where: { forumId }, orderBy: [{ position: "asc" }, { nameEn: "asc" }], select: { id: true, slug: true, nameEn: true, color: true } }),
  ]);
  const statuses: AgreementStatus[] = ["PLANNED", "SIGNED", "CANCELLED"];
  const byStatus = new Map<AgreementStatus, DashboardRow>(statuses.map((s) => [s, { count: 0, totals: [] }]));
  const bySector = new Map<string, DashboardRow>(sectors.map((s) => [s.id, { count: 0, totals: [] }]));
  const active: DashboardRow = { count: 0, totals: [] };
  for (const g of groups) {
    const minor = g._sum.valueMinor ?? 0n;
    add(byStatus.get(g.status) as DashboardRow, g._count._all, g.currency, minor);
    if (g.status === "CANCELLED") continue;
    add(active, g._count._all, g.currency, minor);
    const sector = bySector.get(g.sectorId);
    if (sector) add(sector, g._count._all, g.currency, minor);
  }
  for (const row of [...byStatus.values(), ...bySector.values(), active]) sortTotals(row);
  return {
    /** Planned and signed together. */
    active,
    byStatus: statuses.map((status) => ({ status, ...(byStatus.get(status) as DashboardRow) })),
    bySector: sectors.map((s) => ({ sector: s, ...(bySector.get(s.id) as DashboardRow) })),
  };
}

export async function listSectors(forumId: string) {
  return db.agreementSector.findMany({
    where: { forumId },
    orderBy: [{ position: "asc" }, { nameEn: "asc" }],
    select: { id: true, slug: true, nameEn: true, nameZh: true, nameRu: true, nameFr: true, color: true, position: true, _count: { select: { agreements: true } } },
  });
}

/**
 * Organizations a party can be chosen from, with a label that tells same-named ones apart.
 * A forum deals with a few hundred organizations: they fit one datalist, which the browser filters
 * as the organizer types (the hint carries the Chinese name, region and country). Thousands would
 * call for a server-side search (lib/organizations/queries.ts has one).
 */
export async function listOrganizationOptions() {
  const orgs = await db.organization.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, slug: true, nameEn: true, nameZh: true, countryCode: true, region: true } });
  const counts = new Map<string, number>();
  for (const o of orgs) counts.set(o.nameEn, (counts.get(o.nameEn) ?? 0) + 1);
  return orgs.map((o) => ({
    id: o.id,
    slug: o.slug,
    label: (counts.get(o.nameEn) ?? 0) > 1 ? `${o.nameEn} (${o.slug})` : o.nameEn,
    hint: [o.nameZh, o.region, o.countryCode].filter(Boolean).join(" · "),
  }));
}
export type OrganizationOption = Awaited<ReturnType<typeof listOrganizationOptions>>[number];

/** The form's starting values for an agreement of the forum, or null. */
export async function getAgreementForm(
  forumId: string,
  id: string,
  timeZone: string,
): Promise<{ values: AgreementInput; titleEn: string; status: AgreementStatus; /** updatedAt, sent back with the form */ version: string } | null> {
  const a = await db.agreement.findFirst({
    where: { id, forumId },
    select: {
      titleEn: true, titleZh: true, titleRu: true, titleFr: true,
      summaryEn: true, summaryZh: true, summaryRu: true, summaryFr: true,
      sectorId: true, valueMinor: true, currency: true, status: true, visibility: true,
      signingSessionId: true, slot: true, tableSlot: true, signedAt: true, updatedAt: true,
      parties: { orderBy: { position: "asc" }, select: { organizationId: true, role: true, signatoryName: true, signatoryTitle: true } },
    },
  });
  if (!a) return null;
  return {
    titleEn: a.titleEn,
    status: a.status,
    version: a.updatedAt.toISOString(),
    values: {
      titleEn: a.titleEn,
      titleZh: a.titleZh ?? "",
      titleRu: a.titleRu ?? "",
      titleFr: a.titleFr ?? "",
      summaryEn: a.summaryEn,
      summaryZh: a.summaryZh ?? "",
      summaryRu: a.summaryRu ?? "",
      summaryFr: a.summaryFr ?? "",
      sectorId: a.sectorId,
      value: minorToDecimal(a.valueMinor, a.currency),
      currency: a.currency,
      status: a.status,
      visibility: a.visibility,
      signingSessionId: a.signingSessionId ?? "",
      slot: a.slot === null ? "" : a.slot,
      tableSlot: a.tableSlot ?? "",
      signedAt: a.signedAt ? toLocal(a.signedAt, timeZone) : "",
      parties: a.parties,
    },
  };
}

/** A new agreement's form: planned, public, in the forum's currency, with two empty parties. */
export function newAgreementForm(currency: string, sectorId: string, signingSessionId: string | null): AgreementInput {
  const party = { organizationId: "", role: "", signatoryName: "", signatoryTitle: "" };
  return {
    titleEn: "", titleZh: "", titleRu: "", titleFr: "",
    summaryEn: "", summaryZh: "", summaryRu: "", summaryFr: "",
    sectorId,
    value: "",
    currency,
    status: "PLANNED",
    visibility: "PUBLIC",
    signingSessionId: signingSessionId ?? "",
    slot: "",
    tableSlot: "",
    signedAt: "",
    parties: [{ ...party, role: "Party A" }, { ...party, role: "Party B" }],
  };
}

/** What the agreement form chooses from: sectors, the forum's signing ceremonies, organizations. */
export async function getAgreementFormOptions(forumId: string, timeZone: string, locale: string) {
  const [sectors, sessions, organizations] = await Promise.all([
    db.agreementSector.findMany({ where: { forumId }, orderBy: [{ position: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true } }),
    db.programSession.findMany({ where: { forumId, type: "SIGNING", deletedAt: null }, orderBy: { startsAt: "asc" }, select: { id: true, titleEn: true, startsAt: true } }),
    listOrganizationOptions(),
  ]);
  return {
    sectors,
    sessions: sessions.map((s) => ({ id: s.id, label: `${s.titleEn} (${formatDateTime(s.startsAt, timeZone, locale, "medium")})` })),
    organizations: organizations.map(({ id, label, hint }) => ({ id, label, hint })),
  };
}
