// SCO member states, observers and dialogue partners (as of 2025), with the English names used for
// delegations. ISO 3166-1 alpha-2 codes.

export type ScoStatus = "member" | "observer" | "partner";

export type CountrySpec = { code: string; nameEn: string; status: ScoStatus };

export const SCO_COUNTRIES: readonly CountrySpec[] = [
  { code: "CN", nameEn: "China", status: "member" },
  { code: "RU", nameEn: "Russia", status: "member" },
  { code: "KZ", nameEn: "Kazakhstan", status: "member" },
  { code: "KG", nameEn: "Kyrgyzstan", status: "member" },
  { code: "TJ", nameEn: "Tajikistan", status: "member" },
  { code: "UZ", nameEn: "Uzbekistan", status: "member" },
  { code: "PK", nameEn: "Pakistan", status: "member" },
  { code: "IN", nameEn: "India", status: "member" },
  { code: "IR", nameEn: "Iran", status: "member" },
  { code: "BY", nameEn: "Belarus", status: "member" },
  { code: "MN", nameEn: "Mongolia", status: "observer" },
  { code: "AF", nameEn: "Afghanistan", status: "observer" },
  { code: "AZ", nameEn: "Azerbaijan", status: "partner" },
  { code: "AM", nameEn: "Armenia", status: "partner" },
  { code: "BH", nameEn: "Bahrain", status: "partner" },
  { code: "EG", nameEn: "Egypt", status: "partner" },
  { code: "KH", nameEn: "Cambodia", status: "partner" },
  { code: "QA", nameEn: "Qatar", status: "partner" },
  { code: "KW", nameEn: "Kuwait", status: "partner" },
  { code: "MV", nameEn: "Maldives", status: "partner" },
  { code: "MM", nameEn: "Myanmar", status: "partner" },
  { code: "NP", nameEn: "Nepal", status: "partner" },
  { code: "AE", nameEn: "United Arab Emirates", status: "partner" },
  { code: "SA", nameEn: "Saudi Arabia", status: "partner" },
  { code: "TR", nameEn: "Türkiye", status: "partner" },
  { code: "LK", nameEn: "Sri Lanka", status: "partner" },
  { code: "LA", nameEn: "Laos", status: "partner" },
];

export function countryName(code: string): string {
  const country = SCO_COUNTRIES.find((c) => c.code === code);
  if (!country) throw new Error(`Unknown demo country ${code}`);
  return country.nameEn;
}

/** The name as it reads inside a sentence: "Kazakhstan", "the United Arab Emirates". */
export function countryInSentence(code: string): string {
  const name = countryName(code);
  return ["United Arab Emirates", "Maldives"].includes(name) ? `the ${name}` : name;
}

/** "Delegation of Kazakhstan", "Delegation of the United Arab Emirates". */
export function delegationName(code: string): string {
  return `Delegation of ${countryInSentence(code)}`;
}
