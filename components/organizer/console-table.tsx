import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type Column = { label: string; align?: "right" };

/**
 * The console's dense table: a labelled scroll region (reachable by keyboard) with a sticky
 * header. Pages render the rows.
 */
export function ConsoleTable({ label, columns, children, className }: { label: string; columns: Column[]; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm", className)}>
      <table className="w-full text-[13px]">
        <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase shadow-[0_1px_0_#e2e8f0]">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={cn("px-3 py-2", c.align === "right" && "text-right")}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
