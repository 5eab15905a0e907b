import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { findPublishedSession, SessionDetail } from "@/components/program/session-detail";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/locales";
import { tagPublishedProgram } from "@/lib/program/page-cache";

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
  if (!found) notFound();
  return <SessionDetail found={found} locale={locale} />;
}
