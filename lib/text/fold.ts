// Text folded for search, the same for the program and the participant list: Latin and Cyrillic
// compared without case or accents ("Cérémonie" = "ceremonie", "Ёлкин" = "елкин"), full-width
// forms made plain, punctuation as spaces; Chinese passes through and is matched as a substring.

/** Letters that NFKD does not take apart into a base letter and a mark. */
const LIGATURES: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ı: "i", ħ: "h" };

/**
 * Folds text for comparison: compatibility forms (full-width letters) to plain ones, accents and
 * other combining marks removed, lower case, dashes and apostrophes unified, spaces collapsed.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđıħ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[-‐‑‒–—―_/·•,;:!?()[\]{}"“”«»„「」『』（），、：；！？]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
