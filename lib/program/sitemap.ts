import { speakerViews } from "./view";
import type { ProgramSnapshot } from "./snapshot";

export type SitemapEntry = { url: string; lastModified?: Date };

/**
 * The public addresses a search engine should know, from the latest release alone (its sessions,
 * speakers and sub-forum calendars) and the organizations that have a public page: a draft
 * session, speaker or sub-forum is never listed before it is published.
 */
export function sitemapEntries(
  published: { snapshot: ProgramSnapshot; publishedAt: Date } | null,
  organizationSlugs: readonly string[],
  baseUrl: string,
): SitemapEntry[] {
  const at = (path: string, lastModified?: Date): SitemapEntry => ({ url: `${baseUrl.replace(/\/+$/, "")}${path}`, ...(lastModified ? { lastModified } : {}) });
  const entries = [at("/"), at("/signings"), at("/register")];
  if (published) {
    const { snapshot, publishedAt } = published;
    entries.push(at("/program", publishedAt), at("/program/changes", publishedAt), at("/speakers", publishedAt));
    for (const s of snapshot.sessions) if (s.type !== "BREAK") entries.push(at(`/program/${encodeURIComponent(s.slug)}`, publishedAt));
    for (const s of speakerViews(snapshot)) if (s.sessions.length) entries.push(at(`/speakers/${encodeURIComponent(s.person.slug)}`, publishedAt));
    for (const s of snapshot.subForums) entries.push(at(`/program/sub-forums/${encodeURIComponent(s.slug)}/calendar.ics`, publishedAt));
  }
  for (const slug of organizationSlugs) entries.push(at(`/organizations/${encodeURIComponent(slug)}`));
  return entries;
}
