// Organizations of the demo: the three real bodies behind the forum, invented universities, think
// tanks, media and government bodies, invented Tianjin state-owned enterprises and foreign companies,
// and some 120 invented Chinese companies generated from city × brand × business, by sector.
import { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { SectorSlug } from "./demo-forum";
import { Rng } from "./random";
import { slugify } from "./text";

export type OrganizationSpec = {
  slug: string;
  nameEn: string;
  nameZh?: string;
  nameRu?: string;
  kind: OrganizationKind;
  countryCode: string;
  region: string | null;
  descriptionEn: string;
  descriptionZh?: string;
  /** The agreement sector a company works in (companies only). */
  sector?: SectorSlug;
  isSample: boolean;
};

const { COMPANY, STATE_OWNED_ENTERPRISE: SOE, GOVERNMENT, UNIVERSITY, THINK_TANK, MEDIA } = OrganizationKind;

type Fixed = Omit<OrganizationSpec, "slug" | "isSample"> & { slug?: string; isSample?: boolean };

/** Written by hand: people and agreements refer to these by slug. */
const FIXED: readonly Fixed[] = [
  // Real public bodies (not sample data).
  {
    slug: "national-data-administration",
    nameEn: "National Data Administration of China",
    nameZh: "国家数据局",
    nameRu: "Национальное управление по данным КНР",
    kind: GOVERNMENT,
    countryCode: "CN",
    region: "Beijing",
    descriptionEn: "China's national authority for data resources and the digital economy; co-organizer of the forum.",
    descriptionZh: "负责数据资源与数字经济工作的国家机构；论坛联合主办单位。",
    isSample: false,
  },
  {
    slug: "tianjin-municipal-government",
    nameEn: "Tianjin Municipal People's Government",
    nameZh: "天津市人民政府",
    nameRu: "Народное правительство города Тяньцзинь",
    kind: GOVERNMENT,
    countryCode: "CN",
    region: "Tianjin",
    descriptionEn: "The government of Tianjin Municipality; co-organizer and host of the forum.",
    descriptionZh: "天津市人民政府；论坛联合主办和承办方。",
    isSample: false,
  },
  {
    slug: "sco-secretariat",
    nameEn: "SCO Secretariat",
    nameZh: "上海合作组织秘书处",
    nameRu: "Секретариат ШОС",
    kind: GOVERNMENT,
    countryCode: "CN",
    region: "Beijing",
    descriptionEn: "The permanent executive body of the Shanghai Cooperation Organisation, based in Beijing.",
    descriptionZh: "上海合作组织常设行政机构，设在北京。",
    isSample: false,
  },
  // Invented government bodies.
  { slug: "tianjin-municipal-data-bureau", nameEn: "Tianjin Municipal Data Bureau", nameZh: "天津市数据局", kind: GOVERNMENT, countryCode: "CN", region: "Tianjin", descriptionEn: "Municipal body for data resources and digital government (sample)." },
  { slug: "binhai-new-area-digital-office", nameEn: "Binhai New Area Digital Economy Office", nameZh: "滨海新区数字经济办公室", kind: GOVERNMENT, countryCode: "CN", region: "Tianjin", descriptionEn: "District office promoting digital-economy projects in Binhai (sample)." },
  { slug: "zhejiang-provincial-data-bureau", nameEn: "Zhejiang Provincial Data Bureau", nameZh: "浙江省数据局", kind: GOVERNMENT, countryCode: "CN", region: "Zhejiang", descriptionEn: "Provincial body for data resources (sample)." },
  { slug: "henan-provincial-data-bureau", nameEn: "Henan Provincial Data Bureau", nameZh: "河南省数据局", kind: GOVERNMENT, countryCode: "CN", region: "Henan", descriptionEn: "Provincial body for data resources (sample)." },
  { slug: "kz-ministry-digital-development", nameEn: "Ministry of Digital Development of Kazakhstan", nameRu: "Министерство цифрового развития Казахстана", kind: GOVERNMENT, countryCode: "KZ", region: "Astana", descriptionEn: "Government ministry (sample entry)." },
  { slug: "ru-ministry-digital-development", nameEn: "Ministry of Digital Development of the Russian Federation", nameRu: "Министерство цифрового развития Российской Федерации", kind: GOVERNMENT, countryCode: "RU", region: "Moscow", descriptionEn: "Government ministry (sample entry)." },
  { slug: "uz-ministry-digital-technologies", nameEn: "Ministry of Digital Technologies of Uzbekistan", nameRu: "Министерство цифровых технологий Узбекистана", kind: GOVERNMENT, countryCode: "UZ", region: "Tashkent", descriptionEn: "Government ministry (sample entry)." },
  { slug: "kg-ministry-digital-development", nameEn: "Ministry of Digital Development of Kyrgyzstan", nameRu: "Министерство цифрового развития Кыргызстана", kind: GOVERNMENT, countryCode: "KG", region: "Bishkek", descriptionEn: "Government ministry (sample entry)." },
  { slug: "tj-communications-service", nameEn: "Communications Service of Tajikistan", nameRu: "Служба связи Таджикистана", kind: GOVERNMENT, countryCode: "TJ", region: "Dushanbe", descriptionEn: "Government agency (sample entry)." },
  { slug: "by-ministry-communications", nameEn: "Ministry of Communications and Informatization of Belarus", nameRu: "Министерство связи и информатизации Беларуси", kind: GOVERNMENT, countryCode: "BY", region: "Minsk", descriptionEn: "Government ministry (sample entry)." },
  { slug: "pk-ministry-it", nameEn: "Ministry of IT and Telecommunication of Pakistan", kind: GOVERNMENT, countryCode: "PK", region: "Islamabad", descriptionEn: "Government ministry (sample entry)." },
  { slug: "ir-ministry-ict", nameEn: "Ministry of ICT of Iran", kind: GOVERNMENT, countryCode: "IR", region: "Tehran", descriptionEn: "Government ministry (sample entry)." },
  { slug: "in-digital-economy-council", nameEn: "Digital Economy Council of India", kind: GOVERNMENT, countryCode: "IN", region: "New Delhi", descriptionEn: "Government advisory body (sample)." },
  // Invented universities.
  { slug: "north-china-university-of-information-science", nameEn: "North China University of Information Science", nameZh: "华北信息科学大学", kind: UNIVERSITY, countryCode: "CN", region: "Tianjin", descriptionEn: "Research university in data science and computing (sample)." },
  { slug: "jinghai-institute-of-technology", nameEn: "Jinghai Institute of Technology", nameZh: "京海理工学院", kind: UNIVERSITY, countryCode: "CN", region: "Beijing", descriptionEn: "Engineering university with a school of artificial intelligence (sample)." },
  { slug: "qiantang-university-of-digital-economy", nameEn: "Qiantang University of Digital Economy", nameZh: "钱塘数字经济大学", kind: UNIVERSITY, countryCode: "CN", region: "Zhejiang", descriptionEn: "University specialising in the digital economy and e-commerce (sample)." },
  { slug: "zhongyuan-institute-of-data-engineering", nameEn: "Zhongyuan Institute of Data Engineering", nameZh: "中原数据工程学院", kind: UNIVERSITY, countryCode: "CN", region: "Henan", descriptionEn: "Institute training data engineers for central China (sample)." },
  { slug: "eurasian-digital-university", nameEn: "Eurasian Digital University", nameRu: "Евразийский цифровой университет", kind: UNIVERSITY, countryCode: "KZ", region: "Astana", descriptionEn: "University of computing and digital governance (sample)." },
  { slug: "tashkent-institute-of-digital-technologies", nameEn: "Tashkent Institute of Digital Technologies", nameRu: "Ташкентский институт цифровых технологий", kind: UNIVERSITY, countryCode: "UZ", region: "Tashkent", descriptionEn: "Institute of software engineering and telecommunications (sample)." },
  { slug: "siberian-institute-of-data-science", nameEn: "Siberian Institute of Data Science", nameRu: "Сибирский институт науки о данных", kind: UNIVERSITY, countryCode: "RU", region: "Novosibirsk", descriptionEn: "Research institute in data science and high-performance computing (sample)." },
  { slug: "minsk-university-of-digital-technologies", nameEn: "Minsk University of Digital Technologies", nameRu: "Минский университет цифровых технологий", kind: UNIVERSITY, countryCode: "BY", region: "Minsk", descriptionEn: "University of informatics and electronics (sample)." },
  { slug: "lahore-institute-of-computing", nameEn: "Lahore Institute of Computing", kind: UNIVERSITY, countryCode: "PK", region: "Punjab", descriptionEn: "Institute of computer science and AI (sample)." },
  { slug: "deccan-school-of-data-science", nameEn: "Deccan School of Data Science", kind: UNIVERSITY, countryCode: "IN", region: "Karnataka", descriptionEn: "Graduate school of data science (sample)." },
  { slug: "tehran-institute-for-ai-research", nameEn: "Tehran Institute for AI Research", kind: UNIVERSITY, countryCode: "IR", region: "Tehran", descriptionEn: "Research institute in artificial intelligence (sample)." },
  { slug: "bishkek-academy-of-digital-skills", nameEn: "Bishkek Academy of Digital Skills", nameRu: "Бишкекская академия цифровых навыков", kind: UNIVERSITY, countryCode: "KG", region: "Bishkek", descriptionEn: "Academy training software developers and data analysts (sample)." },
  { slug: "dushanbe-polytechnic-institute-of-informatics", nameEn: "Dushanbe Polytechnic Institute of Informatics", nameRu: "Душанбинский политехнический институт информатики", kind: UNIVERSITY, countryCode: "TJ", region: "Dushanbe", descriptionEn: "Polytechnic institute (sample)." },
  // Invented think tanks.
  { slug: "sco-digital-economy-research-center", nameEn: "SCO Digital Economy Research Center", nameZh: "上合组织数字经济研究中心", kind: THINK_TANK, countryCode: "CN", region: "Tianjin", descriptionEn: "Think tank on digital-economy cooperation among SCO countries (sample)." },
  { slug: "china-center-for-data-governance-studies", nameEn: "China Center for Data Governance Studies", nameZh: "中国数据治理研究中心", kind: THINK_TANK, countryCode: "CN", region: "Beijing", descriptionEn: "Think tank on data law and policy (sample)." },
  { slug: "eurasian-institute-for-digital-policy", nameEn: "Eurasian Institute for Digital Policy", nameRu: "Евразийский институт цифровой политики", kind: THINK_TANK, countryCode: "RU", region: "Moscow", descriptionEn: "Think tank on digital regulation in Eurasia (sample)." },
  { slug: "central-asia-digital-policy-center", nameEn: "Central Asia Digital Policy Center", nameRu: "Центр цифровой политики Центральной Азии", kind: THINK_TANK, countryCode: "KZ", region: "Almaty", descriptionEn: "Regional think tank on digital policy (sample)." },
  { slug: "indus-institute-of-economic-studies", nameEn: "Indus Institute of Economic Studies", kind: THINK_TANK, countryCode: "PK", region: "Islamabad", descriptionEn: "Economic policy think tank (sample)." },
  // Invented media.
  { slug: "haihe-digital-media", nameEn: "Haihe Digital Media Group", nameZh: "海河数字传媒集团", kind: MEDIA, countryCode: "CN", region: "Tianjin", descriptionEn: "Tianjin news and video group (sample)." },
  { slug: "silk-road-tech-review", nameEn: "Silk Road Tech Review", nameZh: "丝路科技评论", kind: MEDIA, countryCode: "CN", region: "Beijing", descriptionEn: "Technology magazine covering the SCO region (sample)." },
  { slug: "eurasia-business-wire", nameEn: "Eurasia Business Wire", nameRu: "Евразия Бизнес Ваир", kind: MEDIA, countryCode: "RU", region: "Moscow", descriptionEn: "Business news agency (sample)." },
  { slug: "steppe-tech-news", nameEn: "Steppe Tech News", nameRu: "Степь Тех Ньюс", kind: MEDIA, countryCode: "KZ", region: "Almaty", descriptionEn: "Online technology news (sample)." },
  // Invented Tianjin state-owned enterprises (the SOE promotion event, host parties to agreements).
  { slug: "tianjin-haihe-digital-industry-group", nameEn: "Tianjin Haihe Digital Industry Group Co., Ltd.", nameZh: "天津海河数字产业集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Municipal state-owned group investing in AI, IoT and industrial software (sample).", sector: "computing-power-infrastructure" },
  { slug: "tianjin-binhai-computing-power-investment-group", nameEn: "Tianjin Binhai Computing Power Investment Group Co., Ltd.", nameZh: "天津滨海算力投资集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Builds and operates intelligent-computing centres in Binhai (sample).", sector: "computing-power-infrastructure" },
  { slug: "tianjin-jinmen-intelligent-manufacturing-group", nameEn: "Tianjin Jinmen Intelligent Manufacturing Group Co., Ltd.", nameZh: "天津津门智能制造集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Smart factories, industrial robots and digital twins for manufacturing (sample)." },
  { slug: "tianjin-bohai-smart-port-technology", nameEn: "Tianjin Bohai Smart Port Technology Co., Ltd.", nameZh: "天津渤海智慧港口科技有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Automated container terminals and port IoT (sample)." },
  { slug: "tianjin-low-altitude-economy-development-group", nameEn: "Tianjin Low-Altitude Economy Development Group Co., Ltd.", nameZh: "天津低空经济发展集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Drone corridors, vertiports and low-altitude logistics (sample).", sector: "low-altitude-economy" },
  { slug: "tianjin-health-information-industry-group", nameEn: "Tianjin Health Information Industry Group Co., Ltd.", nameZh: "天津健康信息产业集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Regional health data platforms and hospital IT (sample).", sector: "smart-health" },
  { slug: "tianjin-urban-energy-digital-group", nameEn: "Tianjin Urban Energy Digital Group Co., Ltd.", nameZh: "天津城市能源数字集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Smart heating, grids and energy management for the city (sample).", sector: "smart-energy" },
  { slug: "tianjin-information-network", nameEn: "Tianjin Information Network Co., Ltd.", nameZh: "天津信息网络有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Fibre, 5G private networks and city IoT (sample)." },
  { slug: "tianjin-rail-transit-smart-operations", nameEn: "Tianjin Rail Transit Smart Operations Co., Ltd.", nameZh: "天津轨道交通智慧运营有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Digital operations for urban rail (sample)." },
  { slug: "tianjin-iot-industry-group", nameEn: "Tianjin IoT Industry Group Co., Ltd.", nameZh: "天津物联网产业集团有限公司", kind: SOE, countryCode: "CN", region: "Tianjin", descriptionEn: "Sensors, IoT platforms and smart-city services (sample)." },
  // Invented companies from other SCO countries.
  { slug: "astana-digital-solutions", nameEn: "Astana Digital Solutions LLP", nameRu: "ТОО «Астана Диджитал Солюшнс»", kind: COMPANY, countryCode: "KZ", region: "Astana", descriptionEn: "System integrator for e-government and data centres (sample).", sector: "computing-power-infrastructure" },
  { slug: "almaty-cloud-systems", nameEn: "Almaty Cloud Systems JSC", nameRu: "АО «Алматы Клауд Системс»", kind: COMPANY, countryCode: "KZ", region: "Almaty", descriptionEn: "Cloud hosting and colocation (sample).", sector: "computing-power-infrastructure" },
  { slug: "steppe-energy-analytics", nameEn: "Steppe Energy Analytics LLP", nameRu: "ТОО «Степ Энерджи Аналитикс»", kind: COMPANY, countryCode: "KZ", region: "Karaganda", descriptionEn: "Analytics for power grids and wind farms (sample).", sector: "smart-energy" },
  { slug: "tashkent-smart-city-technologies", nameEn: "Tashkent Smart City Technologies LLC", nameRu: "ООО «Ташкент Смарт Сити Технолоджис»", kind: COMPANY, countryCode: "UZ", region: "Tashkent", descriptionEn: "Smart-city platforms and traffic management (sample).", sector: "low-altitude-economy" },
  { slug: "samarkand-health-data", nameEn: "Samarkand Health Data LLC", nameRu: "ООО «Самарканд Хелс Дата»", kind: COMPANY, countryCode: "UZ", region: "Samarkand", descriptionEn: "Telemedicine and hospital information systems (sample).", sector: "smart-health" },
  { slug: "bishkek-data-center", nameEn: "Bishkek Data Center LLC", nameRu: "ОсОО «Бишкек Дата Центр»", kind: COMPANY, countryCode: "KG", region: "Bishkek", descriptionEn: "Tier III data centre operator (sample).", sector: "computing-power-infrastructure" },
  { slug: "pamir-hydro-digital", nameEn: "Pamir Hydro Digital LLC", nameRu: "ООО «Памир Гидро Диджитал»", kind: COMPANY, countryCode: "TJ", region: "Dushanbe", descriptionEn: "Digital monitoring for hydropower plants (sample).", sector: "smart-energy" },
  { slug: "kazan-robotics", nameEn: "Kazan Robotics LLC", nameRu: "ООО «Казань Роботикс»", kind: COMPANY, countryCode: "RU", region: "Tatarstan", descriptionEn: "Industrial and delivery robots (sample).", sector: "low-altitude-economy" },
  { slug: "novosibirsk-data-systems", nameEn: "Novosibirsk Data Systems JSC", nameRu: "АО «Новосибирские системы данных»", kind: COMPANY, countryCode: "RU", region: "Novosibirsk", descriptionEn: "High-performance computing services (sample).", sector: "computing-power-infrastructure" },
  { slug: "volga-smart-grid", nameEn: "Volga Smart Grid LLC", nameRu: "ООО «Волга Смарт Грид»", kind: COMPANY, countryCode: "RU", region: "Samara", descriptionEn: "Grid automation and metering (sample).", sector: "smart-energy" },
  { slug: "minsk-medtech-solutions", nameEn: "Minsk MedTech Solutions LLC", nameRu: "ООО «Минск МедТех Солюшнс»", kind: COMPANY, countryCode: "BY", region: "Minsk", descriptionEn: "Medical imaging software (sample).", sector: "smart-health" },
  { slug: "indus-software-exports", nameEn: "Indus Software Exports (Pvt) Ltd", kind: COMPANY, countryCode: "PK", region: "Punjab", descriptionEn: "Software outsourcing and health IT (sample).", sector: "smart-health" },
  { slug: "deccan-analytics", nameEn: "Deccan Analytics Pvt Ltd", kind: COMPANY, countryCode: "IN", region: "Karnataka", descriptionEn: "Data analytics for manufacturers (sample)." },
  { slug: "persian-gulf-smart-energy-engineering", nameEn: "Persian Gulf Smart Energy Engineering Co.", kind: COMPANY, countryCode: "IR", region: "Bushehr", descriptionEn: "Smart-grid engineering (sample).", sector: "smart-energy" },
];

type City = { en: string; zh: string; region: string };

/** Weighted towards Beijing, Zhejiang, Henan and Tianjin, the regions named in the reports. */
const CITIES: readonly (readonly [City, number])[] = [
  [{ en: "Beijing", zh: "北京", region: "Beijing" }, 10],
  [{ en: "Hangzhou", zh: "杭州", region: "Zhejiang" }, 6],
  [{ en: "Ningbo", zh: "宁波", region: "Zhejiang" }, 2],
  [{ en: "Wenzhou", zh: "温州", region: "Zhejiang" }, 1],
  [{ en: "Jiaxing", zh: "嘉兴", region: "Zhejiang" }, 1],
  [{ en: "Zhengzhou", zh: "郑州", region: "Henan" }, 5],
  [{ en: "Luoyang", zh: "洛阳", region: "Henan" }, 2],
  [{ en: "Xinxiang", zh: "新乡", region: "Henan" }, 1],
  [{ en: "Tianjin", zh: "天津", region: "Tianjin" }, 6],
  [{ en: "Tianjin Binhai", zh: "天津滨海", region: "Tianjin" }, 3],
  [{ en: "Shanghai", zh: "上海", region: "Shanghai" }, 2],
  [{ en: "Shenzhen", zh: "深圳", region: "Guangdong" }, 2],
  [{ en: "Suzhou", zh: "苏州", region: "Jiangsu" }, 1],
  [{ en: "Nanjing", zh: "南京", region: "Jiangsu" }, 1],
  [{ en: "Chengdu", zh: "成都", region: "Sichuan" }, 1],
  [{ en: "Xi'an", zh: "西安", region: "Shaanxi" }, 1],
  [{ en: "Wuhan", zh: "武汉", region: "Hubei" }, 1],
  [{ en: "Jinan", zh: "济南", region: "Shandong" }, 1],
  [{ en: "Hefei", zh: "合肥", region: "Anhui" }, 1],
  [{ en: "Guiyang", zh: "贵阳", region: "Guizhou" }, 1],
  [{ en: "Langfang", zh: "廊坊", region: "Hebei" }, 1],
  [{ en: "Hohhot", zh: "呼和浩特", region: "Inner Mongolia" }, 1],
  [{ en: "Urumqi", zh: "乌鲁木齐", region: "Xinjiang" }, 1],
];

/** Invented trade names (pinyin, characters). */
const BRANDS: readonly (readonly [string, string])[] = [
  ["Tianyuan", "天元"], ["Huaxin", "华信"], ["Ruida", "瑞达"], ["Hengtai", "恒泰"], ["Zhiyuan", "智远"],
  ["Xinghe", "星河"], ["Boyuan", "博远"], ["Jinghong", "景鸿"], ["Yunfan", "云帆"], ["Lingyun", "凌云"],
  ["Haina", "海纳"], ["Qiming", "启明"], ["Zhongtian", "中天"], ["Ruixin", "睿信"], ["Tengfei", "腾飞"],
  ["Huiyuan", "汇远"], ["Dingsheng", "鼎盛"], ["Shengshi", "盛世"], ["Yaoguang", "瑶光"], ["Tianshu", "天枢"],
  ["Jiuzhou", "九州"], ["Hongtu", "宏图"], ["Mingda", "明达"], ["Zhihui", "智汇"], ["Xinyuan", "信源"],
  ["Jinxin", "金信"], ["Huarui", "华睿"], ["Kaiyuan", "开元"], ["Zhuoyue", "卓越"], ["Taihe", "泰和"],
  ["Qihang", "启航"], ["Hanyu", "瀚宇"], ["Jingwei", "经纬"], ["Ruiyun", "瑞云"], ["Zhengyuan", "正元"],
  ["Xingchen", "星辰"], ["Yuanhang", "远航"], ["Hengxin", "恒信"], ["Zhongrui", "众瑞"], ["Lanhai", "蓝海"],
];

type Business = readonly [en: string, zh: string];

const BUSINESSES: Record<SectorSlug | "general", readonly Business[]> = {
  "computing-power-infrastructure": [
    ["Computing Power Technology", "算力科技"], ["Intelligent Computing", "智算科技"], ["Cloud Data Center", "云数据中心"],
    ["Big Data Technology", "大数据科技"], ["Optical Network", "光网络"], ["Server Technology", "服务器科技"],
  ],
  "low-altitude-economy": [
    ["UAV Technology", "无人机科技"], ["Low-Altitude Technology", "低空科技"], ["General Aviation", "通用航空"],
    ["Flight Control Systems", "飞控系统"], ["Airspace Data Services", "空域数据服务"], ["Drone Logistics", "无人机物流"],
  ],
  "smart-health": [
    ["Smart Health Technology", "智慧健康科技"], ["Medical AI", "医疗人工智能"], ["Digital Medical Technology", "数字医疗科技"],
    ["Telemedicine", "远程医疗"], ["Health Data Services", "健康数据服务"], ["Medical Imaging Technology", "医学影像科技"],
  ],
  "smart-energy": [
    ["Smart Energy Technology", "智慧能源科技"], ["Energy Storage Technology", "储能科技"], ["Smart Grid Technology", "智能电网科技"],
    ["New Energy", "新能源"], ["Power Digital Technology", "电力数字科技"], ["Photovoltaic Technology", "光伏科技"],
  ],
  general: [
    ["Information Technology", "信息技术"], ["Software", "软件"], ["Internet of Things Technology", "物联网科技"],
    ["Intelligent Manufacturing", "智能制造"], ["Digital Technology", "数字科技"], ["Network Security", "网络安全"],
  ],
};

const SECTOR_WORK: Record<SectorSlug | "general", string> = {
  "computing-power-infrastructure": "computing-power infrastructure and cloud services",
  "low-altitude-economy": "drones and low-altitude services",
  "smart-health": "digital health and medical AI",
  "smart-energy": "smart grids, storage and renewable energy",
  general: "software and digital services",
};

/** How many generated Chinese companies per sector (the fixed list adds SOEs and foreign companies). */
const GENERATED_PER_SECTOR = 30;
const GENERATED_GENERAL = 16;

function generateCompanies(rng: Rng, taken: Set<string>): OrganizationSpec[] {
  const result: OrganizationSpec[] = [];
  const groups: (SectorSlug | "general")[] = [
    "computing-power-infrastructure",
    "low-altitude-economy",
    "smart-health",
    "smart-energy",
    "general",
  ];
  for (const group of groups) {
    const wanted = group === "general" ? GENERATED_GENERAL : GENERATED_PER_SECTOR;
    let made = 0;
    while (made < wanted) {
      const city = rng.weighted(CITIES);
      const [brandEn, brandZh] = rng.pick(BRANDS);
      const [bizEn, bizZh] = rng.pick(BUSINESSES[group]);
      // About one in seven is a provincial or municipal state-owned group.
      const soe = rng.chance(0.14);
      const nameEn = soe ? `${city.en} ${brandEn} ${bizEn} Group Co., Ltd.` : `${city.en} ${brandEn} ${bizEn} Co., Ltd.`;
      const nameZh = soe ? `${city.zh}${brandZh}${bizZh}集团有限公司` : `${city.zh}${brandZh}${bizZh}有限公司`;
      const slug = slugify(nameEn);
      if (taken.has(slug)) continue;
      taken.add(slug);
      made++;
      const place = city.en === city.region || city.en.startsWith(city.region) ? city.region : `${city.en}, ${city.region}`;
      result.push({
        slug,
        nameEn,
        nameZh,
        kind: soe ? SOE : COMPANY,
        countryCode: "CN",
        region: city.region,
        descriptionEn: `${soe ? "State-owned group" : "Company"} in ${place} working on ${SECTOR_WORK[group]} (sample).`,
        descriptionZh: `${city.zh}${soe ? "国有企业集团" : "企业"}（示例数据）。`,
        sector: group === "general" ? undefined : group,
        isSample: true,
      });
    }
  }
  return result;
}

/** Every organization of the demo, deterministic (same list on every run). */
export function buildOrganizations(): OrganizationSpec[] {
  const fixed: OrganizationSpec[] = FIXED.map((o) => ({ ...o, slug: o.slug ?? slugify(o.nameEn), isSample: o.isSample ?? true }));
  const taken = new Set(fixed.map((o) => o.slug));
  const generated = generateCompanies(new Rng(20250710), taken);
  return [...fixed, ...generated];
}

export function isCompany(kind: OrganizationKind): boolean {
  return kind === COMPANY || kind === SOE;
}
