/**
 * The text participant search runs over: names in both scripts, e-mail and organization,
 * NFKD-folded (accents dropped, full-width forms made plain) and lower-cased, so "Алия",
 * "aliya", "ÁLIYA" and "张伟" all find what was typed. The same fold applies to the query.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("und")
    .replace(/\s+/g, " ")
    .trim();
}

export function participantSearchText(p: {
  fullName: string;
  latinName?: string | null;
  email: string;
  organizationName?: string | null;
}): string {
  return foldForSearch([p.fullName, p.latinName ?? "", p.email, p.organizationName ?? ""].filter(Boolean).join(" "));
}
