import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ConfirmOutcome } from "@/lib/registration/confirm";
import { cn } from "@/lib/ui/cn";

const OUTCOMES: readonly ConfirmOutcome[] = ["confirmed", "already-confirmed", "expired", "unknown"];

function outcomeOf(value: string | string[] | undefined): ConfirmOutcome {
  return OUTCOMES.find((o) => o === value) ?? "unknown";
}

const KEYS = {
  confirmed: { title: "confirmedTitle", body: "confirmed" },
  "already-confirmed": { title: "alreadyTitle", body: "already" },
  expired: { title: "expiredTitle", body: "expired" },
  unknown: { title: "unknownTitle", body: "unknown" },
} as const;

type Search = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Search): Promise<Metadata> {
  const t = await getTranslations("register.confirm");
  return { title: t(KEYS[outcomeOf((await searchParams).result)].title), robots: { index: false } };
}

/** Where the confirmation link lands (through ./confirm/route.ts): what happened, and what next. */
export default async function ConfirmedPage({ searchParams }: Search) {
  const outcome = outcomeOf((await searchParams).result);
  const t = await getTranslations("register.confirm");
  const good = outcome === "confirmed" || outcome === "already-confirmed";
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <div className={cn("rounded-xl border bg-white p-6 shadow-sm sm:p-8", good ? "border-emerald-200" : "border-amber-200")}>
        <div aria-hidden className={cn("grid size-12 place-items-center rounded-full text-2xl", good ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-800")}>
          {good ? "✓" : "!"}
        </div>
        <h1 className="mt-4 text-2xl font-bold text-slate-900 sm:text-3xl">{t(KEYS[outcome].title)}</h1>
        <p className="mt-3 text-slate-700">{t(KEYS[outcome].body)}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/login?callbackUrl=%2Fme" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("signIn")}
          </Link>
          <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50">
            {t("home")}
          </Link>
        </div>
      </div>
    </main>
  );
}
