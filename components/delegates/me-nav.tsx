"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/ui/cn";

export type MeNavItem = { href: string; label: string };

/** The delegate area's tabs: links in a labelled nav, the current one marked with aria-current. */
export function MeNav({ label, items }: { label: string; items: MeNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-3 py-2.5 text-sm font-semibold whitespace-nowrap sm:px-4",
                  current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
