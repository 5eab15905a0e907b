// About 1,600 invented registrations (isSample): mostly China, then every SCO member, observer and
// dialogue partner; mostly approved (over 1,500 guests, as reported), some pending, a few rejected
// or cancelled. Deterministic apart from the secrets (badge codes, calendar tokens), which the
// writer draws from crypto.randomBytes.
import { Locale, ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { countryInSentence, countryName, delegationName } from "./countries";
import { inventName } from "./names";
import type { OrganizationSpec } from "./organizations";
import { Rng } from "./random";
import { emailPart } from "./text";

export const SAMPLE_EMAIL_DOMAIN = "sample.concord.demo";

/** Registrations per country (1,598 generated + the demo delegate and head of delegation = 1,600). */
const COUNTRY_COUNTS: Record<string, number> = {
  CN: 965, RU: 90, KZ: 80, UZ: 69, PK: 55, IN: 50, KG: 45, TJ: 40, IR: 40, BY: 40, MN: 15, AF: 5,
  TR: 12, AZ: 10, EG: 10, AM: 8, KH: 8, AE: 8, SA: 8, MM: 6, NP: 6, LA: 6, LK: 6, QA: 5, BH: 4, KW: 4, MV: 3,
};

/** Exact status counts of the generated registrations (the two demo accounts add two APPROVED). */
const STATUS_COUNTS: Record<ParticipantStatus, number> = { APPROVED: 1510, PENDING: 52, REJECTED: 12, CANCELLED: 24 };

const REJECTION_REASONS = [
  "Registration incomplete: no organization given.",
  "Duplicate of an earlier registration.",
  "Received after the registration deadline.",
  "Affiliation could not be verified.",
  "This category is full.",
];

const { GOVERNMENT, BUSINESS, ACADEMIA, THINK_TANK, MEDIA, OTHER } = ParticipantCategory;

const CATEGORY_WEIGHTS = {
  china: [[BUSINESS, 45], [GOVERNMENT, 17], [ACADEMIA, 15], [THINK_TANK, 8], [MEDIA, 9], [OTHER, 6]],
  abroad: [[GOVERNMENT, 30], [BUSINESS, 38], [ACADEMIA, 14], [THINK_TANK, 8], [MEDIA, 6], [OTHER, 4]],
} as const satisfies Record<string, readonly (readonly [ParticipantCategory, number])[]>;

/** Home regions of Chinese delegates. */
const CHINESE_REGIONS = [
  ["Tianjin", 35], ["Beijing", 20], ["Zhejiang", 12], ["Henan", 10], ["Shanghai", 4], ["Guangdong", 4], ["Jiangsu", 3],
  ["Hebei", 3], ["Sichuan", 2], ["Shaanxi", 2], ["Hubei", 2], ["Shandong", 2], ["Xinjiang", 1],
] as const;

/** Chinese provinces that send their own delegation. */
const PROVINCIAL_DELEGATIONS: Record<string, string> = {
  Zhejiang: "Zhejiang Provincial Delegation",
  Henan: "Henan Provincial Delegation",
};

type Titles = Record<ParticipantCategory, readonly string[]>;

const JOB_TITLES: { en: Titles; zh: Titles; ru: Titles } = {
  en: {
    BUSINESS: ["Chief Executive Officer", "General Manager", "Vice President", "Head of International Business", "Chief Technology Officer", "Business Development Manager", "Project Manager", "Chief Data Officer", "Sales Director", "Product Manager"],
    GOVERNMENT: ["Director", "Deputy Director", "Counsellor", "First Secretary", "Senior Official", "Head of Division", "Adviser"],
    ACADEMIA: ["Professor", "Associate Professor", "Lecturer", "Researcher", "Dean", "PhD candidate"],
    THINK_TANK: ["Senior Fellow", "Research Fellow", "Director of Studies", "Analyst"],
    MEDIA: ["Journalist", "Correspondent", "Editor", "Photographer", "Producer"],
    OTHER: ["Consultant", "Interpreter", "Student volunteer", "Independent expert"],
  },
  zh: {
    BUSINESS: ["总经理", "副总经理", "董事长", "首席技术官", "国际业务部总监", "项目经理", "市场总监", "数据总监", "产品经理", "销售经理"],
    GOVERNMENT: ["处长", "副处长", "副局长", "一级主任科员", "调研员", "科长"],
    ACADEMIA: ["教授", "副教授", "讲师", "研究员", "博士研究生", "院长"],
    THINK_TANK: ["高级研究员", "研究员", "研究所所长", "分析师"],
    MEDIA: ["记者", "编辑", "摄影记者", "制片人", "主编"],
    OTHER: ["顾问", "翻译", "学生志愿者", "独立专家"],
  },
  ru: {
    BUSINESS: ["Генеральный директор", "Заместитель генерального директора", "Директор по развитию", "Технический директор", "Руководитель проекта", "Менеджер по международным связям"],
    GOVERNMENT: ["Директор департамента", "Заместитель директора", "Советник", "Главный специалист", "Начальник управления"],
    ACADEMIA: ["Профессор", "Доцент", "Научный сотрудник", "Декан", "Аспирант"],
    THINK_TANK: ["Ведущий научный сотрудник", "Аналитик", "Руководитель направления"],
    MEDIA: ["Журналист", "Корреспондент", "Редактор", "Фотограф"],
    OTHER: ["Консультант", "Переводчик", "Независимый эксперт"],
  },
};

/** Organizations typed at registration that are not (yet) linked to an Organization row. */
const CHINESE_TYPED: Partial<Record<ParticipantCategory, readonly string[]>> = {
  GOVERNMENT: ["天津市工业和信息化局", "天津市商务局", "北京市经济和信息化局", "浙江省发展和改革委员会", "河南省工业和信息化厅", "天津市滨海新区人民政府", "天津港保税区管理委员会", "上海市数据局"],
  ACADEMIA: ["天津数据科学研究院", "华北计算技术研究所", "海河实验室", "中原智能研究院"],
  THINK_TANK: ["上合组织经济研究所", "数字丝路研究院"],
  MEDIA: ["海河传媒", "津门日报", "数字经济周刊", "丝路财经"],
  OTHER: ["天津市外事服务中心", "个人", "论坛志愿者服务队"],
};

const CAPITALS: Record<string, string> = {
  RU: "Moscow", KZ: "Astana", KG: "Bishkek", TJ: "Dushanbe", UZ: "Tashkent", PK: "Islamabad", IN: "New Delhi", IR: "Tehran", BY: "Minsk",
  MN: "Ulaanbaatar", AF: "Kabul", AZ: "Baku", AM: "Yerevan", BH: "Manama", EG: "Cairo", KH: "Phnom Penh", QA: "Doha", KW: "Kuwait City",
  MV: "Malé", MM: "Yangon", NP: "Kathmandu", AE: "Dubai", SA: "Riyadh", TR: "Istanbul", LK: "Colombo", LA: "Vientiane",
};

const LEGAL_SUFFIX: Record<string, string> = { KZ: "LLP", PK: "(Pvt) Ltd", IN: "Pvt Ltd", IR: "Co.", RU: "LLC", BY: "LLC", UZ: "LLC", KG: "LLC", TJ: "LLC", TR: "A.Ş.", EG: "S.A.E." };
const COMPANY_WORDS = ["Digital", "Data", "Cloud", "Tech", "Systems", "Networks", "Analytics", "Solutions", "Logistics", "Energy", "Trade", "Robotics"];

function foreignTypedOrganization(rng: Rng, countryCode: string, category: ParticipantCategory): string {
  // "of the United Arab Emirates", but "United Arab Emirates Television".
  const country = countryInSentence(countryCode);
  const name = countryName(countryCode);
  const city = CAPITALS[countryCode] ?? name;
  switch (category) {
    case BUSINESS: {
      const [a, b] = rng.shuffle(COMPANY_WORDS);
      return `${city} ${a} ${b} ${LEGAL_SUFFIX[countryCode] ?? "Ltd"}`;
    }
    case GOVERNMENT:
      return rng.pick([`Embassy of ${country} in China`, `Ministry of Economy of ${country}`, `Chamber of Commerce and Industry of ${country}`, `Investment Promotion Agency of ${country}`]);
    case ACADEMIA:
      return rng.pick([`${city} State University`, `${city} Technical University`, `National University of ${country}`]);
    case THINK_TANK:
      return rng.pick([`${name} Institute for Strategic Studies`, `${city} Center for Economic Research`]);
    case MEDIA:
      return rng.pick([`${name} National News Agency`, `${city} Business Daily`, `${name} Television`]);
    default:
      return rng.pick(["Independent consultant", `${name}–China Business Council`, "Interpreter"]);
  }
}

const ORG_KIND_FOR: Record<ParticipantCategory, readonly OrganizationSpec["kind"][]> = {
  BUSINESS: ["COMPANY", "STATE_OWNED_ENTERPRISE"],
  GOVERNMENT: ["GOVERNMENT"],
  ACADEMIA: ["UNIVERSITY"],
  THINK_TANK: ["THINK_TANK"],
  MEDIA: ["MEDIA"],
  OTHER: [],
};

export type DelegationSpec = { name: string; countryCode: string; headEmail: string | null };

export type ParticipantSpec = {
  email: string;
  fullName: string;
  latinName: string | null;
  category: ParticipantCategory;
  status: ParticipantStatus;
  rejectionReason: string | null;
  organizationSlug: string | null;
  organizationName: string;
  jobTitle: string;
  countryCode: string;
  delegationName: string | null;
  preferredLocale: Locale;
  registeredAt: Date;
  emailConfirmedAt: Date | null;
  checkedInAt: Date | null;
  consentPublicList: boolean;
};

function localeFor(rng: Rng, countryCode: string): Locale {
  switch (countryCode) {
    case "CN":
      return rng.chance(0.95) ? Locale.ZH : Locale.EN;
    case "RU":
    case "BY":
      return rng.chance(0.85) ? Locale.RU : Locale.EN;
    case "KZ":
    case "KG":
    case "TJ":
      return rng.chance(0.6) ? Locale.RU : Locale.EN;
    case "UZ":
      return rng.chance(0.4) ? Locale.RU : Locale.EN;
    case "KH":
    case "LA":
    case "EG":
      return rng.chance(0.2) ? Locale.FR : Locale.EN;
    default:
      return Locale.EN;
  }
}

/** A moment in June 2025 (registration opened 1 June, closed 30 June), in UTC. */
function juneMoment(rng: Rng): Date {
  return new Date(Date.UTC(2025, 5, rng.int(1, 30), rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)));
}

/** Door check-in, 07:45–09:15 in Tianjin on day 1 (mostly) or day 2. */
function checkInMoment(rng: Rng): Date {
  const day = rng.chance(0.8) ? 10 : 11;
  return new Date(Date.UTC(2025, 6, day, 0, 0) - 15 * 60_000 + rng.int(0, 90 * 60) * 1000);
}

export type ParticipantPlan = { participants: ParticipantSpec[]; delegations: DelegationSpec[] };

/** The demo delegate's own registration (linked to delegate@concord.demo by the writer). */
export function demoDelegateParticipant(email: string): ParticipantSpec {
  return {
    email,
    fullName: "Айгерим Сапарова",
    latinName: "Aigerim Saparova",
    category: BUSINESS,
    status: ParticipantStatus.APPROVED,
    rejectionReason: null,
    organizationSlug: "astana-digital-solutions",
    organizationName: "Astana Digital Solutions LLP",
    jobTitle: "Head of International Business",
    countryCode: "KZ",
    delegationName: delegationName("KZ"),
    preferredLocale: Locale.EN,
    registeredAt: new Date("2025-06-12T06:30:00Z"),
    emailConfirmedAt: new Date("2025-06-12T06:34:00Z"),
    checkedInAt: null,
    consentPublicList: true,
  };
}

/** The demo head of delegation: a government delegate heading Uzbekistan's delegation. */
export function demoHeadParticipant(email: string): ParticipantSpec {
  return {
    email,
    fullName: "Дилшод Рахимов",
    latinName: "Dilshod Rakhimov",
    category: GOVERNMENT,
    status: ParticipantStatus.APPROVED,
    rejectionReason: null,
    organizationSlug: null,
    organizationName: "Ministry of Digital Technologies of the Republic of Uzbekistan",
    jobTitle: "Deputy Minister",
    countryCode: "UZ",
    delegationName: delegationName("UZ"),
    preferredLocale: Locale.RU,
    registeredAt: new Date("2025-06-10T04:00:00Z"),
    emailConfirmedAt: new Date("2025-06-10T04:05:00Z"),
    checkedInAt: null,
    consentPublicList: true,
  };
}

/** Builds the sample registrations and their delegations (deterministic). */
export function buildParticipants(organizations: readonly OrganizationSpec[]): ParticipantPlan {
  const rng = new Rng(1500);
  const countries = Object.entries(COUNTRY_COUNTS).flatMap(([code, n]) => Array.from({ length: n }, () => code));
  const statuses = rng.shuffle(
    (Object.entries(STATUS_COUNTS) as [ParticipantStatus, number][]).flatMap(([status, n]) => Array.from({ length: n }, () => status)),
  );
  if (statuses.length !== countries.length) throw new Error(`Status counts (${statuses.length}) ≠ country counts (${countries.length})`);
  const order = rng.shuffle(countries.map((_, i) => i));

  const participants: ParticipantSpec[] = order.map((countryIndex, i) => {
    const countryCode = countries[countryIndex] as string;
    const china = countryCode === "CN";
    const status = statuses[i] as ParticipantStatus;
    const category = rng.weighted(china ? CATEGORY_WEIGHTS.china : CATEGORY_WEIGHTS.abroad);
    const region = china ? rng.weighted(CHINESE_REGIONS) : null;
    const name = inventName(rng, countryCode);
    const locale = localeFor(rng, countryCode);

    // Link to a known organization of the same country (and Chinese region, when there is one).
    const kinds = ORG_KIND_FOR[category];
    const candidates = organizations.filter((o) => o.countryCode === countryCode && kinds.includes(o.kind));
    const sameRegion = candidates.filter((o) => o.region === region);
    const linkChance = china ? (category === BUSINESS ? 0.85 : 0.6) : 0.5;
    const linked = candidates.length > 0 && rng.chance(linkChance) ? rng.pick(sameRegion.length ? sameRegion : candidates) : null;
    // Typed at registration in the language the delegate chose.
    const organizationName = linked
      ? (locale === Locale.ZH ? (linked.nameZh ?? linked.nameEn) : locale === Locale.RU ? (linked.nameRu ?? linked.nameEn) : linked.nameEn)
      : china
        ? rng.pick(CHINESE_TYPED[category] ?? CHINESE_TYPED.OTHER ?? ["个人"])
        : foreignTypedOrganization(rng, countryCode, category);
    const titles = locale === Locale.ZH ? JOB_TITLES.zh : locale === Locale.RU ? JOB_TITLES.ru : JOB_TITLES.en;

    const delegation = china
      ? region && PROVINCIAL_DELEGATIONS[region] && (category === GOVERNMENT || category === BUSINESS) && rng.chance(0.7)
        ? (PROVINCIAL_DELEGATIONS[region] ?? null)
        : null
      : rng.chance(category === GOVERNMENT ? 0.95 : 0.7)
        ? delegationName(countryCode)
        : null;

    const registeredAt = juneMoment(rng);
    const confirmed = status !== ParticipantStatus.PENDING || rng.chance(0.4);
    return {
      email: `${emailPart(name.givenLatin)}.${emailPart(name.familyLatin)}.${String(i + 1).padStart(3, "0")}@${SAMPLE_EMAIL_DOMAIN}`,
      fullName: name.fullName,
      latinName: name.latinName,
      category,
      status,
      rejectionReason: status === ParticipantStatus.REJECTED ? rng.pick(REJECTION_REASONS) : null,
      organizationSlug: linked?.slug ?? null,
      organizationName,
      jobTitle: rng.pick(titles[category]),
      countryCode,
      delegationName: delegation,
      preferredLocale: locale,
      registeredAt,
      emailConfirmedAt: confirmed ? new Date(registeredAt.getTime() + rng.int(1, 180) * 60_000) : null,
      checkedInAt: status === ParticipantStatus.APPROVED && rng.chance(0.08) ? checkInMoment(rng) : null,
      consentPublicList: rng.chance(0.6),
    };
  });

  // One delegation per foreign country and per provincial group; the head is the first approved
  // government member, for delegations of five or more (smaller ones have none yet).
  const members = new Map<string, ParticipantSpec[]>();
  for (const p of participants) {
    if (!p.delegationName) continue;
    const list = members.get(p.delegationName) ?? [];
    list.push(p);
    members.set(p.delegationName, list);
  }
  const delegations: DelegationSpec[] = [...members.entries()].map(([name, list]) => {
    const head = list.length >= 5 ? list.find((p) => p.status === ParticipantStatus.APPROVED && p.category === GOVERNMENT) : undefined;
    return { name, countryCode: (list[0] as ParticipantSpec).countryCode, headEmail: head?.email ?? null };
  });
  // The demo delegate belongs to Kazakhstan's delegation: make sure it exists.
  if (!delegations.some((d) => d.countryCode === "KZ")) delegations.push({ name: delegationName("KZ"), countryCode: "KZ", headEmail: null });
  // The demo head leads Uzbekistan's delegation (seed-demo.ts makes them its head).
  if (!delegations.some((d) => d.countryCode === "UZ")) delegations.push({ name: delegationName("UZ"), countryCode: "UZ", headEmail: null });
  delegations.sort((a, b) => a.name.localeCompare(b.name));
  return { participants, delegations };
}
