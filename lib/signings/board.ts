import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRegionKey, regionKey, UNSPECIFIED_REGION } from "./regions";

// The public signings board: what anyone may read about the agreements signed at a forum.
//
// Only SIGNED + PUBLIC agreements are ever selected; of confidential ones the board loads nothing
// but their number (forum-wide, never narrowed by a filter, which would tell their sector or the
// regions of their parties). Values stay BigInt minor units per currency: never floats, never
// converted. The headline is the forum's own currency; others are listed apart.
//
// Regions: a party counts for its province inside China, for its country abroad. An agreement's
// value is shared among its parties in equal parts ("fractional counting", as co-authored papers
// are shared among countries), exact to the minor unit: the first parties (by position) take the
// remainder, one unit each. So the per-region totals add up to the headline exactly, and a region
// gets credit for every deal it signed, not only those it led. The number of agreements per region
// counts each agreement once for every region it involves (so these counts do not add up), and
// the region filter keeps the agreements with at least one party from that region.

export type Money = { currency: string; valueMinor: bigint };

export type LocalizedName = { nameEn: string; nameZh: string | null; nameRu: string | null; nameFr: string | null };

export type BoardSector = LocalizedName & { slug: string; color: string };

export type BoardParty = {
  role: string;
  signatoryName: string;
  signatoryTitle: string;
  organization: LocalizedName & { slug: string; countryCode: string; region: string | null; isSample: boolean };
};

export type BoardAgreement = {
  id: string;
  titleEn: string;
  titleZh: string | null;
  titleRu: string | null;
  titleFr: string | null;
  summaryEn: string;
  summaryZh: string | null;
  summaryRu: string | null;
  summaryFr: string | null;
  valueMinor: bigint;
  currency: string;
  signedAt: Date | null;
  isSample: boolean;
  sector: BoardSector;
  parties: BoardParty[];
};

export type SectorTotal = { sector: BoardSector; agreements: number; totals: Money[] };

export type RegionTotal = {
  /** See `regionKey`; UNSPECIFIED_REGION for agreements without parties. */
  key: string;
  /** Agreements with at least one party from the region. */
  agreements: number;
  /** Distinct organizations from the region among the parties. */
  organizations: number;
  /** The region's equal shares of the agreements' values: these add up to the board's totals. */
  totals: Money[];
};

export type SigningsFilters = { sector?: string | null; region?: string | null };

export type SigningsBoard = {
  /** The headline currency: the forum's own. */
  currency: string;
  /** The filters that matched something the board knows (others were ignored). */
  filters: { sector: string | null; region: string | null };
  agreements: number;
  organizations: number;
  /** Exact totals per currency: the headline currency first (always present), then the others by code. */
  totals: Money[];
  bySector: SectorTotal[];
  byRegion: RegionTotal[];
  list: BoardAgreement[];
  /** Signed confidential agreements of the forum left out (whatever the filters). */
  confidential: number;
  /** What the filter menus offer: every sector of the forum, the regions of public signed agreements' parties. */
  options: { sectors: BoardSector[]; regions: string[] };
};

const nameSelect = { nameEn: true, nameZh: true, nameRu: true, nameFr: true } as const;
const sectorSelect = { slug: true, color: true, ...nameSelect } as const;

const agreementSelect = {
  id: true,
  titleEn: true, titleZh: true, titleRu: true, titleFr: true,
  summaryEn: true, summaryZh: true, summaryRu: true, summaryFr: true,
  valueMinor: true,
  currency: true,
  signedAt: true,
  isSample: true,
  sector: { select: sectorSelect },
  parties: {
    orderBy: [{ position: "asc" as const }, { id: "asc" as const }],
    select: {
      role: true,
      signatoryName: true,
      signatoryTitle: true,
      organization: { select: { slug: true, countryCode: true, region: true, isSample: true, ...nameSelect } },
    },
  },
} satisfies Prisma.AgreementSelect;

/** The one condition every public read of agreements starts from. */
const publicSigned = (forumId: string) => ({ forumId, status: "SIGNED", visibility: "PUBLIC" }) as const;

/** Where-clause for "at least one party from this region". */
function regionWhere(key: string) {
  const parts = parseRegionKey(key);
  if (!parts) return null;
  return { parties: { some: { organization: { countryCode: parts.countryCode, ...(parts.countryCode === "CN" ? { region: parts.region } : {}) } } } };
}

/** Splits `value` into `n` parts differing by at most one minor unit, the larger first; they add up to `value`. */
export function shareEqually(value: bigint, n: number): bigint[] {
  if (n <= 0) return [];
  const count = BigInt(n);
  const base = value / count; // truncates toward zero, so the remainder has the sign of `value`
  const remainder = value - base * count;
  const step = remainder < 0n ? -1n : 1n;
  const extra = Number(remainder < 0n ? -remainder : remainder);
  return Array.from({ length: n }, (_, i) => (i < extra ? base + step : base));
}

class Purse {
  private readonly sums = new Map<string, bigint>();
  add(currency: string, value: bigint): void {
    this.sums.set(currency, (this.sums.get(currency) ?? 0n) + value);
  }
  /** `headline` first (when given, even at zero), then the others by code. */
  list(headline?: string): Money[] {
    const others = [...this.sums].filter(([c]) => c !== headline).sort(([a], [b]) => a.localeCompare(b));
    const first = headline === undefined ? [] : [{ currency: headline, valueMinor: this.sums.get(headline) ?? 0n }];
    return [...first, ...others.map(([currency, valueMinor]) => ({ currency, valueMinor }))];
  }
}

/** The filters the board knows (a sector slug of the forum, a region among the options); others become null. */
export function pickFilters(options: Pick<SigningsBoard["options"], "sectors" | "regions">, filters: SigningsFilters): SigningsBoard["filters"] {
  const sector = options.sectors.find((s) => s.slug === filters.sector)?.slug ?? null;
  const region = options.regions.find((r) => r === filters.region) ?? null;
  return { sector, region };
}

/**
 * The board of a forum, optionally narrowed to one sector (slug) and one region (key). Unknown
 * filter values are ignored, never an error. Reads the database directly: pages go through
 * `getCachedSigningsBoard` (lib/signings/cache.ts).
 */
export async function getSigningsBoard(forumId: string, filters: SigningsFilters = {}): Promise<SigningsBoard> {
  const [forum, sectors, partyPlaces, confidential] = await Promise.all([
    db.forum.findUnique({ where: { id: forumId }, select: { currency: true } }),
    db.agreementSector.findMany({ where: { forumId }, orderBy: [{ position: "asc" }, { nameEn: "asc" }], select: sectorSelect }),
    // The regions the filter offers: those of parties to public signed agreements only.
    db.organization.findMany({
      where: { parties: { some: { agreement: publicSigned(forumId) } } },
      distinct: ["countryCode", "region"],
      select: { countryCode: true, region: true },
    }),
    db.agreement.count({ where: { forumId, status: "SIGNED", visibility: "CONFIDENTIAL" } }),
  ]);
  const currency = forum?.currency ?? "CNY";
  const regions = [...new Set(partyPlaces.map((o) => regionKey(o.countryCode, o.region)))].sort();

  const { sector, region } = pickFilters({ sectors, regions }, filters);
  const inRegion = region ? regionWhere(region) : null;

  const list: BoardAgreement[] = await db.agreement.findMany({
    where: { ...publicSigned(forumId), ...(sector ? { sector: { slug: sector } } : {}), ...(inRegion ?? {}) },
    orderBy: [{ signedAt: { sort: "asc", nulls: "last" } }, { slot: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: agreementSelect,
  });

  const totals = new Purse();
  const bySector = new Map(sectors.map((s) => [s.slug, { agreements: 0, purse: new Purse() }]));
  const byRegion = new Map<string, { agreements: number; organizations: Set<string>; purse: Purse }>();
  const regionOf = (key: string) => {
    let entry = byRegion.get(key);
    if (!entry) byRegion.set(key, (entry = { agreements: 0, organizations: new Set(), purse: new Purse() }));
    return entry;
  };
  const organizations = new Set<string>();

  for (const a of list) {
    totals.add(a.currency, a.valueMinor);
    const s = bySector.get(a.sector.slug);
    if (s) {
      s.agreements += 1;
      s.purse.add(a.currency, a.valueMinor);
    }
    if (a.parties.length === 0) {
      const r = regionOf(UNSPECIFIED_REGION);
      r.agreements += 1;
      r.purse.add(a.currency, a.valueMinor);
      continue;
    }
    const shares = shareEqually(a.valueMinor, a.parties.length);
    const involved = new Set<string>();
    a.parties.forEach((p, i) => {
      const key = regionKey(p.organization.countryCode, p.organization.region);
      const r = regionOf(key);
      r.purse.add(a.currency, shares[i] ?? 0n);
      r.organizations.add(p.organization.slug);
      organizations.add(p.organization.slug);
      involved.add(key);
    });
    for (const key of involved) regionOf(key).agreements += 1;
  }

  const headlineOf = (money: Money[]) => money.find((m) => m.currency === currency)?.valueMinor ?? 0n;
  const regionTotals = [...byRegion].map(([key, r]) => ({ key, agreements: r.agreements, organizations: r.organizations.size, totals: r.purse.list(currency) }));
  // Largest share first; ties by number of agreements, then key, so the order is stable.
  regionTotals.sort((a, b) => {
    const byValue = headlineOf(b.totals) - headlineOf(a.totals);
    return byValue !== 0n ? (byValue > 0n ? 1 : -1) : b.agreements - a.agreements || a.key.localeCompare(b.key);
  });

  return {
    currency,
    filters: { sector, region },
    agreements: list.length,
    organizations: organizations.size,
    totals: totals.list(currency),
    bySector: sectors.map((s) => {
      const entry = bySector.get(s.slug);
      return { sector: s, agreements: entry?.agreements ?? 0, totals: entry?.purse.list(currency) ?? [{ currency, valueMinor: 0n }] };
    }),
    byRegion: regionTotals,
    list,
    confidential,
    options: { sectors, regions },
  };
}

// ---- The board in Next's data cache: JSON, so BigInt travels as a decimal string. ----

type Jsonify<T> = T extends bigint ? string : T extends Date ? string : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;

export type CachedSigningsBoard = Jsonify<SigningsBoard>;

/** The board as plain JSON: BigInt → decimal string, Date → ISO string. */
export function boardToJson(board: SigningsBoard): CachedSigningsBoard {
  return JSON.parse(JSON.stringify(board, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))) as CachedSigningsBoard;
}

const money = (m: Jsonify<Money>): Money => ({ currency: m.currency, valueMinor: BigInt(m.valueMinor) });

/** The inverse of `boardToJson`. */
export function boardFromJson(json: CachedSigningsBoard): SigningsBoard {
  return {
    ...json,
    totals: json.totals.map(money),
    bySector: json.bySector.map((s) => ({ ...s, totals: s.totals.map(money) })),
    byRegion: json.byRegion.map((r) => ({ ...r, totals: r.totals.map(money) })),
    list: json.list.map((a) => ({ ...a, valueMinor: BigInt(a.valueMinor), signedAt: a.signedAt === null ? null : new Date(a.signedAt) })),
  };
}
