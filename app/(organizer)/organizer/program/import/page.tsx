import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ProgramImportForm } from "@/components/organizer/program-import-form";
import { getWorkingForum } from "@/lib/forum/queries";
import { importProgramAction, previewProgramImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programImport"))("title") };
}

export default async function ProgramImportPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("programImport");
  const forum = await getWorkingForum();
  if (!forum) return <p>{t("errors.noForum")}</p>;
  const first = forum.startDate.toISOString().slice(0, 10);
  const last = forum.endDate.toISOString().slice(0, 10);
  return (
    <div className="space-y-5">
      <Link href="/organizer/program" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>

      <ProgramImportForm timeZone={forum.timeZone} preview={previewProgramImportAction} confirm={importProgramAction} />

      <section aria-labelledby="matching-heading" className="max-w-3xl space-y-2">
        <h2 id="matching-heading" className="text-lg font-semibold text-slate-900">
          {t("matching.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>{t("matching.rooms")}</li>
          <li>{t("matching.tracks")}</li>
          <li>{t("matching.sessions")}</li>
          <li>{t("matching.people")}</li>
          <li>{t("matching.language")}</li>
          <li>{t("matching.times", { timeZone: forum.timeZone, first, last })}</li>
        </ul>
      </section>
    </div>
  );
}
