// The demo program: two days in Tianjin (UTC+8), stored in UTC. The opening ceremony, main forum,
// signing ceremony, SOE promotion event and the four sub-forums are public facts; their exact times,
// the individual sub-forum sessions, site visits and every person are invented (isSample).
import { SessionRoleKind, SessionType } from "@/lib/generated/prisma/enums";
import { DEMO_ROOMS, DEMO_SUB_FORUMS, forumTime, type ForumDay } from "./demo-forum";
import { DEMO_PEOPLE } from "./people";

export type SessionPersonSpec = readonly [personSlug: string, role: SessionRoleKind];

export type SessionSpec = {
  slug: string;
  type: SessionType;
  day: ForumDay;
  /** Local times in Tianjin, "HH:MM". */
  start: string;
  end: string;
  /** null for venue-wide breaks. */
  roomSlug: string | null;
  subForumSlug: string | null;
  titleEn: string;
  titleZh: string;
  titleRu?: string;
  titleFr?: string;
  abstractEn: string;
  abstractZh: string;
  abstractRu?: string;
  abstractFr?: string;
  /** Seat booking with this many places. */
  seats?: number;
  isSample: boolean;
  people: readonly SessionPersonSpec[];
};

const { CEREMONY, PLENARY, SUBFORUM, SIGNING, SHOWCASE, SITE_VISIT, BREAK } = SessionType;
const { KEYNOTE, HOST, MODERATOR, SPEAKER } = SessionRoleKind;

const SF1 = "data-empowered-industry";
const SF2 = "digital-education-and-talent";
const SF3 = "data-governance-and-ecological-collaboration";
const SF4 = "future-city-digital-infrastructure";

/** The four parallel sub-forum slots (each sub-forum holds one session in each, in its own hall). */
const SLOTS = [
  { day: 1, start: "13:30", end: "15:00" },
  { day: 1, start: "15:20", end: "17:00" },
  { day: 2, start: "09:00", end: "10:30" },
  { day: 2, start: "10:50", end: "12:15" },
] as const;

function subForumSession(
  subForumSlug: string,
  slot: 0 | 1 | 2 | 3,
  spec: Omit<SessionSpec, "type" | "day" | "start" | "end" | "roomSlug" | "subForumSlug" | "isSample">,
): SessionSpec {
  const subForum = DEMO_SUB_FORUMS.find((s) => s.slug === subForumSlug);
  if (!subForum) throw new Error(`Unknown sub-forum ${subForumSlug}`);
  const { day, start, end } = SLOTS[slot];
  return { ...spec, type: SUBFORUM, day, start, end, roomSlug: subForum.roomSlug, subForumSlug, isSample: true };
}

function pause(slug: string, day: ForumDay, start: string, end: string, en: string, zh: string, ru: string, fr: string, abstractEn: string, abstractZh: string): SessionSpec {
  return { slug, type: BREAK, day, start, end, roomSlug: null, subForumSlug: null, titleEn: en, titleZh: zh, titleRu: ru, titleFr: fr, abstractEn, abstractZh, isSample: true, people: [] };
}

export const DEMO_SESSIONS: readonly SessionSpec[] = [
  // Day 1, morning: opening ceremony and main forum.
  {
    slug: "opening-ceremony",
    type: CEREMONY, day: 1, start: "09:00", end: "09:40", roomSlug: "main-hall", subForumSlug: null,
    titleEn: "Opening Ceremony",
    titleZh: "开幕式",
    titleRu: "Церемония открытия",
    titleFr: "Cérémonie d'ouverture",
    abstractEn:
      "Welcome addresses by the co-organizers, the National Data Administration of China and the Tianjin Municipal " +
      "People's Government, and by representatives of SCO member states.",
    abstractZh: "联合主办方国家数据局、天津市人民政府及上合组织成员国代表致辞。",
    abstractRu: "Приветственные выступления организаторов — Национального управления по данным КНР и Народного правительства города Тяньцзинь — и представителей государств — членов ШОС.",
    abstractFr: "Allocutions de bienvenue des co-organisateurs, l'Administration nationale des données de Chine et le Gouvernement populaire municipal de Tianjin, et de représentants des pays membres de l'OCS.",
    isSample: false,
    people: [["zhao-mingyuan", HOST], ["liu-yanqing", KEYNOTE], ["timur-ismailov", KEYNOTE], ["yerlan-abenov", KEYNOTE], ["kirill-arkhipov", KEYNOTE]],
  },
  {
    slug: "main-forum",
    type: PLENARY, day: 1, start: "09:40", end: "12:10", roomSlug: "main-hall", subForumSlug: null,
    titleEn: "Main Forum: New Bonds in the Digital Economy, New Horizons for Cooperation",
    titleZh: "主论坛：数字经济新纽带 合作共赢新未来",
    titleRu: "Пленарное заседание: новые связи цифровой экономики — новые горизонты сотрудничества",
    titleFr: "Session principale : nouveaux liens dans l'économie numérique, nouveaux horizons pour la coopération",
    abstractEn:
      "Ministers' representatives, business leaders and researchers from SCO countries on digital infrastructure, data " +
      "as a factor of production, cross-border data flows and the digital talent the region needs.",
    abstractZh: "上合组织国家政府代表、企业家和学者围绕数字基础设施、数据要素、数据跨境流动和数字人才展开对话。",
    abstractRu: "Представители министерств, деловых кругов и науки стран ШОС о цифровой инфраструктуре, данных как факторе производства, трансграничных потоках данных и цифровых кадрах.",
    abstractFr: "Représentants de ministères, chefs d'entreprise et chercheurs des pays de l'OCS sur les infrastructures numériques, les données comme facteur de production, les flux de données transfrontaliers et les talents numériques.",
    isSample: false,
    people: [
      ["chen-zhiwei", MODERATOR],
      ["jasur-tursunov", KEYNOTE], ["viktor-lisovsky", KEYNOTE], ["bakyt-osmonov", KEYNOTE], ["sun-lihua", KEYNOTE],
      ["ma-guoqiang", SPEAKER], ["he-jun", SPEAKER], ["saima-rauf", SPEAKER], ["kavita-raghunathan", SPEAKER],
      ["reza-karimi", SPEAKER], ["firuz-nazarov", SPEAKER],
    ],
  },
  pause("lunch-day-1", 1, "12:10", "13:30", "Lunch", "午餐", "Обед", "Déjeuner", "Buffet lunch in the Level 2 restaurant.", "二层餐厅自助午餐。"),

  // Day 1, afternoon: sub-forums (slots 1 and 2), the SOE promotion event, the signing ceremony.
  subForumSession(SF1, 0, {
    slug: "data-as-a-factor-of-production",
    titleEn: "Data as a Factor of Production: From Pilot Projects to Scale",
    titleZh: "数据要素：从试点到规模化",
    titleRu: "Данные как фактор производства: от пилотов к масштабу",
    abstractEn: "What it takes to move industrial data projects beyond pilots: ownership, pricing, quality and the first profitable use cases.",
    abstractZh: "工业数据项目如何走出试点：权属、定价、质量与首批可盈利的应用场景。",
    people: [["pan-yifei", MODERATOR], ["han-tao", SPEAKER], ["zhou-haoran", SPEAKER], ["arjun-venkatesh", SPEAKER]],
  }),
  subForumSession(SF2, 0, {
    slug: "digital-skills-for-the-sco-workforce",
    titleEn: "Digital Skills for the SCO Workforce",
    titleZh: "面向上合组织劳动力的数字技能",
    titleRu: "Цифровые навыки для рабочей силы стран ШОС",
    abstractEn: "Retraining, vocational schools and company academies: how to close the digital-skills gap across the region.",
    abstractZh: "再培训、职业院校与企业学院：如何弥合地区数字技能缺口。",
    people: [["lu-qian", MODERATOR], ["yang-fan", SPEAKER], ["aizada-toktosunova", SPEAKER], ["saule-bekova", SPEAKER], ["song-yu", SPEAKER]],
  }),
  subForumSession(SF3, 0, {
    slug: "cross-border-data-flows",
    titleEn: "Cross-border Data Flows: Rules that Travel",
    titleZh: "数据跨境流动：可互认的规则",
    titleRu: "Трансграничные потоки данных: правила без границ",
    abstractEn: "Standard contracts, certification and whitelists: comparing the mechanisms SCO countries use for cross-border data transfers.",
    abstractZh: "标准合同、认证与白名单：比较上合组织国家的数据出境机制。",
    people: [["guo-jing", MODERATOR], ["elena-gromova", SPEAKER], ["aigul-nurpeisova", SPEAKER], ["hina-aslam", SPEAKER], ["qian-lu", SPEAKER]],
  }),
  subForumSession(SF4, 0, {
    slug: "computing-power-networks",
    titleEn: "Computing-Power Networks: From East Data, West Computing to the SCO Region",
    titleZh: "算力网络：从“东数西算”到上合组织地区",
    titleRu: "Сети вычислительных мощностей: от «Восточные данные — западные вычисления» к региону ШОС",
    abstractEn: "Linking data centres across borders: latency, energy, scheduling of computing power and shared standards.",
    abstractZh: "跨境连接数据中心：时延、能耗、算力调度与共同标准。",
    people: [["jiang-lei", MODERATOR], ["gao-ya", SPEAKER], ["pavel-zotov", SPEAKER], ["daniyar-seitkali", SPEAKER]],
  }),
  {
    slug: "tianjin-soe-digital-technology-promotion",
    type: SHOWCASE, day: 1, start: "13:30", end: "15:30", roomSlug: "exhibition-hall", subForumSlug: null,
    titleEn: "Tianjin SOE Digital Technology Application Promotion",
    titleZh: "天津国企数字技术应用推介会",
    titleRu: "Презентация цифровых технологий государственных предприятий Тяньцзиня",
    titleFr: "Promotion de l'application des technologies numériques par les entreprises publiques de Tianjin",
    abstractEn:
      "Tianjin's state-owned enterprises present their work in artificial intelligence, the Internet of Things and smart " +
      "manufacturing, with live demonstrations on the exhibition floor and meetings with partners from SCO countries.",
    abstractZh: "天津市国有企业展示人工智能、物联网和智能制造领域的应用成果，现场演示并与上合组织国家伙伴对接洽谈。",
    abstractRu: "Государственные предприятия Тяньцзиня представляют свои решения в области искусственного интеллекта, интернета вещей и интеллектуального производства.",
    abstractFr: "Les entreprises publiques de Tianjin présentent leurs réalisations en intelligence artificielle, Internet des objets et fabrication intelligente.",
    isSample: false,
    people: [["ma-guoqiang", HOST], ["he-jun", SPEAKER], ["lin-shuang", SPEAKER], ["deng-kai", SPEAKER]],
  },
  pause("coffee-break-day-1", 1, "15:00", "15:20", "Coffee break", "茶歇", "Кофе-брейк", "Pause café", "Coffee and tea in the foyers.", "各会议厅前厅提供茶歇。"),
  subForumSession(SF1, 1, {
    slug: "industrial-internet-and-supply-chains",
    titleEn: "Industrial Internet Platforms and Cross-border Supply Chains",
    titleZh: "工业互联网平台与跨境供应链",
    titleRu: "Платформы промышленного интернета и трансграничные цепочки поставок",
    abstractEn: "Sharing production and logistics data along supply chains that cross SCO borders, from Henan to Central Asia.",
    abstractZh: "从河南到中亚：在跨越上合组织国家的供应链上共享生产和物流数据。",
    people: [["xu-wenbo", MODERATOR], ["feng-xue", SPEAKER], ["yu-xin", SPEAKER], ["usman-tariq", SPEAKER], ["daniyar-seitkali", SPEAKER]],
  }),
  subForumSession(SF2, 1, {
    slug: "joint-degrees-and-online-learning",
    titleEn: "Joint Degrees and Cross-border Online Learning",
    titleZh: "联合学位与跨境在线教育",
    titleRu: "Совместные программы и трансграничное онлайн-обучение",
    abstractEn: "Recognition of credits, shared online courses and student mobility between universities of the region.",
    abstractZh: "学分互认、在线课程共享与地区高校学生流动。",
    people: [["yang-fan", MODERATOR], ["nilufar-kasimova", SPEAKER], ["manija-rahimova", SPEAKER], ["meera-iyer", SPEAKER]],
  }),
  subForumSession(SF3, 1, {
    slug: "personal-information-protection",
    titleEn: "Personal Information Protection Across Jurisdictions",
    titleZh: "跨法域的个人信息保护",
    titleRu: "Защита персональной информации в разных юрисдикциях",
    abstractEn: "Consent, data-subject rights and enforcement: where the laws of SCO countries converge and where they differ.",
    abstractZh: "同意、个人权利与执法：上合组织国家法律的共识与差异。",
    people: [["elena-gromova", MODERATOR], ["qian-lu", SPEAKER], ["hina-aslam", SPEAKER], ["kavita-raghunathan", SPEAKER]],
  }),
  subForumSession(SF4, 1, {
    slug: "low-altitude-economy-smart-cities",
    titleEn: "The Low-Altitude Economy Above Smart Cities",
    titleZh: "智慧城市上空的低空经济",
    titleRu: "Низковысотная экономика над умными городами",
    abstractEn: "Drone corridors, vertiports and airspace data: building the low-altitude economy safely over dense cities.",
    abstractZh: "无人机航路、起降场与空域数据：在高密度城市安全发展低空经济。",
    people: [["tang-hui", MODERATOR], ["ilya-shestakov", SPEAKER], ["sherzod-alimov", SPEAKER], ["shen-bo", SPEAKER]],
  }),
  {
    slug: "digital-economy-project-signing-ceremony",
    type: SIGNING, day: 1, start: "17:15", end: "18:15", roomSlug: "signing-hall", subForumSlug: null,
    titleEn: "Digital Economy Project Signing Ceremony",
    titleZh: "数字经济项目签约仪式",
    titleRu: "Церемония подписания проектов цифровой экономики",
    titleFr: "Cérémonie de signature des projets d'économie numérique",
    abstractEn:
      "More than 100 companies from Beijing, Zhejiang, Henan and other regions sign 21 agreements worth 1.35 billion yuan " +
      "in computing-power infrastructure, the low-altitude economy, smart health and smart energy.",
    abstractZh: "来自北京、浙江、河南等地的100余家企业签约21个项目，总金额13.5亿元，涉及算力基础设施、低空经济、智慧医疗和智慧能源。",
    abstractRu: "Более 100 компаний из Пекина, Чжэцзяна, Хэнани и других регионов подписывают 21 соглашение на 1,35 млрд юаней.",
    abstractFr: "Plus de 100 entreprises de Pékin, du Zhejiang, du Henan et d'autres régions signent 21 accords d'une valeur de 1,35 milliard de yuans.",
    isSample: false,
    people: [["zhao-mingyuan", HOST], ["liu-yanqing", KEYNOTE], ["wu-xiaoling", SPEAKER]],
  },

  // Day 2, morning: sub-forums (slots 3 and 4).
  subForumSession(SF1, 2, {
    slug: "trusted-data-spaces-for-manufacturing",
    titleEn: "Trusted Data Spaces for Manufacturing",
    titleZh: "面向制造业的可信数据空间",
    titleRu: "Доверенные пространства данных для промышленности",
    abstractEn: "Connectors, usage policies and federated learning: letting manufacturers share data without giving it away.",
    abstractZh: "连接器、使用策略与联邦学习：让制造企业共享数据而不失去数据控制权。",
    people: [["pan-yifei", MODERATOR], ["zhou-haoran", SPEAKER], ["marina-kolesnikova", SPEAKER], ["arjun-venkatesh", SPEAKER]],
  }),
  subForumSession(SF2, 2, {
    slug: "ai-in-the-classroom",
    titleEn: "AI in the Classroom: Teachers, Tools and Trust",
    titleZh: "人工智能进课堂：教师、工具与信任",
    titleRu: "ИИ в классе: учителя, инструменты и доверие",
    abstractEn: "AI tutors and assessment tools in schools and universities, and how teachers stay in charge.",
    abstractZh: "人工智能辅导与评测工具进入中小学和高校，教师如何保持主导。",
    people: [["song-yu", MODERATOR], ["sun-lihua", SPEAKER], ["mahsa-farahani", SPEAKER], ["saule-bekova", SPEAKER]],
  }),
  subForumSession(SF3, 2, {
    slug: "data-markets-and-trading-venues",
    titleEn: "Data Markets and Trading Venues",
    titleZh: "数据要素市场与数据交易场所",
    titleRu: "Рынки данных и площадки для торговли данными",
    abstractEn: "How data exchanges list, price and settle data products, and what a cross-border data market could look like.",
    abstractZh: "数据交易所如何挂牌、定价和结算数据产品，跨境数据市场的可能形态。",
    people: [["guo-jing", MODERATOR], ["wu-xiaoling", SPEAKER], ["aigul-nurpeisova", SPEAKER], ["reza-karimi", SPEAKER]],
  }),
  subForumSession(SF4, 2, {
    slug: "digital-twins-energy-and-health",
    titleEn: "City Digital Twins, Smart Energy and Smart Health",
    titleZh: "城市数字孪生、智慧能源与智慧医疗",
    titleRu: "Цифровые двойники городов, умная энергетика и умное здравоохранение",
    abstractEn: "Running a city on its digital twin: heating networks, demand response and connected hospitals.",
    abstractZh: "用数字孪生运行城市：供热管网、需求响应与互联医院。",
    people: [["tang-hui", MODERATOR], ["deng-kai", SPEAKER], ["cao-min", SPEAKER], ["olga-zhuk", SPEAKER], ["sherzod-alimov", SPEAKER]],
  }),
  pause("coffee-break-day-2", 2, "10:30", "10:50", "Coffee break", "茶歇", "Кофе-брейк", "Pause café", "Coffee and tea in the foyers.", "各会议厅前厅提供茶歇。"),
  subForumSession(SF1, 3, {
    slug: "workshop-industrial-data-product",
    titleEn: "Workshop: From Raw Sensor Data to an Industrial Data Product",
    titleZh: "工作坊：从传感器原始数据到工业数据产品",
    abstractEn: "A hands-on workshop in small groups: define, package and price a data product from a real factory dataset. Seats are limited.",
    abstractZh: "小组实操工作坊：基于真实工厂数据集定义、封装并定价一个数据产品。名额有限。",
    seats: 80,
    people: [["xu-wenbo", HOST], ["yu-xin", SPEAKER]],
  }),
  subForumSession(SF2, 3, {
    slug: "workshop-micro-credential-data-engineers",
    titleEn: "Workshop: Designing a Cross-border Micro-credential for Data Engineers",
    titleZh: "工作坊：设计面向数据工程师的跨境微证书",
    abstractEn: "Educators from three countries draft a shared micro-credential, from learning outcomes to assessment. Seats are limited.",
    abstractZh: "三国教育者共同起草一个互认的微证书，从学习成果到考核方式。名额有限。",
    seats: 60,
    people: [["nilufar-kasimova", HOST], ["song-yu", SPEAKER], ["aizada-toktosunova", SPEAKER]],
  }),
  subForumSession(SF3, 3, {
    slug: "roundtable-data-classification-toolkit",
    titleEn: "Roundtable: A Shared Toolkit for Data Classification and Grading",
    titleZh: "圆桌会议：数据分类分级共享工具箱",
    abstractEn: "A closed-door roundtable on a common vocabulary for data classification across SCO jurisdictions. Seats are limited.",
    abstractZh: "围绕上合组织各法域数据分类分级共同术语的闭门圆桌讨论。名额有限。",
    seats: 40,
    people: [["qian-lu", MODERATOR], ["mahsa-farahani", SPEAKER], ["elena-gromova", SPEAKER]],
  }),
  subForumSession(SF4, 3, {
    slug: "workshop-city-scale-iot-network",
    titleEn: "Workshop: Planning a City-scale IoT and 5G Private Network",
    titleZh: "工作坊：规划城市级物联网与5G专网",
    abstractEn: "Engineers walk through the planning of a city-wide IoT access network, from spectrum to operations. Seats are limited.",
    abstractZh: "工程师讲解城市级物联网接入网络的规划，从频谱到运维。名额有限。",
    seats: 120,
    people: [["jiang-lei", HOST], ["gao-ya", SPEAKER]],
  }),
  pause("lunch-day-2", 2, "12:15", "13:30", "Lunch", "午餐", "Обед", "Déjeuner", "Buffet lunch in the Level 2 restaurant.", "二层餐厅自助午餐。"),

  // Day 2, afternoon: site visits (buses leave from the East Plaza).
  {
    slug: "site-visit-smart-port",
    type: SITE_VISIT, day: 2, start: "13:30", end: "15:30", roomSlug: "site-visit-departure", subForumSlug: null,
    titleEn: "Site Visit: Smart Port and Automated Container Terminal",
    titleZh: "实地参观：智慧港口与自动化集装箱码头",
    titleRu: "Выездной визит: умный порт и автоматизированный контейнерный терминал",
    abstractEn: "A guided visit of an automated container terminal: remote-controlled cranes, driverless trucks and the port's control room. Bus departs from the East Plaza; seats are limited.",
    abstractZh: "参观自动化集装箱码头：远控岸桥、无人集卡和港口调度中心。东广场乘车，名额有限。",
    seats: 40,
    isSample: true,
    people: [["bai-yun", HOST], ["lin-shuang", SPEAKER]],
  },
  {
    slug: "site-visit-intelligent-computing-center",
    type: SITE_VISIT, day: 2, start: "15:45", end: "17:45", roomSlug: "site-visit-departure", subForumSlug: null,
    titleEn: "Site Visit: Binhai Intelligent Computing Center",
    titleZh: "实地参观：滨海智算中心",
    titleRu: "Выездной визит: интеллектуальный вычислительный центр Биньхай",
    abstractEn: "A guided visit of an intelligent-computing centre with liquid-cooled AI clusters. Bus departs from the East Plaza; seats are limited.",
    abstractZh: "参观采用液冷人工智能集群的智算中心。东广场乘车，名额有限。",
    seats: 40,
    isSample: true,
    people: [["kong-dehai", HOST], ["gao-ya", SPEAKER]],
  },
];

export type ProgramPlanProblem = string;

function overlaps(a: SessionSpec, b: SessionSpec): boolean {
  return a.day === b.day && a.start < b.end && b.start < a.end;
}

/**
 * Checks the program is consistent: known rooms, sub-forums and people; no room and no person in two
 * overlapping sessions; every session but breaks has people; every person appears somewhere.
 * Returns the problems found (empty when the plan is sound).
 */
export function findProgramProblems(
  sessions: readonly SessionSpec[] = DEMO_SESSIONS,
  personSlugs: readonly string[] = DEMO_PEOPLE.map((p) => p.slug),
): ProgramPlanProblem[] {
  const problems: ProgramPlanProblem[] = [];
  const rooms = new Set(DEMO_ROOMS.map((r) => r.slug));
  const subForums = new Set(DEMO_SUB_FORUMS.map((s) => s.slug));
  const people = new Set(personSlugs);
  const slugs = new Set<string>();
  const seen = new Set<string>();

  for (const s of sessions) {
    if (slugs.has(s.slug)) problems.push(`duplicate session slug ${s.slug}`);
    slugs.add(s.slug);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.slug)) problems.push(`${s.slug}: slug is not lower-case ASCII`);
    if (!(s.start < s.end)) problems.push(`${s.slug}: ends before it starts`);
    if (s.roomSlug && !rooms.has(s.roomSlug)) problems.push(`${s.slug}: unknown room ${s.roomSlug}`);
    if (s.subForumSlug && !subForums.has(s.subForumSlug)) problems.push(`${s.slug}: unknown sub-forum ${s.subForumSlug}`);
    if ((s.type === SUBFORUM) !== (s.subForumSlug !== null)) problems.push(`${s.slug}: sub-forum sessions, and only they, belong to a sub-forum`);
    if (s.type !== BREAK && s.people.length === 0) problems.push(`${s.slug}: nobody on stage`);
    const inSession = new Set<string>();
    for (const [person] of s.people) {
      if (!people.has(person)) problems.push(`${s.slug}: unknown person ${person}`);
      if (inSession.has(person)) problems.push(`${s.slug}: ${person} listed twice`);
      inSession.add(person);
      seen.add(person);
    }
  }
  for (const person of people) if (!seen.has(person)) problems.push(`${person} is in no session`);

  for (let i = 0; i < sessions.length; i++) {
    for (let j = i + 1; j < sessions.length; j++) {
      const a = sessions[i] as SessionSpec;
      const b = sessions[j] as SessionSpec;
      if (!overlaps(a, b)) continue;
      if (a.roomSlug && a.roomSlug === b.roomSlug) problems.push(`room ${a.roomSlug}: ${a.slug} overlaps ${b.slug}`);
      const bPeople = new Set(b.people.map(([p]) => p));
      for (const [p] of a.people) if (bPeople.has(p)) problems.push(`${p}: ${a.slug} overlaps ${b.slug}`);
    }
  }
  return problems;
}

/** UTC start and end of a session. */
export function sessionTimes(s: SessionSpec): { startsAt: Date; endsAt: Date } {
  return { startsAt: forumTime(s.day, s.start), endsAt: forumTime(s.day, s.end) };
}
