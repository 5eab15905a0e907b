import type { AppLocale } from "./locales";

const SUFFIX: Record<AppLocale, "En" | "Zh" | "Ru" | "Fr"> = { en: "En", zh: "Zh", ru: "Ru", fr: "Fr" };

type Localizable<F extends string> = { [K in `${F}En`]: string } & Partial<Record<`${F}${"Zh" | "Ru" | "Fr"}`, string | null>>;

/**
 * Reads a text stored per language (`titleEn`, `titleZh` …) in the visitor's language,
 * falling back to English when the translation is missing or blank.
 */
export function localized<F extends string>(record: Localizable<F>, field: F, locale: AppLocale): string {
  const english = record[`${field}En` as keyof typeof record] as string;
  if (locale === "en") return english;
  const value = record[`${field}${SUFFIX[locale]}` as keyof typeof record] as string | null | undefined;
  return value && value.trim() ? value : english;
}

/** Whether the text shown is a fallback (so the page can mark it with lang="en"). */
export function localizedLang<F extends string>(record: Localizable<F>, field: F, locale: AppLocale): AppLocale {
  if (locale === "en") return "en";
  const value = record[`${field}${SUFFIX[locale]}` as keyof typeof record] as string | null | undefined;
  return value && value.trim() ? locale : "en";
}
