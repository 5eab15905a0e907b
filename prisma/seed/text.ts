// Small text helpers for the demo data: ASCII slugs and e-mail parts from Latin names.

import { slugify } from "@/lib/text/slug";

export { slugify };

/** A Latin name part for an e-mail address: "Yılmaz" → "yilmaz", "O'Neil" → "oneil". */
export function emailPart(text: string): string {
  return slugify(text.replace(/ı/g, "i")).replace(/-/g, "");
}

/** Keeps only the first occurrence of each slug, suffixing later ones (-2, -3 …). */
export function uniqueSlugger(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
