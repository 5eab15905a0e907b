import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { UserMenu } from "@/components/layout/user-menu";
import { CHECKIN_ROLES } from "@/lib/auth/roles";
import { countCheckedInSince, lookUpBadge } from "@/lib/checkin/check-in";
import { badgeCodeSchema } from "@/lib/checkin/schemas";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatTime, isWithin, startOfTodayIn } from "@/lib/time/format";
import { checkInAction } from "./actions";

const JUST_NOW_MS = 60_000;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin"))("title") };
}

export default async function CheckInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole(...CHECKIN_ROLES);
  const t = await getTranslations("checkin");
  const tc = await getTranslations("common");
  const [params, locale, forum] = await Promise.all([searchParams, getLocale(), getWorkingForum()]);
  if (!forum) return <main id="main" className="p-6">{t("noForum")}</main>;
  const raw = typeof params.code === "string" ? params.code : "";
  const parsed = raw ? badgeCodeSchema.safeParse(raw) : null;
  const lookup = parsed?.success ? await lookUpBadge(forum.id, parsed.data) : null;
  const count = await countCheckedInSince(forum.id, startOfTodayIn(forum.timeZone));
  // "done" only says the action just ran; a reload minutes later shows amber, not green.
  const justDone = params.done === "1" && lookup?.found === true && isWithin(lookup.participant.checkedInAt, JUST_NOW_MS);
  const intl = INTL_LOCALE[locale];

  let tone = "border-slate-200 bg-white";
  let headline = "";
  let help = "";
  if (lookup && !lookup.found) {
    tone = "border-red-500 bg-red-50 text-red-950";
    headline = t("unknown");
    help = t("unknownHelp");
  } else if (lookup?.found) {
    const p = lookup.participant;
    if (p.status !== "APPROVED") {
      tone = "border-red-500 bg-red-50 text-red-950";
      headline = t("notApproved", { status: tc(`statuses.${p.status as "PENDING"}`) });
      help = t("notApprovedHelp");
    } else if (p.checkedInAt && !justDone) {
      tone = "border-amber-500 bg-amber-50 text-amber-950";
      headline = t("alreadyCheckedIn", { time: formatTime(p.checkedInAt, forum.timeZone, intl) });
    } else if (p.checkedInAt) {
      tone = "border-emerald-600 bg-emerald-50 text-emerald-950";
      headline = t("checkedInNow");
    } else {
      tone = "border-brand-500 bg-brand-50 text-brand-950";
      headline = t("ready");
    }
  }

  return (
    <div className="min-h-screen bg-slate-100">
      <header className="flex items-center justify-between bg-brand-950 px-4 py-2 text-white">
        <span className="font-semibold">{t("title")}</span>
        <UserMenu />
      </header>
      <main id="main" className="mx-auto max-w-md space-y-5 p-4">
        <p className="text-right text-sm text-slate-600">
          {t("today")}: <span className="text-lg font-bold text-slate-900 tabular-nums">{count}</span>
        </p>
        <form method="get" className="space-y-2">
          <label htmlFor="code" className="block text-lg font-semibold text-slate-900">
            {t("code")}
          </label>
          <input
            id="code"
            name="code"
            defaultValue={lookup ? "" : raw}
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="code-hint"
            className="block w-full rounded-lg border-2 border-slate-300 px-4 py-3 font-mono text-2xl tracking-wider focus:border-brand-500 focus:outline-none"
          />
          <p id="code-hint" className="text-sm text-slate-600">
            {t("codeHint")}
          </p>
          {parsed && !parsed.success ? <p className="text-sm font-medium text-red-700">{parsed.error.issues[0]?.message}</p> : null}
          <button type="submit" className="w-full rounded-lg bg-slate-800 px-4 py-3 text-lg font-semibold text-white">
            {t("lookUp")}
          </button>
        </form>

        {lookup ? (
          <section aria-live="polite" aria-labelledby="result-title" className={`rounded-xl border-4 p-5 ${tone}`}>
            <h1 id="result-title" className="text-2xl font-bold">
              {headline}
            </h1>
            {help ? <p className="mt-1">{help}</p> : null}
            {lookup.found ? (
              <div className="mt-4 space-y-1">
                <p className="text-3xl font-bold">{lookup.participant.fullName}</p>
                {lookup.participant.latinName && lookup.participant.latinName !== lookup.participant.fullName ? (
                  <p className="text-lg">{lookup.participant.latinName}</p>
                ) : null}
                <p className="text-lg">{lookup.participant.organization}</p>
                <p>
                  {tc(`categories.${lookup.participant.category as "OTHER"}`)} · {tc(`statuses.${lookup.participant.status as "PENDING"}`)}
                </p>
              </div>
            ) : null}
            {lookup.found && lookup.participant.status === "APPROVED" && !lookup.participant.checkedInAt && parsed?.success ? (
              <form action={checkInAction} className="mt-5">
                <input type="hidden" name="code" value={parsed.data} />
                <button type="submit" className="w-full rounded-lg bg-emerald-700 px-4 py-4 text-xl font-bold text-white hover:bg-emerald-800">
                  {t("checkIn")}
                </button>
              </form>
            ) : null}
          </section>
        ) : null}
      </main>
    </div>
  );
}
