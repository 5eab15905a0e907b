import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DoorLookup } from "@/lib/checkin/check-in";
import type { DoorVerdict } from "@/lib/checkin/verdict";
import { cn } from "@/lib/ui/cn";
import { dayKey, formatDate, formatTime } from "@/lib/time/format";
import { CheckInButton } from "./check-in-button";

const TONE: Record<DoorVerdict, string> = {
  throttled: "border-red-600 bg-red-50 text-red-950",
  unknown: "border-red-600 bg-red-50 text-red-950",
  refused: "border-red-600 bg-red-50 text-red-950",
  ready: "border-brand-500 bg-brand-50 text-brand-950",
  "checked-in": "border-emerald-600 bg-emerald-50 text-emerald-950",
  "already-checked-in": "border-amber-500 bg-amber-50 text-amber-950",
};

const MARK: Record<DoorVerdict, string> = {
  throttled: "✕",
  unknown: "✕",
  refused: "✕",
  ready: "?",
  "checked-in": "✓",
  "already-checked-in": "!",
};

/**
 * The answer for one badge, in big type and one colour the whole door can read from a step away:
 * green checked in, amber already checked in, red unknown or not approved, blue ready.
 */
export async function DoorResult({
  lookup,
  verdict,
  code,
  timeZone,
  intlLocale,
  zone,
  now,
  checkIn,
}: {
  lookup: DoorLookup;
  verdict: DoorVerdict;
  code: string;
  timeZone: string;
  intlLocale: string;
  zone: string;
  now: Date;
  checkIn: (input: FormData) => Promise<void>;
}) {
  const t = await getTranslations("checkin");
  const tc = await getTranslations("common");
  const p = lookup.found ? lookup.participant : null;

  let headline: string;
  let help: string | null = null;
  switch (verdict) {
    case "throttled":
      headline = t("throttled");
      help = t("throttledHelp", { seconds: "retryAfterSeconds" in lookup ? lookup.retryAfterSeconds : 0 });
      break;
    case "unknown":
      headline = t("unknown");
      help = t("unknownHelp");
      break;
    case "refused":
      headline = t("notApproved", { status: p ? tc(`statuses.${p.status}`) : "" });
      help = t("notApprovedHelp");
      break;
    case "ready":
      headline = t("ready");
      help = t("readyHelp");
      break;
    case "checked-in":
      headline = t("checkedInNow");
      help = t("checkedInNowHelp");
      break;
    case "already-checked-in": {
      const at = p?.checkedInAt ?? now;
      const time = `${formatTime(at, timeZone, intlLocale)} (${zone})`;
      headline = dayKey(at, timeZone) === dayKey(now, timeZone) ? t("alreadyCheckedIn", { time }) : t("alreadyCheckedInOn", { date: formatDate(at, timeZone, intlLocale, "long"), time });
      help = [p?.checkedInBy ? t("checkedInBy", { name: p.checkedInBy }) : null, t("alreadyHelp")].filter(Boolean).join(" ");
      break;
    }
  }

  return (
    <section aria-labelledby="result-title" className={cn("rounded-xl border-4 p-5 shadow-sm", TONE[verdict])}>
      <h2 id="result-title" className="flex items-start gap-3 text-2xl leading-tight font-bold">
        <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-current/10 text-xl">
          {MARK[verdict]}
        </span>
        <span>{headline}</span>
      </h2>
      {help ? <p className="mt-2 text-base">{help}</p> : null}
      {p ? (
        <div className="mt-4 space-y-2">
          <p className="text-3xl leading-tight font-bold break-words">{p.fullName}</p>
          {p.latinName && p.latinName !== p.fullName ? <p className="text-xl font-semibold">{p.latinName}</p> : null}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
            <dt className="opacity-75">{t("organization")}</dt>
            <dd className="font-medium">{p.organization || "—"}</dd>
            <dt className="opacity-75">{t("category")}</dt>
            <dd className="font-medium">{tc(`categories.${p.category}`)}</dd>
            <dt className="opacity-75">{t("status")}</dt>
            <dd className="font-medium">{tc(`statuses.${p.status}`)}</dd>
            {p.earlierDays.length > 0 ? (
              <>
                <dt className="opacity-75">{t("earlierDays")}</dt>
                <dd className="font-medium">{p.earlierDays.map((day) => formatDate(new Date(`${day}T12:00:00Z`), "UTC", intlLocale, "long")).join(", ")}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : (
        <p className="mt-3 font-mono text-lg tracking-wider break-all">{code}</p>
      )}
      {verdict === "ready" ? (
        <form action={checkIn} className="mt-5">
          <input type="hidden" name="code" value={code} />
          <CheckInButton label={t("checkIn")} pendingLabel={t("checkingIn")} />
        </form>
      ) : null}
      <Link href="/checkin" className="mt-4 inline-block font-semibold underline underline-offset-4">
        {t("next")}
      </Link>
    </section>
  );
}
