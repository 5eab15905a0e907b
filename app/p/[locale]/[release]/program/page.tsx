import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgramNotPublished, ProgramView } from "@/components/program/program-view";
import { getCurrentForum } from "@/lib/forum/queries";
import { isLocale } from "@/lib/i18n/locales";
import { tagPublishedProgram } from "@/lib/program/page-cache";
import { getPublishedProgram } from "@/lib/program/published";
import { parseProgramQuery } from "@/lib/program/view";

// Rendered on the first request for each language and release, then served from cache: proxy.ts
// puts the latest release's id in the path, so a publish (on any app instance) moves visitors to
// new pages. Publishing also expires the old ones by tag (lib/program/page-cache.ts).
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { locale: string; release: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; release: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "program" });
  return { title: t("title"), alternates: { canonical: "/program" } };
}

export default async function StaticProgramPage({ params }: { params: Promise<{ locale: string; release: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const forum = await getCurrentForum();
  if (forum) await tagPublishedProgram(forum.id);
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return <ProgramNotPublished />;
  return <ProgramView published={published} query={parseProgramQuery({}, published.snapshot)} locale={locale} />;
}
