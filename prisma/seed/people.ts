// Speakers, moderators and hosts of the demo program. All invented (isSample): no name here belongs
// to a real official. Chinese names carry their characters in nameZh; Russian and Central Asian
// names their Cyrillic spelling in nameRu.
import { slugify } from "./text";

export type PersonSpec = {
  slug: string;
  nameEn: string;
  nameZh?: string;
  nameRu?: string;
  titleEn: string;
  titleZh: string;
  titleRu?: string;
  bioEn: string;
  bioZh?: string;
  bioRu?: string;
  organizationSlug: string;
  countryCode: string;
  /** 1 = ministers … 100. */
  protocolRank: number;
};

type Input = Omit<PersonSpec, "slug">;

const PEOPLE: readonly Input[] = [
  // China: hosts and officials.
  {
    nameEn: "Zhao Mingyuan", nameZh: "赵明远",
    titleEn: "Deputy Secretary-General", titleZh: "副秘书长",
    bioEn: "Coordinates Tianjin's digital-economy and data-industry policies and led the preparation of the forum.",
    bioZh: "负责统筹天津市数字经济和数据产业政策，牵头论坛筹备工作。",
    organizationSlug: "tianjin-municipal-government", countryCode: "CN", protocolRank: 8,
  },
  {
    nameEn: "Liu Yanqing", nameZh: "刘彦青",
    titleEn: "Director-General, Department of International Cooperation", titleZh: "国际合作司司长",
    bioEn: "Leads cooperation on data and the digital economy with SCO partners and international organisations.",
    bioZh: "负责与上合组织伙伴及国际组织开展数据和数字经济领域合作。",
    organizationSlug: "national-data-administration", countryCode: "CN", protocolRank: 6,
  },
  {
    nameEn: "Ma Guoqiang", nameZh: "马国强",
    titleEn: "Director", titleZh: "局长",
    bioEn: "Oversees the city's public data platform and the opening of public data to industry.",
    bioZh: "主管天津市公共数据平台建设和公共数据授权运营工作。",
    organizationSlug: "tianjin-municipal-data-bureau", countryCode: "CN", protocolRank: 12,
  },
  {
    nameEn: "Wu Xiaoling", nameZh: "吴晓玲",
    titleEn: "Deputy Director", titleZh: "副主任",
    bioEn: "Runs investment promotion for digital-economy projects in Binhai and the pipeline of projects signed at the forum.",
    bioZh: "负责滨海新区数字经济项目招商，统筹论坛签约项目储备。",
    organizationSlug: "binhai-new-area-digital-office", countryCode: "CN", protocolRank: 25,
  },
  {
    nameEn: "Han Tao", nameZh: "韩涛",
    titleEn: "Deputy Director", titleZh: "副局长",
    bioEn: "Works on Zhejiang's data-element market and the digital transformation of small manufacturers.",
    bioZh: "分管浙江省数据要素市场建设和中小制造企业数字化转型。",
    organizationSlug: "zhejiang-provincial-data-bureau", countryCode: "CN", protocolRank: 20,
  },
  {
    nameEn: "Feng Xue", nameZh: "冯雪",
    titleEn: "Deputy Director", titleZh: "副局长",
    bioEn: "Leads Henan's programme for industrial internet platforms in equipment manufacturing.",
    bioZh: "负责河南省装备制造业工业互联网平台建设工作。",
    organizationSlug: "henan-provincial-data-bureau", countryCode: "CN", protocolRank: 20,
  },
  // China: academics, think tanks, media.
  {
    nameEn: "Chen Zhiwei", nameZh: "陈志伟",
    titleEn: "President", titleZh: "主任",
    bioEn: "Economist studying digital trade among SCO countries; author of an annual report on the region's digital economy.",
    bioZh: "经济学家，长期研究上合组织国家数字贸易，主编上合组织地区数字经济年度报告。",
    organizationSlug: "sco-digital-economy-research-center", countryCode: "CN", protocolRank: 30,
  },
  {
    nameEn: "Pan Yifei", nameZh: "潘一飞",
    titleEn: "Senior Researcher", titleZh: "高级研究员",
    bioEn: "Researches data as a factor of production and the measurement of data assets in manufacturing.",
    bioZh: "研究数据要素化及制造业数据资产计量。",
    organizationSlug: "sco-digital-economy-research-center", countryCode: "CN", protocolRank: 62,
  },
  {
    nameEn: "Sun Lihua", nameZh: "孙丽华",
    titleEn: "Dean, School of Data Science", titleZh: "数据科学学院院长",
    bioEn: "Computer scientist working on large-scale data systems and on AI curricula for universities.",
    bioZh: "计算机科学家，研究大规模数据系统及高校人工智能课程体系。",
    organizationSlug: "north-china-university-of-information-science", countryCode: "CN", protocolRank: 32,
  },
  {
    nameEn: "Qian Lu", nameZh: "钱璐",
    titleEn: "Director, Data Security Laboratory", titleZh: "数据安全实验室主任",
    bioEn: "Works on privacy-preserving computation and data classification standards.",
    bioZh: "研究隐私计算和数据分类分级标准。",
    organizationSlug: "north-china-university-of-information-science", countryCode: "CN", protocolRank: 57,
  },
  {
    nameEn: "Xu Wenbo", nameZh: "徐文博",
    titleEn: "Professor, School of Artificial Intelligence", titleZh: "人工智能学院教授",
    bioEn: "Builds industrial AI for quality inspection and predictive maintenance with factories in northern China.",
    bioZh: "与华北地区工厂合作开发质量检测和预测性维护工业人工智能。",
    organizationSlug: "jinghai-institute-of-technology", countryCode: "CN", protocolRank: 55,
  },
  {
    nameEn: "Yang Fan", nameZh: "杨帆",
    titleEn: "Vice President", titleZh: "副校长",
    bioEn: "Responsible for international programmes and joint degrees with universities in Central Asia.",
    bioZh: "分管国际合作办学及与中亚高校的联合学位项目。",
    organizationSlug: "qiantang-university-of-digital-economy", countryCode: "CN", protocolRank: 35,
  },
  {
    nameEn: "Song Yu", nameZh: "宋宇",
    titleEn: "Dean", titleZh: "院长",
    bioEn: "Runs vocational programmes that train data engineers and annotators for central China.",
    bioZh: "主持面向华中地区的数据工程师和数据标注人才职业培养项目。",
    organizationSlug: "zhongyuan-institute-of-data-engineering", countryCode: "CN", protocolRank: 38,
  },
  {
    nameEn: "Guo Jing", nameZh: "郭静",
    titleEn: "Director, Centre for Data Law", titleZh: "数据法治研究所所长",
    bioEn: "Legal scholar on cross-border data flows and personal-information protection.",
    bioZh: "法学学者，研究数据跨境流动和个人信息保护。",
    organizationSlug: "china-center-for-data-governance-studies", countryCode: "CN", protocolRank: 40,
  },
  {
    nameEn: "Lu Qian", nameZh: "陆倩",
    titleEn: "Editor-in-Chief", titleZh: "总编辑",
    bioEn: "Journalist who has covered technology in Central Asia for fifteen years.",
    bioZh: "科技媒体人，报道中亚科技发展十五年。",
    organizationSlug: "silk-road-tech-review", countryCode: "CN", protocolRank: 60,
  },
  // China: enterprises.
  {
    nameEn: "He Jun", nameZh: "何骏",
    titleEn: "Chairman", titleZh: "董事长",
    bioEn: "Leads the group's investments in AI, industrial software and the Internet of Things.",
    bioZh: "主导集团在人工智能、工业软件和物联网领域的投资布局。",
    organizationSlug: "tianjin-haihe-digital-industry-group", countryCode: "CN", protocolRank: 22,
  },
  {
    nameEn: "Gao Ya", nameZh: "高雅",
    titleEn: "Vice President", titleZh: "副总裁",
    bioEn: "In charge of the Binhai intelligent-computing centre and its customers across the SCO region.",
    bioZh: "负责滨海智算中心建设运营及上合组织地区客户拓展。",
    organizationSlug: "tianjin-binhai-computing-power-investment-group", countryCode: "CN", protocolRank: 45,
  },
  {
    nameEn: "Kong Dehai", nameZh: "孔德海",
    titleEn: "Senior Engineer", titleZh: "高级工程师",
    bioEn: "Designed the liquid cooling of the Binhai intelligent-computing centre.",
    bioZh: "主持滨海智算中心液冷系统设计。",
    organizationSlug: "tianjin-binhai-computing-power-investment-group", countryCode: "CN", protocolRank: 70,
  },
  {
    nameEn: "Zhou Haoran", nameZh: "周浩然",
    titleEn: "Chief Technology Officer", titleZh: "首席技术官",
    bioEn: "Leads digital-twin and machine-vision projects in the group's smart factories.",
    bioZh: "负责集团智能工厂的数字孪生和机器视觉项目。",
    organizationSlug: "tianjin-jinmen-intelligent-manufacturing-group", countryCode: "CN", protocolRank: 50,
  },
  {
    nameEn: "Lin Shuang", nameZh: "林爽",
    titleEn: "General Manager", titleZh: "总经理",
    bioEn: "Runs the automation of container terminals, from remote-controlled cranes to driverless trucks.",
    bioZh: "负责集装箱码头自动化改造，涵盖远控岸桥到无人集卡。",
    organizationSlug: "tianjin-bohai-smart-port-technology", countryCode: "CN", protocolRank: 48,
  },
  {
    nameEn: "Bai Yun", nameZh: "白云",
    titleEn: "Head of Visitor Programmes", titleZh: "参观接待部负责人",
    bioEn: "Guides delegations through the smart-port demonstration area.",
    bioZh: "负责智慧港口示范区的参观接待。",
    organizationSlug: "tianjin-bohai-smart-port-technology", countryCode: "CN", protocolRank: 80,
  },
  {
    nameEn: "Tang Hui", nameZh: "唐慧",
    titleEn: "Chief Executive Officer", titleZh: "首席执行官",
    bioEn: "Builds the city's drone corridors and vertiports for logistics and emergency services.",
    bioZh: "负责城市无人机航路和起降场建设，服务物流与应急救援。",
    organizationSlug: "tianjin-low-altitude-economy-development-group", countryCode: "CN", protocolRank: 42,
  },
  {
    nameEn: "Deng Kai", nameZh: "邓凯",
    titleEn: "Chief Engineer", titleZh: "总工程师",
    bioEn: "Leads the digital twin of the city's heating network and its demand-response programme.",
    bioZh: "主持城市供热管网数字孪生和需求响应项目。",
    organizationSlug: "tianjin-urban-energy-digital-group", countryCode: "CN", protocolRank: 52,
  },
  {
    nameEn: "Cao Min", nameZh: "曹敏",
    titleEn: "Director of Digital Health", titleZh: "数字健康部主任",
    bioEn: "Runs the regional health-data platform that connects the city's hospitals.",
    bioZh: "负责连接全市医院的区域健康信息平台。",
    organizationSlug: "tianjin-health-information-industry-group", countryCode: "CN", protocolRank: 58,
  },
  {
    nameEn: "Jiang Lei", nameZh: "蒋磊",
    titleEn: "General Manager", titleZh: "总经理",
    bioEn: "Builds 5G private networks and the city-wide IoT access platform.",
    bioZh: "负责5G专网和全市物联网接入平台建设。",
    organizationSlug: "tianjin-information-network", countryCode: "CN", protocolRank: 47,
  },
  {
    nameEn: "Yu Xin", nameZh: "于欣",
    titleEn: "Head of Industrial Data", titleZh: "工业数据部负责人",
    bioEn: "Turns sensor data from factories into data products for suppliers and insurers.",
    bioZh: "将工厂传感器数据开发为面向供应商和保险机构的数据产品。",
    organizationSlug: "tianjin-iot-industry-group", countryCode: "CN", protocolRank: 64,
  },
  {
    nameEn: "Shen Bo", nameZh: "沈波",
    titleEn: "Deputy General Manager", titleZh: "副总经理",
    bioEn: "Oversees the digital operations centre of the city's urban rail network.",
    bioZh: "分管城市轨道交通数字化运营中心。",
    organizationSlug: "tianjin-rail-transit-smart-operations", countryCode: "CN", protocolRank: 55,
  },
  // SCO Secretariat.
  {
    nameEn: "Timur Ismailov", nameRu: "Тимур Исмаилов",
    titleEn: "Senior Adviser", titleZh: "高级顾问", titleRu: "Старший советник",
    bioEn: "Follows economic and digital cooperation among member states.",
    bioRu: "Курирует экономическое и цифровое сотрудничество государств-членов.",
    organizationSlug: "sco-secretariat", countryCode: "KG", protocolRank: 9,
  },
  // Russia.
  {
    nameEn: "Kirill Arkhipov", nameRu: "Кирилл Архипов",
    titleEn: "Deputy Minister", titleZh: "副部长", titleRu: "Заместитель министра",
    bioEn: "Responsible for international cooperation on digital infrastructure.",
    bioRu: "Отвечает за международное сотрудничество в области цифровой инфраструктуры.",
    organizationSlug: "ru-ministry-digital-development", countryCode: "RU", protocolRank: 4,
  },
  {
    nameEn: "Elena Gromova", nameRu: "Елена Громова",
    titleEn: "Director", titleZh: "所长", titleRu: "Директор",
    bioEn: "Policy analyst of data regulation in the Eurasian Economic Union and the SCO.",
    bioRu: "Исследует регулирование данных в ЕАЭС и ШОС.",
    organizationSlug: "eurasian-institute-for-digital-policy", countryCode: "RU", protocolRank: 36,
  },
  {
    nameEn: "Pavel Zotov", nameRu: "Павел Зотов",
    titleEn: "Chief Executive Officer", titleZh: "首席执行官", titleRu: "Генеральный директор",
    bioEn: "Operates supercomputing capacity for research institutes and industry in Siberia.",
    bioRu: "Управляет суперкомпьютерными мощностями для научных институтов и промышленности Сибири.",
    organizationSlug: "novosibirsk-data-systems", countryCode: "RU", protocolRank: 44,
  },
  {
    nameEn: "Marina Kolesnikova", nameRu: "Марина Колесникова",
    titleEn: "Professor", titleZh: "教授", titleRu: "Профессор",
    bioEn: "Works on federated learning across company boundaries.",
    bioRu: "Занимается федеративным обучением между компаниями.",
    organizationSlug: "siberian-institute-of-data-science", countryCode: "RU", protocolRank: 56,
  },
  {
    nameEn: "Ilya Shestakov", nameRu: "Илья Шестаков",
    titleEn: "Head of Drone Programmes", titleZh: "无人机项目负责人", titleRu: "Руководитель беспилотных программ",
    bioEn: "Develops delivery drones for cold climates.",
    bioRu: "Разрабатывает дроны доставки для холодного климата.",
    organizationSlug: "kazan-robotics", countryCode: "RU", protocolRank: 66,
  },
  // Kazakhstan.
  {
    nameEn: "Yerlan Abenov", nameRu: "Ерлан Абенов",
    titleEn: "Deputy Minister", titleZh: "副部长", titleRu: "Вице-министр",
    bioEn: "Leads the national programme for data centres and cross-border fibre links.",
    bioRu: "Руководит национальной программой дата-центров и трансграничных оптических линий.",
    organizationSlug: "kz-ministry-digital-development", countryCode: "KZ", protocolRank: 4,
  },
  {
    nameEn: "Aigul Nurpeisova", nameRu: "Айгуль Нурпеисова",
    titleEn: "Director", titleZh: "主任", titleRu: "Директор",
    bioEn: "Advises Central Asian governments on data-protection law.",
    bioRu: "Консультирует правительства Центральной Азии по законодательству о защите данных.",
    organizationSlug: "central-asia-digital-policy-center", countryCode: "KZ", protocolRank: 40,
  },
  {
    nameEn: "Daniyar Seitkali", nameRu: "Данияр Сейткали",
    titleEn: "Chief Executive Officer", titleZh: "首席执行官", titleRu: "Генеральный директор",
    bioEn: "Builds e-government systems and a network of regional data centres.",
    bioRu: "Создаёт системы электронного правительства и сеть региональных дата-центров.",
    organizationSlug: "astana-digital-solutions", countryCode: "KZ", protocolRank: 46,
  },
  {
    nameEn: "Saule Bekova", nameRu: "Сауле Бекова",
    titleEn: "Vice-Rector", titleZh: "副校长", titleRu: "Проректор",
    bioEn: "Responsible for online programmes and partnerships with Chinese universities.",
    bioRu: "Отвечает за онлайн-программы и партнёрства с китайскими вузами.",
    organizationSlug: "eurasian-digital-university", countryCode: "KZ", protocolRank: 38,
  },
  // Kyrgyzstan.
  {
    nameEn: "Bakyt Osmonov", nameRu: "Бакыт Осмонов",
    titleEn: "Deputy Minister", titleZh: "副部长", titleRu: "Заместитель министра",
    bioEn: "In charge of the digital transformation of public services.",
    bioRu: "Курирует цифровую трансформацию государственных услуг.",
    organizationSlug: "kg-ministry-digital-development", countryCode: "KG", protocolRank: 5,
  },
  {
    nameEn: "Aizada Toktosunova", nameRu: "Айзада Токтосунова",
    titleEn: "Rector", titleZh: "校长", titleRu: "Ректор",
    bioEn: "Founded an academy that retrains adults as software developers.",
    bioRu: "Основала академию переподготовки взрослых в разработчиков ПО.",
    organizationSlug: "bishkek-academy-of-digital-skills", countryCode: "KG", protocolRank: 42,
  },
  // Tajikistan.
  {
    nameEn: "Firuz Nazarov", nameRu: "Фируз Назаров",
    titleEn: "Deputy Director", titleZh: "副局长", titleRu: "Заместитель директора",
    bioEn: "Works on broadband for mountain regions.",
    bioRu: "Занимается широкополосным доступом в горных районах.",
    organizationSlug: "tj-communications-service", countryCode: "TJ", protocolRank: 10,
  },
  {
    nameEn: "Manija Rahimova", nameRu: "Манижа Рахимова",
    titleEn: "Associate Professor", titleZh: "副教授", titleRu: "Доцент",
    bioEn: "Teaches computer networks and coordinates exchange programmes with China.",
    bioRu: "Преподаёт компьютерные сети и координирует программы обмена с Китаем.",
    organizationSlug: "dushanbe-polytechnic-institute-of-informatics", countryCode: "TJ", protocolRank: 65,
  },
  // Uzbekistan.
  {
    nameEn: "Jasur Tursunov", nameRu: "Жасур Турсунов",
    titleEn: "Deputy Minister", titleZh: "副部长", titleRu: "Заместитель министра",
    bioEn: "Leads the IT-park programme and software exports.",
    bioRu: "Руководит программой IT-парков и экспортом программного обеспечения.",
    organizationSlug: "uz-ministry-digital-technologies", countryCode: "UZ", protocolRank: 4,
  },
  {
    nameEn: "Nilufar Kasimova", nameRu: "Нилуфар Касымова",
    titleEn: "Head of Department", titleZh: "系主任", titleRu: "Заведующая кафедрой",
    bioEn: "Designs short courses and micro-credentials in data engineering.",
    bioRu: "Разрабатывает короткие курсы и микроквалификации по инженерии данных.",
    organizationSlug: "tashkent-institute-of-digital-technologies", countryCode: "UZ", protocolRank: 58,
  },
  {
    nameEn: "Sherzod Alimov", nameRu: "Шерзод Алимов",
    titleEn: "Chief Executive Officer", titleZh: "首席执行官", titleRu: "Генеральный директор",
    bioEn: "Deploys traffic management and drone inspection for Uzbek cities.",
    bioRu: "Внедряет системы управления движением и инспекцию дронами в городах Узбекистана.",
    organizationSlug: "tashkent-smart-city-technologies", countryCode: "UZ", protocolRank: 48,
  },
  // Pakistan.
  {
    nameEn: "Saima Rauf",
    titleEn: "Joint Secretary", titleZh: "联合秘书",
    bioEn: "Coordinates Pakistan's digital cooperation programmes with SCO partners.",
    organizationSlug: "pk-ministry-it", countryCode: "PK", protocolRank: 14,
  },
  {
    nameEn: "Usman Tariq",
    titleEn: "Chief Executive Officer", titleZh: "首席执行官",
    bioEn: "Exports software services and builds hospital information systems.",
    organizationSlug: "indus-software-exports", countryCode: "PK", protocolRank: 50,
  },
  {
    nameEn: "Hina Aslam",
    titleEn: "Senior Fellow", titleZh: "高级研究员",
    bioEn: "Economist of digital trade and data localisation.",
    organizationSlug: "indus-institute-of-economic-studies", countryCode: "PK", protocolRank: 54,
  },
  // India.
  {
    nameEn: "Kavita Raghunathan",
    titleEn: "Member", titleZh: "委员",
    bioEn: "Works on digital public infrastructure and open data standards.",
    organizationSlug: "in-digital-economy-council", countryCode: "IN", protocolRank: 16,
  },
  {
    nameEn: "Arjun Venkatesh",
    titleEn: "Chief Data Scientist", titleZh: "首席数据科学家",
    bioEn: "Builds predictive-maintenance models for automotive suppliers.",
    organizationSlug: "deccan-analytics", countryCode: "IN", protocolRank: 60,
  },
  {
    nameEn: "Meera Iyer",
    titleEn: "Professor", titleZh: "教授",
    bioEn: "Researches online learning at scale and runs a joint programme with a Chinese university.",
    organizationSlug: "deccan-school-of-data-science", countryCode: "IN", protocolRank: 57,
  },
  // Iran.
  {
    nameEn: "Reza Karimi",
    titleEn: "Director-General for International Affairs", titleZh: "国际事务总司长",
    bioEn: "Negotiates agreements on digital trade and data exchange.",
    organizationSlug: "ir-ministry-ict", countryCode: "IR", protocolRank: 12,
  },
  {
    nameEn: "Mahsa Farahani",
    titleEn: "Researcher", titleZh: "研究员",
    bioEn: "Works on AI tutors for Persian-language schools.",
    organizationSlug: "tehran-institute-for-ai-research", countryCode: "IR", protocolRank: 63,
  },
  // Belarus.
  {
    nameEn: "Viktor Lisovsky", nameRu: "Виктор Лисовский",
    titleEn: "Deputy Minister", titleZh: "副部长", titleRu: "Заместитель министра",
    bioEn: "Responsible for telecommunications networks and digital government.",
    bioRu: "Отвечает за телекоммуникационные сети и цифровое государственное управление.",
    organizationSlug: "by-ministry-communications", countryCode: "BY", protocolRank: 5,
  },
  {
    nameEn: "Olga Zhuk", nameRu: "Ольга Жук",
    titleEn: "Director", titleZh: "总经理", titleRu: "Директор",
    bioEn: "Builds AI-assisted radiology software used in clinics across the region.",
    bioRu: "Создаёт ПО для рентгенологии с ИИ, которое используют клиники региона.",
    organizationSlug: "minsk-medtech-solutions", countryCode: "BY", protocolRank: 52,
  },
];

export const DEMO_PEOPLE: readonly PersonSpec[] = PEOPLE.map((p) => ({ ...p, slug: slugify(p.nameEn) }));
