import { spaceIdeographs } from "@/lib/participants/search-text";
import { foldForSearch } from "@/lib/text/fold";

// Organization search folds text as the participant search does: "Tianjin", "TIANJIN", "天津" and
// "Тяньцзинь" each find the organization whose name in any language holds them.

type Searchable = {
  nameEn: string;
  nameZh?: string | null;
  nameRu?: string | null;
  nameFr?: string | null;
  region?: string | null;
  website?: string | null;
};

/** Organization.searchText: every name, the region and the website's host, folded. */
export function organizationSearchText(o: Searchable): string {
  let host = "";
  if (o.website) {
    try {
      host = new URL(o.website).hostname.replace(/^www\./, "");
    } catch {
      host = o.website;
    }
  }
  return spaceIdeographs(foldForSearch([o.nameEn, o.nameZh, o.nameRu, o.nameFr, o.region, host].filter(Boolean).join(" ")));
}

/**
 * What a search for `query` looks for in organizationSearchText: each word, in any order ("haihe
 * group" finds "Tianjin Haihe Digital Industry Group"); a run of Chinese characters stays one word.
 * Empty: no search.
 */
export function organizationSearchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(" ").map((word) => spaceIdeographs(word).trim()).filter(Boolean))].slice(0, 8);
}
