import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { listSigningSessions } from "@/lib/agreements/run-sheet";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDateTime, formatTime } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("runSheet.title") };
}

export default async function RunSheetPickerPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("agreements");
  const [forum, locale] = await Promise.all([getWorkingForum(), getLocale()]);
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const sessions = await listSigningSessions(forum.id);
  const intl = INTL_LOCALE[locale];
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/organizer/agreements" className="text-sm text-brand-700 hover:underline">
        ← {t("form.back")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("runSheet.title")}</h1>
      <p className="text-sm text-slate-700">{t("runSheet.pick")}</p>
      {sessions.length === 0 ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t("runSheet.noSessions")}</p>
      ) : (
        <ul className="space-y-2">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/organizer/agreements/run-sheet/${s.id}`} className="block rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-400">
                <span className="font-semibold text-brand-800">{s.titleEn}</span>
                <span className="block text-sm text-slate-600">
                  {formatDateTime(s.startsAt, forum.timeZone, intl, "long")}–{formatTime(s.endsAt, forum.timeZone, intl)}
                  {s.room ? ` · ${s.room.nameEn}` : ""} · {t("summary", { count: s._count.agreements })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
