// The 21 agreements signed at the ceremony: invented (isSample), but adding up to the published
// totals exactly: 21 agreements, ¥1,350,000,000, more than 100 companies, four sectors.
import type { SectorSlug } from "./demo-forum";
import { inventName } from "./names";
import { isCompany, type OrganizationSpec } from "./organizations";
import { Rng } from "./random";

export const AGREEMENT_COUNT = 21;
/** ¥1,350,000,000 in fen. */
export const AGREEMENT_TOTAL_MINOR = 135_000_000_000n;

type AgreementInput = {
  sector: SectorSlug;
  /** Value in whole yuan. */
  yuan: number;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  /** How many parties sign (2–6). */
  parties: number;
  /** The first party; otherwise a Tianjin company from the sector's pool. */
  lead?: string;
  /** Foreign partners, by organization slug. */
  foreign?: readonly string[];
};

const AGREEMENTS: readonly AgreementInput[] = [
  // Computing-power infrastructure: ¥580,000,000.
  {
    sector: "computing-power-infrastructure", yuan: 180_000_000, parties: 6,
    lead: "tianjin-binhai-computing-power-investment-group", foreign: ["almaty-cloud-systems"],
    titleEn: "Binhai Intelligent Computing Center, Phase II", titleZh: "滨海智算中心二期项目",
    summaryEn: "Adds liquid-cooled AI computing capacity to the Binhai centre and opens it to customers across the SCO region.",
    summaryZh: "为滨海智算中心新增液冷人工智能算力，并面向上合组织地区客户开放。",
  },
  {
    sector: "computing-power-infrastructure", yuan: 120_000_000, parties: 6,
    lead: "tianjin-haihe-digital-industry-group", foreign: ["astana-digital-solutions"],
    titleEn: "SCO Cross-border Computing-Power Scheduling Platform", titleZh: "上合组织跨境算力调度平台项目",
    summaryEn: "A platform that schedules workloads between data centres in China and Central Asia.",
    summaryZh: "建设连接中国与中亚数据中心的算力调度平台。",
  },
  {
    sector: "computing-power-infrastructure", yuan: 95_600_000, parties: 6,
    lead: "tianjin-jinmen-intelligent-manufacturing-group",
    titleEn: "Liquid-Cooled AI Server Production Line", titleZh: "液冷人工智能服务器生产线项目",
    summaryEn: "A production line for liquid-cooled AI servers in the Jinmen smart-manufacturing park.",
    summaryZh: "在津门智能制造园区建设液冷人工智能服务器生产线。",
  },
  {
    sector: "computing-power-infrastructure", yuan: 80_000_000, parties: 5,
    lead: "tianjin-information-network",
    titleEn: "Tianjin–Zhengzhou Computing-Power Network Link", titleZh: "津郑算力网络互联项目",
    summaryEn: "Low-latency optical links between computing hubs in Tianjin and Henan.",
    summaryZh: "建设天津与河南算力枢纽之间的低时延光网络。",
  },
  {
    sector: "computing-power-infrastructure", yuan: 64_400_000, parties: 6,
    foreign: ["novosibirsk-data-systems"],
    titleEn: "Industrial Large-Model Training Base", titleZh: "工业大模型训练基地项目",
    summaryEn: "Shared training capacity and datasets for industrial large models.",
    summaryZh: "为工业大模型提供共享训练算力和数据集。",
  },
  {
    sector: "computing-power-infrastructure", yuan: 40_000_000, parties: 5,
    lead: "binhai-new-area-digital-office", foreign: ["bishkek-data-center"],
    titleEn: "Green Data Center Retrofit in Binhai", titleZh: "滨海绿色数据中心节能改造项目",
    summaryEn: "Energy-saving retrofit of existing data centres, with waste-heat recovery.",
    summaryZh: "对现有数据中心实施节能改造并回收余热。",
  },
  // Low-altitude economy: ¥300,000,000.
  {
    sector: "low-altitude-economy", yuan: 90_000_000, parties: 6,
    lead: "tianjin-low-altitude-economy-development-group",
    titleEn: "Binhai Low-Altitude Logistics Corridor", titleZh: "滨海低空物流航线项目",
    summaryEn: "Drone delivery routes between the port, the airport and industrial parks.",
    summaryZh: "开通港口、机场与产业园区之间的无人机物流航线。",
  },
  {
    sector: "low-altitude-economy", yuan: 75_000_000, parties: 6,
    foreign: ["tashkent-smart-city-technologies"],
    titleEn: "Urban Air Mobility Vertiport Network", titleZh: "城市空中交通起降场网络项目",
    summaryEn: "A first network of vertiports for passenger eVTOL aircraft and drones.",
    summaryZh: "建设首批服务载人电动垂直起降飞行器和无人机的起降场网络。",
  },
  {
    sector: "low-altitude-economy", yuan: 60_000_000, parties: 5,
    titleEn: "Drone Inspection of Power Lines and Pipelines", titleZh: "电力线路与管道无人机巡检项目",
    summaryEn: "Automated drone inspection of power lines and pipelines, with AI defect detection.",
    summaryZh: "利用无人机和人工智能缺陷识别开展电力线路与管道自动巡检。",
  },
  {
    sector: "low-altitude-economy", yuan: 45_000_000, parties: 6,
    lead: "binhai-new-area-digital-office",
    titleEn: "Low-Altitude Airspace Data Platform", titleZh: "低空空域数据服务平台项目",
    summaryEn: "A platform for flight plans, airspace data and surveillance of low-altitude traffic.",
    summaryZh: "建设飞行计划、空域数据和低空交通监视服务平台。",
  },
  {
    sector: "low-altitude-economy", yuan: 30_000_000, parties: 5,
    lead: "tianjin-low-altitude-economy-development-group", foreign: ["kazan-robotics"],
    titleEn: "Emergency Rescue Drone Fleet", titleZh: "应急救援无人机机队项目",
    summaryEn: "A drone fleet for flood monitoring, search and rescue.",
    summaryZh: "组建用于汛情监测和搜救的无人机机队。",
  },
  // Smart health: ¥220,000,000.
  {
    sector: "smart-health", yuan: 68_800_000, parties: 6,
    lead: "tianjin-health-information-industry-group", foreign: ["minsk-medtech-solutions"],
    titleEn: "Regional Medical Imaging AI Cloud", titleZh: "区域医学影像人工智能云平台项目",
    summaryEn: "A cloud platform for AI-assisted reading of medical images across the city's hospitals.",
    summaryZh: "建设覆盖全市医院的人工智能辅助医学影像云平台。",
  },
  {
    sector: "smart-health", yuan: 55_000_000, parties: 5,
    foreign: ["samarkand-health-data"],
    titleEn: "Cross-border Telemedicine Network for Central Asia", titleZh: "面向中亚的跨境远程医疗网络项目",
    summaryEn: "Remote consultations between Tianjin hospitals and partner clinics in Central Asia.",
    summaryZh: "开展天津医院与中亚合作诊所之间的远程会诊。",
  },
  {
    sector: "smart-health", yuan: 40_000_000, parties: 6,
    lead: "tianjin-health-information-industry-group",
    titleEn: "Smart Hospital Upgrade in Binhai", titleZh: "滨海智慧医院升级项目",
    summaryEn: "Digital wards, smart logistics and patient-flow management for district hospitals.",
    summaryZh: "为区级医院建设数字病房、智慧物流和就诊流程管理。",
  },
  {
    sector: "smart-health", yuan: 35_000_000, parties: 5,
    foreign: ["indus-software-exports"],
    titleEn: "Chronic Disease Management Platform", titleZh: "慢病管理数字平台项目",
    summaryEn: "Remote monitoring and follow-up of patients with diabetes and hypertension.",
    summaryZh: "对糖尿病、高血压患者开展远程监测与随访。",
  },
  {
    sector: "smart-health", yuan: 21_200_000, parties: 5,
    lead: "tianjin-municipal-data-bureau",
    titleEn: "Health Data Trusted Space", titleZh: "健康医疗数据可信空间项目",
    summaryEn: "A trusted data space where researchers use health data without it leaving the hospitals.",
    summaryZh: "建设健康医疗数据可信空间，数据不出医院即可供科研使用。",
  },
  // Smart energy: ¥250,000,000.
  {
    sector: "smart-energy", yuan: 85_000_000, parties: 6,
    lead: "tianjin-urban-energy-digital-group", foreign: ["steppe-energy-analytics"],
    titleEn: "Virtual Power Plant for Tianjin Industrial Parks", titleZh: "天津产业园区虚拟电厂项目",
    summaryEn: "Aggregates flexible loads, storage and rooftop solar of industrial parks into a virtual power plant.",
    summaryZh: "聚合产业园区可调负荷、储能和屋顶光伏，建设虚拟电厂。",
  },
  {
    sector: "smart-energy", yuan: 60_000_000, parties: 5,
    foreign: ["volga-smart-grid"],
    titleEn: "Grid-Side Energy Storage Station", titleZh: "电网侧储能电站项目",
    summaryEn: "A battery storage station that balances the grid at peak hours.",
    summaryZh: "建设用于电网高峰调节的电化学储能电站。",
  },
  {
    sector: "smart-energy", yuan: 45_000_000, parties: 6,
    lead: "tianjin-urban-energy-digital-group",
    titleEn: "Smart Heating Network Digital Twin", titleZh: "智慧供热管网数字孪生项目",
    summaryEn: "A digital twin of the district-heating network to cut losses and emissions.",
    summaryZh: "建设区域供热管网数字孪生，降低损耗和排放。",
  },
  {
    sector: "smart-energy", yuan: 36_500_000, parties: 5,
    foreign: ["persian-gulf-smart-energy-engineering"],
    titleEn: "Rooftop Photovoltaics with Smart Metering", titleZh: "屋顶光伏与智能计量项目",
    summaryEn: "Rooftop solar on logistics warehouses, with smart meters and energy management.",
    summaryZh: "在物流仓库屋顶建设光伏并配套智能计量和能源管理。",
  },
  {
    sector: "smart-energy", yuan: 23_500_000, parties: 4,
    lead: "tianjin-urban-energy-digital-group", foreign: ["pamir-hydro-digital"],
    titleEn: "Hydropower Digital Monitoring Cooperation", titleZh: "水电站数字化监测合作项目",
    summaryEn: "Sensors and predictive maintenance for hydropower plants in Tajikistan.",
    summaryZh: "为塔吉克斯坦水电站提供传感监测和预测性维护。",
  },
];

const ROLES: Record<SectorSlug, readonly string[]> = {
  "computing-power-infrastructure": ["Investor", "Technology provider", "Equipment supplier", "Operator", "Network provider"],
  "low-altitude-economy": ["Investor", "Aircraft manufacturer", "Operator", "Technology provider", "Airspace data provider"],
  "smart-health": ["Investor", "Technology provider", "Hospital operator", "Software provider", "Data partner"],
  "smart-energy": ["Investor", "Equipment supplier", "Technology provider", "Operator", "Grid partner"],
};

const COMPANY_SIGNATORY_TITLES = ["Chairman", "General Manager", "Chief Executive Officer", "Vice President", "Deputy General Manager", "Managing Director"];
const GOVERNMENT_SIGNATORY_TITLES = ["Deputy Director", "Director"];

export type AgreementPartySpec = {
  organizationSlug: string;
  role: string;
  signatoryName: string;
  signatoryTitle: string;
  position: number;
};

export type AgreementSpec = Omit<AgreementInput, "yuan" | "parties" | "lead" | "foreign"> & {
  slot: number;
  valueMinor: bigint;
  tableSlot: string;
  parties: AgreementPartySpec[];
};

/** The signing tables in the hall: agreements rotate over them. */
const SIGNING_TABLES = 7;

/**
 * Builds the 21 agreements with their parties, drawing each sector's other parties from that
 * sector's companies so that no company signs twice (apart from a few Tianjin SOEs leading
 * several deals). Throws if the totals do not match the published ones.
 */
export function buildAgreements(organizations: readonly OrganizationSpec[]): AgreementSpec[] {
  const rng = new Rng(135_000);
  const bySlug = new Map(organizations.map((o) => [o.slug, o]));
  const used = new Set<string>(AGREEMENTS.flatMap((a) => [...(a.lead ? [a.lead] : []), ...(a.foreign ?? [])]));
  // Each sector's pool: generated Chinese companies of that sector, Tianjin first (they lead deals).
  const pools = new Map<SectorSlug, OrganizationSpec[]>();
  for (const o of organizations) {
    if (!o.sector || o.countryCode !== "CN" || !o.isSample || !isCompany(o.kind) || used.has(o.slug)) continue;
    const pool = pools.get(o.sector) ?? [];
    pool.push(o);
    pools.set(o.sector, pool);
  }

  const take = (sector: SectorSlug, preferTianjin: boolean): OrganizationSpec => {
    const pool = pools.get(sector) ?? [];
    const index = preferTianjin ? Math.max(0, pool.findIndex((o) => o.region === "Tianjin")) : 0;
    const [org] = pool.splice(index, 1);
    if (!org) throw new Error(`Not enough ${sector} companies for the agreements`);
    return org;
  };

  const specs = AGREEMENTS.map((input, index): AgreementSpec => {
    const lead = input.lead ? bySlug.get(input.lead) : take(input.sector, true);
    if (!lead) throw new Error(`Unknown organization ${input.lead}`);
    const foreign = (input.foreign ?? []).map((slug) => {
      const org = bySlug.get(slug);
      if (!org) throw new Error(`Unknown organization ${slug}`);
      return org;
    });
    const others: OrganizationSpec[] = [];
    while (1 + others.length + foreign.length < input.parties) others.push(take(input.sector, false));
    const roles = ROLES[input.sector];

    const signatory = (org: OrganizationSpec) => {
      const name = inventName(rng, org.countryCode);
      const titles = org.kind === "GOVERNMENT" ? GOVERNMENT_SIGNATORY_TITLES : COMPANY_SIGNATORY_TITLES;
      return { signatoryName: name.displayLatin, signatoryTitle: rng.pick(titles) };
    };
    const parties: AgreementPartySpec[] = [
      { organizationSlug: lead.slug, role: lead.kind === "GOVERNMENT" ? "Host" : "Party A", ...signatory(lead), position: 1 },
      ...others.map((org, i) => ({
        organizationSlug: org.slug,
        role: i === 0 ? "Party B" : (roles[(i - 1) % roles.length] as string),
        ...signatory(org),
        position: i + 2,
      })),
      ...foreign.map((org, i) => ({
        organizationSlug: org.slug,
        role: "International partner",
        ...signatory(org),
        position: others.length + i + 2,
      })),
    ];
    const slot = index + 1;
    return {
      sector: input.sector,
      titleEn: input.titleEn,
      titleZh: input.titleZh,
      summaryEn: input.summaryEn,
      summaryZh: input.summaryZh,
      slot,
      valueMinor: BigInt(input.yuan) * 100n,
      tableSlot: `Table ${((slot - 1) % SIGNING_TABLES) + 1}`,
      parties,
    };
  });

  assertAgreementTotals(specs, organizations);
  return specs;
}

/** The published facts the demo must reproduce; the seed refuses to run if they do not hold. */
export function assertAgreementTotals(specs: readonly AgreementSpec[], organizations: readonly OrganizationSpec[]): void {
  if (specs.length !== AGREEMENT_COUNT) throw new Error(`Expected ${AGREEMENT_COUNT} agreements, built ${specs.length}`);
  const total = specs.reduce((sum, a) => sum + a.valueMinor, 0n);
  if (total !== AGREEMENT_TOTAL_MINOR) throw new Error(`Agreements add up to ${total} fen, not ${AGREEMENT_TOTAL_MINOR}`);
  const kinds = new Map(organizations.map((o) => [o.slug, o.kind]));
  const companies = new Set<string>();
  for (const a of specs) {
    if (a.parties.length < 2 || a.parties.length > 6) throw new Error(`${a.titleEn}: ${a.parties.length} parties (2–6 expected)`);
    const slugs = new Set(a.parties.map((p) => p.organizationSlug));
    if (slugs.size !== a.parties.length) throw new Error(`${a.titleEn}: an organization signs twice`);
    for (const slug of slugs) {
      const kind = kinds.get(slug);
      if (!kind) throw new Error(`${a.titleEn}: unknown organization ${slug}`);
      if (isCompany(kind)) companies.add(slug);
    }
  }
  if (companies.size <= 100) throw new Error(`Only ${companies.size} companies sign; the reports say more than 100`);
}
