// Text search over the published program, in every language at once: a visitor reading the
// English page may type a Chinese title or a Russian name. Latin and Cyrillic are compared without
// case or accents ("Cérémonie" = "ceremonie", "Ёлкин" = "елкин"); Chinese is matched as a
// substring (no word breaks to rely on).

import { foldForSearch } from "@/lib/text/fold";

export { foldForSearch };

/** The words of a query, folded; a session matches when its text contains every one of them. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded ? [...new Set(folded.split(" "))] : [];
}

/** Whether folded text contains every term (substrings, so "govern" finds "governance"). */
export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}

type MultilingualField<F extends string> = { [K in `${F}En`]: string } & Partial<Record<`${F}${"Zh" | "Ru" | "Fr"}`, string | null>>;

/** A field in all four languages, for a search haystack. */
export function allLanguages<F extends string>(record: MultilingualField<F>, field: F): string[] {
  const r = record as Record<string, string | null | undefined>;
  return [r[`${field}En`], r[`${field}Zh`], r[`${field}Ru`], r[`${field}Fr`]].filter((v): v is string => typeof v === "string" && v.length > 0);
}
