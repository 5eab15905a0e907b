import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { programHref, type ProgramQuery } from "@/lib/program/view";
import { cn } from "@/lib/ui/cn";
import { dateTimeFormat } from "@/lib/time/format";

/** A program day's short label, "Thu 10 Jul", from its key (a calendar date in the forum's zone). */
export function shortDay(key: string, intl: string): string {
  // The key is already the forum's calendar day: read it as a UTC date so no zone shifts it.
  return dateTimeFormat(intl, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${key}T12:00:00Z`));
}

/** Day tabs: links that pick one day (or all), keeping the other filters. */
export async function DayTabs({ days, query, intl }: { days: string[]; query: ProgramQuery; intl: string }) {
  const t = await getTranslations("program");
  const tabs = [{ key: null, label: t("allDays") }, ...days.map((key) => ({ key, label: shortDay(key, intl) }))];
  return (
    <nav aria-label={t("days")} className="no-print -mx-4 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const current = query.day === tab.key;
          return (
            <li key={tab.key ?? "all"}>
              <Link
                href={programHref(query, { day: tab.key })}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block border-b-[3px] px-4 py-3 text-sm font-semibold whitespace-nowrap",
                  current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
