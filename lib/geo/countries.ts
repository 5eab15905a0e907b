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

/** Every ISO 3166-1 region code ICU knows (two letters), from Intl itself. */
function allRegionCodes(): string[] {
  const codes: string[] = [];
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code) && !["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"].includes(code)) codes.push(code);
    }
  }
  return codes;
}

let regionCodes: string[] | undefined;

/** Countries for a picker: SCO members, observers and partners first, then everyone by name. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  regionCodes ??= allRegionCodes();
  const sco = new Set<string>([...SCO_MEMBERS, ...SCO_OBSERVERS, ...SCO_PARTNERS]);
  const first = [...SCO_MEMBERS, ...SCO_OBSERVERS, ...SCO_PARTNERS].map((code) => ({ value: code, label: countryName(code, locale) }));
  const rest = regionCodes
    .filter((code) => !sco.has(code))
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [...first, ...rest];
}
