// The demo forum itself: the 2025 SCO Digital Economy Forum (Tianjin, 10–11 July 2025), its rooms,
// its four sub-forums and the agreement sectors. These are public facts (PRODUCT.md), apart from
// the room names and capacities, which are invented.

export const DEMO_FORUM_SLUG = "sco-digital-economy-2025";
export const DEMO_FORUM_ACRONYM = "scodef-2025-tianjin";
export const DEMO_TIME_ZONE = "Asia/Shanghai";
/** Tianjin is UTC+8 all year (China has no daylight saving time). */
const TIANJIN_UTC_OFFSET_HOURS = 8;

export type ForumDay = 1 | 2;

/** 10 July 2025 is day 1. `forumTime(1, "09:00")` → 2025-07-10T01:00:00.000Z. */
export function forumTime(day: ForumDay, hhmm: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`forumTime: bad time ${hhmm}`);
  return new Date(Date.UTC(2025, 6, 9 + day, Number(match[1]) - TIANJIN_UTC_OFFSET_HOURS, Number(match[2])));
}

export const DEMO_FORUM = {
  slug: DEMO_FORUM_SLUG,
  acronym: DEMO_FORUM_ACRONYM,
  nameEn: "2025 SCO Digital Economy Forum",
  nameZh: "2025上海合作组织数字经济论坛",
  nameRu: "Форум цифровой экономики ШОС 2025",
  nameFr: "Forum de l'économie numérique de l'OCS 2025",
  themeEn: "New Bonds in the Digital Economy, New Horizons for Cooperation",
  themeZh: "数字经济新纽带 合作共赢新未来",
  themeRu: "Новые связи цифровой экономики — новые горизонты сотрудничества",
  themeFr: "Nouveaux liens dans l'économie numérique, nouveaux horizons pour la coopération",
  descriptionEn:
    "The 2025 SCO Digital Economy Forum brings together government representatives, business leaders, academics and " +
    "think-tank experts from the member states of the Shanghai Cooperation Organisation to build bridges in artificial " +
    "intelligence, big data, smart cities and more. It comprises an opening ceremony, a main forum and four thematic " +
    "sub-forums, with a signing ceremony for digital-economy projects, a promotion event where Tianjin's state-owned " +
    "enterprises present their work in artificial intelligence, the Internet of Things and smart manufacturing, and site " +
    "visits. More than 1,500 guests take part. At the signing ceremony, more than 100 companies from Beijing, Zhejiang, " +
    "Henan and other regions sign 21 agreements worth 1.35 billion yuan in computing-power infrastructure, the " +
    "low-altitude economy, smart health and smart energy. In the first quarter of 2025 the revenue of Tianjin's core " +
    "digital industries grew 12.2% year on year, and the digital economy accounts for 9.4% of the city's GDP. " +
    "The individual speakers, delegates and agreements shown in this demo are invented sample data.",
  descriptionZh:
    "2025上海合作组织数字经济论坛汇聚上合组织成员国的政府代表、企业家、专家学者和智库代表，共同在人工智能、大数据、智慧城市等领域架设合作桥梁。" +
    "论坛包括开幕式、主论坛和四场主题分论坛，并举办数字经济项目签约仪式、天津国企数字技术应用推介活动及实地参观。" +
    "论坛嘉宾逾1500人。签约仪式上，来自北京、浙江、河南等地的100余家企业签约21个项目，总金额13.5亿元，涉及算力基础设施、低空经济、智慧医疗和智慧能源等领域。" +
    "2025年一季度，天津数字经济核心产业营业收入同比增长12.2%，数字经济占全市地区生产总值的9.4%。" +
    "本演示中的具体嘉宾、代表和签约项目均为虚构的示例数据。",
  descriptionRu:
    "Форум цифровой экономики ШОС 2025 объединяет представителей государственных органов, деловых кругов, учёных и " +
    "экспертов аналитических центров из государств — членов Шанхайской организации сотрудничества, чтобы наводить мосты " +
    "в области искусственного интеллекта, больших данных, умных городов и не только. Программа включает церемонию открытия, " +
    "пленарное заседание и четыре тематических субфорума, а также церемонию подписания проектов цифровой экономики, " +
    "презентацию государственных предприятий Тяньцзиня в сфере ИИ, интернета вещей и интеллектуального производства и " +
    "выездные визиты. В форуме участвуют более 1500 гостей. Более 100 компаний из Пекина, Чжэцзяна, Хэнани и других регионов " +
    "подписывают 21 соглашение на сумму 1,35 млрд юаней в сферах вычислительной инфраструктуры, низковысотной экономики, " +
    "умного здравоохранения и умной энергетики. В первом квартале 2025 года выручка ключевых цифровых отраслей Тяньцзиня " +
    "выросла на 12,2% в годовом исчислении; на цифровую экономику приходится 9,4% ВВП города. " +
    "Конкретные спикеры, делегаты и соглашения в этой демонстрации — вымышленные примеры.",
  descriptionFr:
    "Le Forum de l'économie numérique de l'OCS 2025 réunit des représentants gouvernementaux, des chefs d'entreprise, des " +
    "universitaires et des experts de groupes de réflexion des pays membres de l'Organisation de coopération de Shanghai, " +
    "pour construire des ponts dans l'IA, les mégadonnées, les villes intelligentes et plus encore. Il comprend une " +
    "cérémonie d'ouverture, une session principale et quatre sous-forums thématiques, ainsi qu'une cérémonie de signature " +
    "des projets d'économie numérique, un événement de promotion où les entreprises publiques de Tianjin présentent leurs " +
    "réalisations en intelligence artificielle, Internet des objets et fabrication intelligente, et des visites de sites. " +
    "Plus de 1 500 invités y participent. Plus de 100 entreprises de Pékin, du Zhejiang, du Henan et d'autres régions y " +
    "signent 21 accords d'une valeur de 1,35 milliard de yuans dans les infrastructures de puissance de calcul, l'économie " +
    "à basse altitude, la santé intelligente et l'énergie intelligente. Au premier trimestre 2025, les revenus des " +
    "industries numériques de base de Tianjin ont progressé de 12,2 % en glissement annuel ; l'économie numérique " +
    "représente 9,4 % du PIB de la ville. Les intervenants, délégués et accords présentés dans cette démonstration sont " +
    "des exemples fictifs.",
  venueEn: "Tianjin Meijiang Convention and Exhibition Center",
  venueZh: "天津梅江会展中心",
  venueRu: "Конгрессно-выставочный центр Мэйцзян, Тяньцзинь",
  venueFr: "Centre de congrès et d'expositions Meijiang de Tianjin",
  cityEn: "Tianjin",
  cityZh: "天津",
  cityRu: "Тяньцзинь",
  cityFr: "Tianjin",
  organizersEn: "National Data Administration of China; Tianjin Municipal People's Government",
  organizersZh: "国家数据局；天津市人民政府",
  organizersRu: "Национальное управление по данным КНР; Народное правительство города Тяньцзинь",
  organizersFr: "Administration nationale des données de Chine ; Gouvernement populaire municipal de Tianjin",
  startDate: new Date("2025-07-10"),
  endDate: new Date("2025-07-11"),
  timeZone: DEMO_TIME_ZONE,
  currency: "CNY",
  // The forum is real; only the speakers, delegates and agreements are invented (marked on their rows).
  isSample: false,
} as const;

export type RoomSpec = {
  slug: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  nameFr: string;
  capacity: number;
};

/** Rooms in display order (sortOrder = index + 1). */
export const DEMO_ROOMS: readonly RoomSpec[] = [
  { slug: "main-hall", nameEn: "Main Hall", nameZh: "主会场", nameRu: "Главный зал", nameFr: "Salle plénière", capacity: 1500 },
  { slug: "haihe-hall", nameEn: "Haihe Hall", nameZh: "海河厅", nameRu: "Зал «Хайхэ»", nameFr: "Salle Haihe", capacity: 400 },
  { slug: "binhai-hall", nameEn: "Binhai Hall", nameZh: "滨海厅", nameRu: "Зал «Биньхай»", nameFr: "Salle Binhai", capacity: 300 },
  { slug: "jinmen-hall", nameEn: "Jinmen Hall", nameZh: "津门厅", nameRu: "Зал «Цзиньмэнь»", nameFr: "Salle Jinmen", capacity: 240 },
  { slug: "bohai-hall", nameEn: "Bohai Hall", nameZh: "渤海厅", nameRu: "Зал «Бохай»", nameFr: "Salle Bohai", capacity: 360 },
  { slug: "signing-hall", nameEn: "Signing Hall", nameZh: "签约厅", nameRu: "Зал подписания", nameFr: "Salle des signatures", capacity: 600 },
  { slug: "exhibition-hall", nameEn: "Exhibition Hall", nameZh: "展览馆", nameRu: "Выставочный зал", nameFr: "Hall d'exposition", capacity: 2000 },
  {
    slug: "site-visit-departure",
    nameEn: "Site Visit Departure Point (East Plaza)",
    nameZh: "参观集合点（东广场）",
    nameRu: "Место сбора выездных визитов (Восточная площадь)",
    nameFr: "Point de départ des visites (esplanade Est)",
    capacity: 120,
  },
];

export type SubForumSpec = {
  slug: string;
  /** The hall where all its sessions take place. */
  roomSlug: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  titleFr: string;
  descriptionEn: string;
  descriptionZh: string;
  descriptionRu: string;
  descriptionFr: string;
  /** Dark enough for white text (contrast ≥ 4.5:1, checked by a test). */
  color: string;
};

/** The four sub-forums, in program order (position = index + 1). */
export const DEMO_SUB_FORUMS: readonly SubForumSpec[] = [
  {
    slug: "data-empowered-industry",
    roomSlug: "haihe-hall",
    titleEn: "Data-Empowered Industry",
    titleZh: "数据赋能产业发展",
    titleRu: "Данные как драйвер развития промышленности",
    titleFr: "L'autonomisation industrielle par les données",
    descriptionEn:
      "How data, as a factor of production, transforms manufacturing, logistics and services across the SCO region: " +
      "industrial internet platforms, trusted data spaces and cross-border supply chains.",
    descriptionZh: "探讨数据作为生产要素如何推动上合组织地区制造业、物流和服务业转型：工业互联网平台、可信数据空间与跨境供应链。",
    descriptionRu:
      "Как данные как фактор производства меняют промышленность, логистику и услуги в регионе ШОС: платформы " +
      "промышленного интернета, доверенные пространства данных и трансграничные цепочки поставок.",
    descriptionFr:
      "Comment les données, facteur de production, transforment l'industrie, la logistique et les services dans l'espace " +
      "de l'OCS : plateformes d'Internet industriel, espaces de données de confiance et chaînes d'approvisionnement transfrontalières.",
    color: "#1d4ed8",
  },
  {
    slug: "digital-education-and-talent",
    roomSlug: "binhai-hall",
    titleEn: "Digital Education Innovation and Cross-border Talent Development",
    titleZh: "数字教育创新与跨境人才培养",
    titleRu: "Инновации в цифровом образовании и трансграничная подготовка кадров",
    titleFr: "Innovations en éducation numérique et développement de talents transfrontaliers",
    descriptionEn:
      "Digital skills for the workforce, joint degrees and online learning across borders, and the place of AI in the " +
      "classroom: how SCO countries grow the digital talent of tomorrow together.",
    descriptionZh: "劳动者数字技能、跨境联合学位与在线教育、人工智能进课堂：上合组织国家如何携手培养未来数字人才。",
    descriptionRu:
      "Цифровые навыки для рынка труда, совместные программы и трансграничное онлайн-обучение, ИИ в классе: как страны " +
      "ШОС вместе готовят цифровые кадры будущего.",
    descriptionFr:
      "Compétences numériques des actifs, diplômes conjoints et enseignement en ligne transfrontalier, IA en classe : " +
      "comment les pays de l'OCS forment ensemble les talents numériques de demain.",
    color: "#047857",
  },
  {
    slug: "data-governance-and-ecological-collaboration",
    roomSlug: "jinmen-hall",
    titleEn: "Data Governance and Ecological Collaboration",
    titleZh: "数据治理与生态协同",
    titleRu: "Управление данными и экосистемное сотрудничество",
    titleFr: "Gouvernance des données et collaboration écologique",
    descriptionEn:
      "Rules for cross-border data flows, personal-information protection, data classification and data markets: " +
      "building a governance ecosystem that SCO partners can trust and share.",
    descriptionZh: "跨境数据流动规则、个人信息保护、数据分类分级与数据要素市场：共建上合伙伴可信赖、可共享的数据治理生态。",
    descriptionRu:
      "Правила трансграничной передачи данных, защита персональной информации, классификация данных и рынки данных: " +
      "экосистема управления данными, которой могут доверять партнёры по ШОС.",
    descriptionFr:
      "Règles des flux de données transfrontaliers, protection des informations personnelles, classification des données " +
      "et marchés de données : un écosystème de gouvernance partagé par les partenaires de l'OCS.",
    color: "#7e22ce",
  },
  {
    slug: "future-city-digital-infrastructure",
    roomSlug: "bohai-hall",
    titleEn: "Building Next-Generation Digital Infrastructure for Future Cities",
    titleZh: "建设面向未来城市的新一代数字基础设施",
    titleRu: "Цифровая инфраструктура нового поколения для городов будущего",
    titleFr: "Construire des infrastructures numériques de nouvelle génération pour les villes du futur",
    descriptionEn:
      "Computing-power networks, the low-altitude economy, city digital twins and smart energy grids: the infrastructure " +
      "that future cities in the SCO region will run on.",
    descriptionZh: "算力网络、低空经济、城市数字孪生与智慧能源网络：支撑上合组织地区未来城市运行的新型基础设施。",
    descriptionRu:
      "Сети вычислительных мощностей, низковысотная экономика, цифровые двойники городов и умные энергосети: " +
      "инфраструктура городов будущего в регионе ШОС.",
    descriptionFr:
      "Réseaux de puissance de calcul, économie à basse altitude, jumeaux numériques urbains et réseaux énergétiques " +
      "intelligents : les infrastructures des villes de demain dans l'espace de l'OCS.",
    color: "#c2410c",
  },
];

export type SectorSpec = { slug: string; nameEn: string; nameZh: string; nameRu: string; nameFr: string; color: string };

/** The four sectors of the signed agreements, in display order (position = index + 1). */
export const DEMO_SECTORS: readonly SectorSpec[] = [
  {
    slug: "computing-power-infrastructure",
    nameEn: "Computing-power infrastructure",
    nameZh: "算力基础设施",
    nameRu: "Инфраструктура вычислительных мощностей",
    nameFr: "Infrastructures de puissance de calcul",
    color: "#1e40af",
  },
  {
    slug: "low-altitude-economy",
    nameEn: "Low-altitude economy",
    nameZh: "低空经济",
    nameRu: "Низковысотная экономика",
    nameFr: "Économie à basse altitude",
    color: "#0f766e",
  },
  { slug: "smart-health", nameEn: "Smart health", nameZh: "智慧医疗", nameRu: "Умное здравоохранение", nameFr: "Santé intelligente", color: "#be123c" },
  { slug: "smart-energy", nameEn: "Smart energy", nameZh: "智慧能源", nameRu: "Умная энергетика", nameFr: "Énergie intelligente", color: "#92400e" },
];

export type SectorSlug = "computing-power-infrastructure" | "low-altitude-economy" | "smart-health" | "smart-energy";
