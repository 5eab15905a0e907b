// Country names come from ICU (Intl.DisplayNames): no list to maintain, every language covered.

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** SCO member states (2025), then observers and dialogue partners: listed first in country pickers. */
export const SCO_MEMBERS = ["CN", "RU", "KZ", "KG", "TJ", "UZ", "PK", "IN", "IR", "BY"] as const;
export const SCO_OBSERVERS = ["AF", "MN"] as const;
export const SCO_PARTNERS = ["AZ", "AM", "KH", "NP", "TR", "LK", "EG", "QA", "SA", "KW", "MV", "MM", "AE", "BH", "LA"] as const;
