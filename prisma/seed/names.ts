// Invented personal names, per country, in the country's own script with a Latin transliteration.
// Combined at random, they make plausible delegates; none is meant to be a real person.
import { Rng } from "./random";

/** [native, Latin]. */
export type NamePair = readonly [native: string, latin: string];

type NamePool = {
  /** Whether the native script is Latin (then the participant gets no separate `latinName`). */
  latinScript: boolean;
  /** Family name first in the native order (Chinese, Khmer). */
  familyFirst: boolean;
  /** Between the two parts in the native script ("" for Chinese and Burmese). */
  joiner: string;
  male: readonly NamePair[];
  female: readonly NamePair[];
  family: readonly NamePair[];
  /** Derives the feminine family name (Slavic and Central Asian "-ov" → "-ova"). */
  feminine?: (family: NamePair) => NamePair;
};

/** "Иванов=Ivanov|Смирнов=Smirnov" → pairs; "Khan|Malik" → Latin-only pairs. */
function pairs(list: string): NamePair[] {
  return list.split("|").map((entry) => {
    const [native, latin] = entry.split("=");
    if (!native) throw new Error(`Bad name entry "${entry}"`);
    return [native, latin ?? native] as const;
  });
}

/** Russian-style feminine surnames: Петров → Петрова, Савицкий → Савицкая; others unchanged. */
function cyrillicFeminine([native, latin]: NamePair): NamePair {
  if (/(ов|ев|ёв|ин|ын)$/.test(native)) return [`${native}а`, `${latin}a`];
  if (native.endsWith("ский")) return [`${native.slice(0, -2)}ая`, latin.replace(/sky$/, "skaya")];
  return [native, latin];
}

function latinFeminine([native, latin]: NamePair): NamePair {
  return /(ov|ev)$/.test(native) ? [`${native}a`, `${latin}a`] : [native, latin];
}

const CHINESE: NamePool = {
  latinScript: false,
  familyFirst: true,
  joiner: "",
  family: pairs(
    "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|朱=Zhu|胡=Hu|郭=Guo|何=He|高=Gao|林=Lin|罗=Luo|" +
      "郑=Zheng|梁=Liang|谢=Xie|宋=Song|唐=Tang|许=Xu|韩=Han|冯=Feng|邓=Deng|曹=Cao|彭=Peng|曾=Zeng|肖=Xiao|田=Tian|董=Dong|袁=Yuan|潘=Pan|于=Yu|蒋=Jiang|蔡=Cai|" +
      "杜=Du|叶=Ye|程=Cheng|苏=Su|魏=Wei|吕=Lyu|丁=Ding|任=Ren|沈=Shen|姚=Yao",
  ),
  male: pairs(
    "建华=Jianhua|志强=Zhiqiang|伟=Wei|磊=Lei|洋=Yang|浩=Hao|晨=Chen|宇航=Yuhang|思远=Siyuan|俊杰=Junjie|文博=Wenbo|海涛=Haitao|晓东=Xiaodong|国庆=Guoqing|" +
      "立新=Lixin|明轩=Mingxuan|一鸣=Yiming|鹏=Peng|凯=Kai|博=Bo|宁=Ning|涛=Tao|旭=Xu|振宇=Zhenyu|建军=Jianjun|天翼=Tianyi|宏伟=Hongwei|晓峰=Xiaofeng|子豪=Zihao|家豪=Jiahao",
  ),
  female: pairs(
    "丽娜=Lina|秀英=Xiuying|敏=Min|静=Jing|婷=Ting|欣怡=Xinyi|子涵=Zihan|佳琪=Jiaqi|雨桐=Yutong|红梅=Hongmei|春燕=Chunyan|雪=Xue|颖=Ying|琳=Lin|倩=Qian|" +
      "芳=Fang|慧敏=Huimin|玉兰=Yulan|嘉怡=Jiayi|梓萱=Zixuan|雅婷=Yating|晓雯=Xiaowen|思琪=Siqi|梦瑶=Mengyao|诗涵=Shihan",
  ),
};

const RUSSIAN: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs(
    "Алексей=Aleksei|Дмитрий=Dmitry|Сергей=Sergei|Андрей=Andrei|Михаил=Mikhail|Николай=Nikolai|Иван=Ivan|Артём=Artyom|Максим=Maksim|Роман=Roman|" +
      "Егор=Yegor|Владимир=Vladimir|Олег=Oleg|Константин=Konstantin|Григорий=Grigory|Степан=Stepan",
  ),
  female: pairs(
    "Анна=Anna|Мария=Maria|Екатерина=Yekaterina|Ольга=Olga|Татьяна=Tatyana|Наталья=Natalya|Юлия=Yulia|Ирина=Irina|Светлана=Svetlana|Ксения=Ksenia|" +
      "Дарья=Darya|Полина=Polina|Алина=Alina|Вера=Vera",
  ),
  family: pairs(
    "Иванов=Ivanov|Смирнов=Smirnov|Кузнецов=Kuznetsov|Попов=Popov|Васильев=Vasiliev|Петров=Petrov|Соколов=Sokolov|Михайлов=Mikhailov|Новиков=Novikov|" +
      "Фёдоров=Fyodorov|Морозов=Morozov|Алексеев=Alekseev|Семёнов=Semyonov|Егоров=Yegorov|Павлов=Pavlov|Козлов=Kozlov|Степанов=Stepanov|Николаев=Nikolaev|" +
      "Орлов=Orlov|Андреев=Andreev|Макаров=Makarov|Никитин=Nikitin|Захаров=Zakharov|Зайцев=Zaitsev|Борисов=Borisov|Яковлев=Yakovlev|Григорьев=Grigoriev|" +
      "Сергеев=Sergeev|Кудрявцев=Kudryavtsev|Белов=Belov|Тихонов=Tikhonov|Гусев=Gusev",
  ),
  feminine: cyrillicFeminine,
};

const KAZAKH: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs(
    "Нурлан=Nurlan|Ерлан=Yerlan|Асхат=Askhat|Даурен=Dauren|Бауыржан=Baurzhan|Серик=Serik|Арман=Arman|Ержан=Yerzhan|Азамат=Azamat|Тимур=Timur|Канат=Kanat|Марат=Marat",
  ),
  female: pairs("Айгерим=Aigerim|Динара=Dinara|Асель=Assel|Жанар=Zhanar|Гульнара=Gulnara|Сауле=Saule|Айжан=Aizhan|Мадина=Madina|Алия=Aliya|Камила=Kamila"),
  family: pairs(
    "Жумабаев=Zhumabayev|Сапаров=Saparov|Нурланов=Nurlanov|Ахметов=Akhmetov|Сулейменов=Suleimenov|Касымов=Kassymov|Абдрахманов=Abdrakhmanov|Омаров=Omarov|" +
      "Искаков=Iskakov|Тулеубаев=Tuleubayev|Бекмуханов=Bekmukhanov|Серикбаев=Serikbayev|Есенов=Yessenov|Утегенов=Utegenov",
  ),
  feminine: cyrillicFeminine,
};

const KYRGYZ: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("Бакыт=Bakyt|Азамат=Azamat|Эрлан=Erlan|Нурбек=Nurbek|Талант=Talant|Улан=Ulan|Данияр=Daniyar|Эмиль=Emil|Бектур=Bektur"),
  female: pairs("Айзада=Aizada|Гулзат=Gulzat|Жылдыз=Zhyldyz|Назира=Nazira|Бермет=Bermet|Айпери=Aiperi|Чолпон=Cholpon"),
  family: pairs(
    "Токтогулов=Toktogulov|Абдыкадыров=Abdykadyrov|Маматов=Mamatov|Исаков=Isakov|Осмонов=Osmonov|Асанов=Asanov|Сыдыков=Sydykov|Бакиров=Bakirov|" +
      "Эсенов=Esenov|Таштанов=Tashtanov|Турдубаев=Turdubayev",
  ),
  feminine: cyrillicFeminine,
};

const TAJIK: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("Фаридун=Faridun|Рустам=Rustam|Шохрух=Shokhrukh|Далер=Daler|Бахтиёр=Bakhtiyor|Сино=Sino|Джамшед=Jamshed|Фирдавс=Firdavs|Парвиз=Parviz"),
  female: pairs("Малика=Malika|Нигина=Nigina|Зарина=Zarina|Мадина=Madina|Тахмина=Takhmina|Шабнам=Shabnam|Фарзона=Farzona"),
  family: pairs(
    "Рахимов=Rakhimov|Назаров=Nazarov|Каримов=Karimov|Саидов=Saidov|Шарипов=Sharipov|Юсупов=Yusupov|Давлатов=Davlatov|Мирзоев=Mirzoev|Сафаров=Safarov|" +
      "Холов=Kholov|Одинаев=Odinaev|Хакимов=Khakimov",
  ),
  feminine: cyrillicFeminine,
};

const UZBEK: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Dilshod|Jasur|Sardor|Bobur|Otabek|Aziz|Sherzod|Jahongir|Rustam|Ulugʻbek=Ulugbek|Sanjar|Doniyor"),
  female: pairs("Nilufar|Dilnoza|Gulnora|Madina|Shahnoza|Malika|Zarina|Feruza|Kamola|Sevara"),
  family: pairs("Karimov|Tursunov|Rashidov|Yusupov|Abdullayev|Ismoilov|Xolmatov=Kholmatov|Mirzayev|Nazarov|Saidov|Qodirov=Kodirov|Ergashev|Raximov=Rakhimov"),
  feminine: latinFeminine,
};

const BELARUSIAN: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("Александр=Aleksandr|Андрей=Andrei|Павел=Pavel|Дмитрий=Dmitry|Виталий=Vitaly|Игорь=Igor|Денис=Denis|Евгений=Yevgeny"),
  female: pairs("Ольга=Olga|Анастасия=Anastasia|Елена=Yelena|Татьяна=Tatyana|Марина=Marina|Алеся=Alesya|Вероника=Veronika"),
  family: pairs(
    "Ковалёв=Kovalyov|Новик=Novik|Жук=Zhuk|Ярошевич=Yaroshevich|Мельников=Melnikov|Шевчук=Shevchuk|Бондаренко=Bondarenko|Климович=Klimovich|" +
      "Савицкий=Savitsky|Кравченко=Kravchenko|Дубровский=Dubrovsky|Мартинович=Martinovich",
  ),
  feminine: cyrillicFeminine,
};

const PAKISTANI: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Ahmed|Ali|Bilal|Faisal|Hamza|Usman|Zain|Kamran|Tariq|Asad|Omar|Hassan"),
  female: pairs("Ayesha|Fatima|Hina|Sana|Mahnoor|Zainab|Amna|Saima|Rabia|Nida"),
  family: pairs("Malik|Hussain|Qureshi|Chaudhry|Butt|Sheikh|Raza|Aslam|Mirza|Abbasi|Javed|Rauf"),
};

const INDIAN: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Rahul|Arjun|Vikram|Rohan|Aditya|Karthik|Siddharth|Anil|Rajesh|Suresh|Amit|Nikhil"),
  female: pairs("Priya|Ananya|Kavita|Meera|Deepa|Sneha|Pooja|Lakshmi|Aishwarya|Divya"),
  family: pairs("Sharma|Patel|Iyer|Reddy|Nair|Gupta|Rao|Mehta|Menon|Joshi|Kulkarni|Banerjee|Das|Pillai"),
};

const PERSIAN: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("علی=Ali|رضا=Reza|محمد=Mohammad|حسین=Hossein|امیر=Amir|مهدی=Mehdi|سعید=Saeed|پویا=Pouya|آرش=Arash|کاوه=Kaveh"),
  female: pairs("مریم=Maryam|زهرا=Zahra|سارا=Sara|نگار=Negar|مهسا=Mahsa|لیلا=Leila|پریسا=Parisa|نازنین=Nazanin|شیرین=Shirin"),
  family: pairs("رضایی=Rezaei|محمدی=Mohammadi|حسینی=Hosseini|احمدی=Ahmadi|کریمی=Karimi|موسوی=Mousavi|جعفری=Jafari|صادقی=Sadeghi|رحیمی=Rahimi|نوری=Nouri|کاظمی=Kazemi"),
};

const DARI: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("احمد=Ahmad|محمود=Mahmood|نصیر=Naseer|فرید=Farid|جاوید=Javid"),
  female: pairs("فریبا=Fariba|مریم=Maryam|سحر=Sahar"),
  family: pairs("نوری=Noori|هاشمی=Hashimi|رحیمی=Rahimi|صدیقی=Siddiqi|امیری=Amiri"),
};

const MONGOLIAN: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("Батбаяр=Batbayar|Ганбаатар=Ganbaatar|Болд=Bold|Тэмүүлэн=Temuulen|Мөнх-Эрдэнэ=Munkh-Erdene"),
  female: pairs("Энхтуяа=Enkhtuya|Оюунчимэг=Oyunchimeg|Сарангэрэл=Sarangerel|Нарантуяа=Narantuya|Ариунаа=Ariunaa"),
  family: pairs("Ганболд=Ganbold|Цэрэн=Tseren|Дорж=Dorj|Баатар=Baatar|Энхбат=Enkhbat|Очир=Ochir"),
};

const ARABIC: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("محمد=Mohamed|أحمد=Ahmed|خالد=Khaled|عمر=Omar|يوسف=Youssef|طارق=Tarek|سلطان=Sultan|فهد=Fahad|ناصر=Nasser|كريم=Karim"),
  female: pairs("فاطمة=Fatma|مريم=Mariam|نورة=Noura|سارة=Sara|ليلى=Laila|هدى=Hoda|ريم=Reem|عائشة=Aisha"),
  family: pairs(
    "حسن=Hassan|عبدالله=Abdullah|المنصوري=Al Mansouri|الكعبي=Al Kaabi|السعدي=Al Saadi|الحربي=Al Harbi|القحطاني=Al Qahtani|الشمري=Al Shammari|" +
      "إبراهيم=Ibrahim|مصطفى=Mostafa|الأنصاري=Al Ansari|السيد=Al Sayed",
  ),
};

const TURKISH: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Mehmet|Mustafa|Emre|Burak|Can|Murat|Kerem"),
  female: pairs("Ayşe=Ayse|Elif|Zeynep|Merve|Selin|Ebru"),
  family: pairs("Yılmaz=Yilmaz|Kaya|Demir|Şahin=Sahin|Çelik=Celik|Yıldız=Yildiz|Aydın=Aydin|Öztürk=Ozturk|Arslan|Doğan=Dogan"),
};

const AZERBAIJANI: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Elvin|Rəşad=Rashad|Orxan=Orkhan|Tural|Fərid=Farid|Kamran"),
  female: pairs("Aynur|Leyla|Günel=Gunel|Nigar|Sevinc=Sevinj"),
  family: pairs("Məmmədov=Mammadov|Həsənov=Hasanov|Quliyev=Guliyev|Hüseynov=Huseynov|Rzayev|Abbasov|Cəfərov=Jafarov"),
  feminine: latinFeminine,
};

const ARMENIAN: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: " ",
  male: pairs("Արամ=Aram|Տիգրան=Tigran|Դավիթ=Davit|Արմեն=Armen|Գոռ=Gor|Հայկ=Hayk"),
  female: pairs("Անի=Ani|Մարիամ=Mariam|Լիլիթ=Lilit|Նարե=Nare|Արփի=Arpi"),
  family: pairs("Պետրոսյան=Petrosyan|Հովհաննիսյան=Hovhannisyan|Սարգսյան=Sargsyan|Գրիգորյան=Grigoryan|Ավետիսյան=Avetisyan|Կարապետյան=Karapetyan|Մկրտչյան=Mkrtchyan"),
};

const KHMER: NamePool = {
  latinScript: false,
  familyFirst: true,
  joiner: " ",
  male: pairs("ដារ៉ា=Dara|វិសាល=Visal|ពិសិដ្ឋ=Piseth|រតនា=Ratana"),
  female: pairs("សុភា=Sophea|ចន្ថា=Chantha|ស្រីនិច=Sreynich"),
  family: pairs("សុខ=Sok|ចាន់=Chan|ហេង=Heng|លី=Ly|គឹម=Kim"),
};

/** Burmese names have no family name: two name words, written without a space. */
const BURMESE: NamePool = {
  latinScript: false,
  familyFirst: false,
  joiner: "",
  male: pairs("အောင်=Aung|ကျော်=Kyaw|ဇော်=Zaw|မောင်=Maung|ရဲ=Ye"),
  female: pairs("ခင်=Khin|စု=Su|လှ=Hla|မြတ်=Myat|ထက်=Htet"),
  family: pairs("ဝင်း=Win|မြင့်=Myint|သူ=Thu|ကျော်=Kyaw|အောင်=Aung"),
};

const NEPALI: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Aarav|Bikash|Sandeep|Rajan|Suman"),
  female: pairs("Sita|Anjali|Srijana|Pratima"),
  family: pairs("Shrestha|Gurung|Thapa|Adhikari|Karki|Rai|Tamang"),
};

const SRI_LANKAN: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Nuwan|Kasun|Tharindu|Chathura"),
  female: pairs("Dilani|Nadeesha|Ishara|Sachini"),
  family: pairs("Perera|Fernando|Jayasinghe|Gunawardena|Silva|Bandara|Ratnayake"),
};

const MALDIVIAN: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Ahmed|Mohamed|Hussain|Ibrahim"),
  female: pairs("Aishath|Mariyam|Fathimath"),
  family: pairs("Naseem|Rasheed|Shareef|Zahir|Manik"),
};

const LAO: NamePool = {
  latinScript: true,
  familyFirst: false,
  joiner: " ",
  male: pairs("Somphone|Bounmy|Khamphone|Vilay"),
  female: pairs("Nalee|Sida|Vilayvanh|Manivanh"),
  family: pairs("Sisavath|Vongsa|Keomany|Souvannavong|Phommachanh"),
};

const POOLS: Record<string, NamePool> = {
  CN: CHINESE, RU: RUSSIAN, KZ: KAZAKH, KG: KYRGYZ, TJ: TAJIK, UZ: UZBEK, PK: PAKISTANI, IN: INDIAN, IR: PERSIAN, BY: BELARUSIAN,
  MN: MONGOLIAN, AF: DARI, AZ: AZERBAIJANI, AM: ARMENIAN, BH: ARABIC, EG: ARABIC, KH: KHMER, QA: ARABIC, KW: ARABIC, MV: MALDIVIAN,
  MM: BURMESE, NP: NEPALI, AE: ARABIC, SA: ARABIC, TR: TURKISH, LK: SRI_LANKAN, LA: LAO,
};

export type InventedName = {
  /** In the native script and order: "王建华", "Айгерим Сапарова". */
  fullName: string;
  /** Latin transliteration when the native script is not Latin ("Wang Jianhua"), else null. */
  latinName: string | null;
  /** Latin name parts for e-mail addresses and signatures. */
  givenLatin: string;
  familyLatin: string;
  /** Latin, in the usual order for the culture ("Wang Jianhua", "Aigerim Saparova"). */
  displayLatin: string;
};

/** Invents a name for someone from `countryCode` (deterministic for a given Rng state). */
export function inventName(rng: Rng, countryCode: string): InventedName {
  const pool = POOLS[countryCode];
  if (!pool) throw new Error(`No name pool for ${countryCode}`);
  const female = rng.chance(0.45);
  const given = rng.pick(female ? pool.female : pool.male);
  let family = rng.pick(pool.family);
  if (female && pool.feminine) family = pool.feminine(family);
  const nativeParts = pool.familyFirst ? [family[0], given[0]] : [given[0], family[0]];
  const latinParts = pool.familyFirst ? [family[1], given[1]] : [given[1], family[1]];
  const fullName = nativeParts.join(pool.joiner);
  const displayLatin = latinParts.join(" ");
  return {
    fullName,
    latinName: pool.latinScript ? null : displayLatin,
    givenLatin: given[1],
    familyLatin: family[1],
    displayLatin,
  };
}
