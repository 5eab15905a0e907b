import { foldForSearch } from "@/lib/text/fold";

// The participant search folds text as the program's search does (lib/text/fold.ts): "Алия",
// "aliya", "ÁLIYA" and "Yılmaz"/"yilmaz" find each other; the same fold applies to the query.
export { foldForSearch };

/** Scripts written without spaces between words, where one or two characters are a name. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Puts a space on each side of every Chinese (Japanese, Korean) character, so that each is a word
 * of its own: "王建华" → " 王 建 华 ". Substring matching is unchanged (the query gets the same
 * spaces), but a trigram index (pg_trgm) can then serve a one- or two-character search such as
 * "王", which has no trigram of its own in "%王%" but has "  王" and " 王 " in "% 王 %".
 */
export function spaceIdeographs(folded: string): string {
  return folded.replace(IDEOGRAPHIC, " $& ").replace(/ {2,}/g, " ");
}

export function participantSearchText(p: {
  fullName: string;
  latinName?: string | null;
  email: string;
  organizationName?: string | null;
}): string {
  return spaceIdeographs(foldForSearch([p.fullName, p.latinName ?? "", p.email, p.organizationName ?? ""].filter(Boolean).join(" ")));
}

/** What a search for `query` looks for in participantSearchText (empty: no search). */
export function participantSearchPattern(query: string): string {
  const folded = foldForSearch(query);
  return folded ? spaceIdeographs(folded) : "";
}
