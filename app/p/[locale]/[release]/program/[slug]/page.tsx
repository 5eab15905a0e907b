import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { findPublishedSession, SessionDetail } from "@/components/program/session-detail";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/locales";
import { currentAddress } from "@/lib/addresses/redirects";
import { tagPublishedProgram } from "@/lib/program/page-cache";
import { latestPublicRelease } from "@/lib/program/published-release";

// One page per session, language and release, rendered on first request and served from cache;
// see app/p/[locale]/[release]/program/page.tsx.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { locale: string; release: string; slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; release: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const found = await findPublishedSession(slug);
  if (!found) return {};
  return {
    title: localized(found.session, "title", locale),
    description: localized(found.session, "abstract", locale).slice(0, 200),
    alternates: { canonical: `/program/${found.session.slug}` },
  };
}

export default async function StaticSessionPage({ params }: { params: Promise<{ locale: string; release: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const forum = await getCurrentForum();
  if (forum) await tagPublishedProgram(forum.id);
  const found = await findPublishedSession(slug);
  if (!found) {
    // Just after a publish the proxy may still name the release before (it reads the release at
    // most once a second) while this reads the new one: an address that release renamed leads on
    // here too, instead of a 404 kept in the cache under the old release's key.
    const release = await latestPublicRelease();
    const moved = release ? currentAddress(`/program/${slug}`, "", release.redirects) : null;
    if (moved) permanentRedirect(moved);
    notFound();
  }
  return <SessionDetail found={found} locale={locale} />;
}
