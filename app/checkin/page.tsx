import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { CheckInDesk } from "@/components/checkin/check-in-desk";
import { DoorResult } from "@/components/checkin/door-result";
import { UserMenu } from "@/components/layout/user-menu";
import { CHECKIN_ROLES } from "@/lib/auth/roles";
import { countCheckedInToday, lookUpBadgeAsStaff } from "@/lib/checkin/check-in";
import { badgeInputSchema } from "@/lib/checkin/schemas";
import { doorVerdict } from "@/lib/checkin/verdict";
import { getWorkingForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDate, zoneLabel } from "@/lib/time/format";
import { checkInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin"))("title") };
}

// The door page for STAFF (and organizers): a badge code in the URL (typed, scanned, or after a
// check-in) shows its card; nothing else of the participants is reachable from here.
export default async function CheckInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole(...CHECKIN_ROLES);
  const t = await getTranslations("checkin");
  const tc = await getTranslations("common");
  const [params, locale, forum] = await Promise.all([searchParams, getLocale(), getWorkingForum()]);
  if (!forum) {
    return (
      <main id="main" className="p-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2">{t("noForum")}</p>
      </main>
    );
  }
  const intl = INTL_LOCALE[locale];
  const now = new Date();
  const raw = typeof params.code === "string" ? params.code : "";
  const parsed = raw ? badgeInputSchema.safeParse(raw) : null;
  const code = parsed?.success ? parsed.data : null;
  const lookup = code ? await lookUpBadgeAsStaff(user.id, forum.id, code) : null;
  const count = await countCheckedInToday(forum.id, forum.timeZone, now);
  const zone = zoneLabel(now, forum.timeZone, intl);
  const verdict = lookup ? doorVerdict(lookup, params.done === "1", now) : null;

  return (
    <div className="min-h-screen bg-slate-100">
      <header className="flex items-center justify-between bg-brand-950 px-4 py-2 text-white">
        <span className="text-sm font-semibold tracking-wide">
          {tc("appName")} · {t("title")}
        </span>
        <UserMenu />
      </header>
      <main id="main" className="mx-auto max-w-md space-y-4 p-3 pb-10 sm:p-4">
        <div className="flex items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
            <p className="truncate text-sm text-slate-600">{localized(forum, "name", locale)}</p>
          </div>
          <p className="shrink-0 text-right">
            <span id="today-count-label" className="block text-sm font-medium text-slate-600">
              {t("today")}
            </span>
            <output aria-labelledby="today-count-label" className="block text-4xl leading-none font-bold text-slate-900 tabular-nums">
              {count}
            </output>
          </p>
        </div>
        <p className="-mt-2 text-right text-xs text-slate-600">{t("todayOf", { date: formatDate(now, forum.timeZone, intl, "long"), zone })}</p>
        <CheckInDesk
          checkIn={checkInAction}
          formKey={String(now.getTime())}
          typed={code ? "" : raw}
          typedError={parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? null) : null}
          result={
            lookup && verdict && code ? (
              <DoorResult lookup={lookup} verdict={verdict} code={code} timeZone={forum.timeZone} intlLocale={intl} zone={zone} now={now} checkIn={checkInAction} />
            ) : null
          }
        />
      </main>
    </div>
  );
}
