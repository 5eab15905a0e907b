import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { programHref, PROGRAM_VIEWS, type ProgramQuery } from "@/lib/program/view";
import { cn } from "@/lib/ui/cn";

const ICONS = {
  // Three lines, and a two-by-two grid: the usual pictures for the two views.
  list: "M3 5h14M3 10h14M3 15h14",
  grid: "M3 3h6v6H3zM11 3h6v6h-6zM3 11h6v6H3zM11 11h6v6h-6z",
} as const;

/**
 * List or grid, like pretalx: two links that keep every filter. The grid needs width, so phones
 * always get the list and the toggle is not offered there.
 */
export async function ViewToggle({ query }: { query: ProgramQuery }) {
  const t = await getTranslations("program");
  return (
    <nav aria-label={t("view.label")} className="no-print hidden md:block">
      <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm">
        {PROGRAM_VIEWS.map((view) => {
          const current = query.view === view;
          return (
            <li key={view}>
              <Link
                href={programHref(query, { view })}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex items-center gap-1.5 rounded px-3 py-1.5 text-sm font-medium",
                  current ? "bg-brand-800 text-white" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
                  <path d={ICONS[view]} />
                </svg>
                {t(`view.${view}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
