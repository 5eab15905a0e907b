import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgramNotPublished, ProgramView } from "@/components/program/program-view";
import { getCurrentForum } from "@/lib/forum/queries";
import { getPublishedProgram } from "@/lib/program/published";
import { parseProgramQuery } from "@/lib/program/view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("program"))("title") };
}

// The program with filters, a search or a view in the query string: rendered per request. The
// plain /program is served from app/p/[locale]/program, rendered once per release (see proxy.ts).
export default async function ProgramPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, locale, forum] = await Promise.all([searchParams, getLocale(), getCurrentForum()]);
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return <ProgramNotPublished />;
  return <ProgramView published={published} query={parseProgramQuery(params, published.snapshot)} locale={locale} />;
}
