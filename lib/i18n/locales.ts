/** The languages of the forum: UI messages and the public content. English is complete and the fallback. */
export const LOCALES = ["en", "zh", "ru", "fr"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Languages whose UI catalog is complete; others fall back to English for the UI. */
export const UI_LOCALES: readonly AppLocale[] = ["en"];

export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: "English",
  zh: "中文",
  ru: "Русский",
  fr: "Français",
};

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported language from a cookie value, then an Accept-Language header. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): AppLocale {
  if (isLocale(cookieValue)) return cookieValue;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** The Intl locale for formatting: British English for an international forum (10 July 2025). */
export const INTL_LOCALE: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU", fr: "fr-FR" };
