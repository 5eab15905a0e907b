import type { MetadataRoute } from "next";
import { getCurrentForum } from "@/lib/forum/queries";
import { listPublicOrganizationSlugs } from "@/lib/organizations/public";
import { getPublishedProgram } from "@/lib/program/published";
import { sitemapEntries } from "@/lib/program/sitemap";

// Read at request time: the build has no database, and the sitemap follows each publish.
export const dynamic = "force-dynamic";

/** /sitemap.xml: the published program's addresses and the organizations' public pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const forum = await getCurrentForum();
  const [published, organizations] = await Promise.all([forum ? getPublishedProgram(forum.id) : null, listPublicOrganizationSlugs()]);
  return sitemapEntries(published, organizations, siteOrigin());
}

/** The canonical public address (NEXTAUTH_URL), as the exports use it. */
function siteOrigin(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "").origin;
  } catch {
    return "http://localhost:3000";
  }
}
