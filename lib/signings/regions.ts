// Where a signing party comes from, as the board groups it: a province or municipality inside
// China (the forum's host country, where most parties come from), the country abroad.
import { countryName } from "@/lib/geo/countries";
import type { AppLocale } from "@/lib/i18n/locales";

const HOME_COUNTRY = "CN";

/** The bucket of agreements whose parties are not recorded (none should be; the totals still add up). */
export const UNSPECIFIED_REGION = "none";

/**
 * A region's key, as used in the board's data and in `?region=`: "CN-Tianjin" for a Chinese
 * province, "CN" for a Chinese party without one, the ISO code ("KZ") abroad.
 */
export function regionKey(countryCode: string, region: string | null): string {
  const country = countryCode.trim().toUpperCase();
  const province = region?.trim();
  return country === HOME_COUNTRY && province ? `${HOME_COUNTRY}-${province}` : country;
}

export type RegionParts = { countryCode: string; region: string | null };

/** The inverse of `regionKey`; null for the unspecified bucket or a malformed key. */
export function parseRegionKey(key: string): RegionParts | null {
  if (key.startsWith(`${HOME_COUNTRY}-`) && key.length > 3) return { countryCode: HOME_COUNTRY, region: key.slice(3) };
  return /^[A-Z]{2}$/.test(key) ? { countryCode: key, region: null } : null;
}

/** Whether the key names a place in the host country (the filter lists those first). */
export function isHomeRegion(key: string): boolean {
  return key === HOME_COUNTRY || key.startsWith(`${HOME_COUNTRY}-`);
}

// Organizations store provinces in English (pinyin); Chinese readers get them in characters.
const PROVINCES_ZH: Record<string, string> = {
  Beijing: "北京", Tianjin: "天津", Hebei: "河北", Shanxi: "山西", "Inner Mongolia": "内蒙古", Liaoning: "辽宁", Jilin: "吉林",
  Heilongjiang: "黑龙江", Shanghai: "上海", Jiangsu: "江苏", Zhejiang: "浙江", Anhui: "安徽", Fujian: "福建", Jiangxi: "江西",
  Shandong: "山东", Henan: "河南", Hubei: "湖北", Hunan: "湖南", Guangdong: "广东", Guangxi: "广西", Hainan: "海南",
  Chongqing: "重庆", Sichuan: "四川", Guizhou: "贵州", Yunnan: "云南", Tibet: "西藏", Xizang: "西藏", Shaanxi: "陕西",
  Gansu: "甘肃", Qinghai: "青海", Ningxia: "宁夏", Xinjiang: "新疆", "Hong Kong": "香港", Macao: "澳门", Macau: "澳门",
};

/**
 * A region's name for the visitor: "Tianjin" (天津 in Chinese) for a province, the country's
 * name otherwise; `unspecified` for the bucket of agreements without parties.
 */
export function regionLabel(key: string, locale: AppLocale, intlLocale: string, unspecified: string): string {
  const parts = parseRegionKey(key);
  if (!parts) return unspecified;
  if (parts.region) return locale === "zh" ? (PROVINCES_ZH[parts.region] ?? parts.region) : parts.region;
  return countryName(parts.countryCode, intlLocale);
}
