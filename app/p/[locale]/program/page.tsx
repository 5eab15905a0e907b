import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgramNotPublished, ProgramView } from "@/components/program/program-view";
import { getCurrentForum } from "@/lib/forum/queries";
import { isLocale } from "@/lib/i18n/locales";
import { tagPublishedProgram } from "@/lib/program/page-cache";
import { getPublishedProgram } from "@/lib/program/published";
import { parseProgramQuery } from "@/lib/program/view";

// Rendered on the first request for each language, then kept until a publish expires it by tag
// (lib/program/page-cache.ts); the time limit only bounds how long another instance of the app,
// which did not see the publish, can lag behind.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "program" });
  return { title: t("title"), alternates: { canonical: "/program" } };
}

export default async function StaticProgramPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const forum = await getCurrentForum();
  if (forum) await tagPublishedProgram(forum.id);
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return <ProgramNotPublished />;
  return <ProgramView published={published} query={parseProgramQuery({}, published.snapshot)} locale={locale} />;
}
