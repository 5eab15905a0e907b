import { formatMoney } from "@/lib/money/money";

type Row = { key: string; label: string; color?: string; count: number; totals: { currency: string; minor: bigint }[] };

/**
 * Counts and exact totals, one line per currency in the total's cell: amounts in different
 * currencies are shown apart, never added or converted.
 */
export function TotalsTable({ caption, head, rows, locale }: { caption: string; head: [string, string, string]; rows: Row[]; locale: string }) {
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-900">{caption}</caption>
      <thead className="bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
        <tr>
          <th scope="col" className="px-3 py-1.5">
            {head[0]}
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            {head[1]}
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            {head[2]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-t border-slate-100">
            <th scope="row" className="px-3 py-1.5 text-left font-medium text-slate-800">
              {r.color ? <span aria-hidden className="mr-1.5 inline-block size-2.5 rounded-full" style={{ backgroundColor: r.color }} /> : null}
              {r.label}
            </th>
            <td className="px-3 py-1.5 text-right tabular-nums">{r.count}</td>
            <td className="px-3 py-1.5 text-right whitespace-nowrap tabular-nums">
              {r.totals.length === 0
                ? "—"
                : r.totals.map((m) => (
                    <span key={m.currency} className="block">
                      {formatMoney(m.minor, m.currency, locale)}
                    </span>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
