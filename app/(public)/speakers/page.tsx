import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderToggle } from "@/components/speakers/order-toggle";
import { SpeakerCard } from "@/components/speakers/speaker-card";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { getPublishedProgram } from "@/lib/program/published";
import { parseSpeakerOrder, sortSpeakers, speakerViews } from "@/lib/program/view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("speakers"))("title") };
}

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("speakers");
  const [params, locale, forum] = await Promise.all([searchParams, getLocale(), getCurrentForum()]);
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!forum || !published) {
    return (
      <main id="main" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-4 text-slate-600">{t("notPublished")}</p>
      </main>
    );
  }
  const { snapshot } = published;
  const order = parseSpeakerOrder(params.order);
  const speakers = sortSpeakers(speakerViews(snapshot), order, locale);
  return (
    <main id="main" className="program-print mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <header className="flex flex-col gap-4 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-sm font-medium text-brand-700">{localized(snapshot.forum, "name", locale)}</p>
          <h1 className="mt-1 text-3xl font-bold text-slate-900 sm:text-4xl">{t("title")}</h1>
          <p className="mt-2 text-slate-600">{t("intro", { count: speakers.length })}</p>
        </div>
        <OrderToggle order={order} />
      </header>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
        {speakers.map((speaker) => (
          <li key={speaker.person.id}>
            <SpeakerCard speaker={speaker} locale={locale} />
          </li>
        ))}
      </ul>
    </main>
  );
}
