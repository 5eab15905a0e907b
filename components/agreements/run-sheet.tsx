"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/ui/cn";

export type RunSheetRow = {
  id: string;
  titleEn: string;
  slot: number | null;
  tableSlot: string | null;
  status: AgreementStatus;
  statusLabel: string;
  confidential: boolean;
  signedAt: string | null;
  value: string;
  sector: string;
  sectorColor: string;
  parties: { organization: string; organizationZh: string | null; role: string; signatoryName: string; signatoryTitle: string }[];
};

type Props = {
  sessionId: string;
  rows: RunSheetRow[];
  reorder: (input: unknown) => Promise<ActionResult>;
  markSigned: (input: unknown) => Promise<ActionResult<{ signedAt: string }>>;
};

/**
 * The signings of one ceremony in order. Move up/down sends the whole new order (the server
 * refuses it if the sheet changed meanwhile); "Mark signed" signs one agreement now. Results are
 * announced in a live region; the buttons stay focusable at the ends of the list (aria-disabled)
 * so keyboard focus is never lost.
 */
export function RunSheet({ sessionId, rows, reorder, markSigned }: Props) {
  const t = useTranslations("agreements.runSheet");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // React moves a list item's DOM node when the order changes, which drops the keyboard focus:
  // once the new order arrives, the button that was pressed gets it back.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [rows]);

  function run<T>(call: () => Promise<ActionResult<T>>, success: string) {
    startTransition(async () => {
      const result = await call();
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: result.formError ?? t("failed") });
      router.refresh();
    });
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const row = rows[index];
    if (!row || target < 0 || target >= rows.length || pending) return;
    const ids = rows.map((r) => r.id);
    [ids[index], ids[target]] = [ids[target] as string, ids[index] as string];
    refocus.current = `move-${by < 0 ? "up" : "down"}-${row.id}`;
    run(() => reorder({ sessionId, orderedIds: ids }), t("moved", { title: row.titleEn, position: target + 1 }));
  }

  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className={cn("no-print min-h-5 text-sm font-medium", message?.ok ? "text-emerald-800" : "text-red-700")}>
        {message?.text}
      </p>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol aria-label={t("listLabel")} className="space-y-3 print:space-y-0">
        {rows.map((r, i) => (
          <li
            key={r.id}
            aria-label={r.titleEn}
            className={cn(
              "grid grid-cols-[3rem_1fr] gap-3 rounded-lg border bg-white p-3 shadow-sm print:break-inside-avoid print:rounded-none print:border-0 print:border-b print:border-slate-400 print:shadow-none",
              r.status === "SIGNED" ? "border-emerald-300" : r.status === "CANCELLED" ? "border-dashed border-slate-300 bg-slate-50" : "border-slate-200",
            )}
          >
            <div className="text-center">
              <span className="block text-2xl font-bold text-slate-900 tabular-nums">{i + 1}</span>
              {r.tableSlot ? <span className="block text-xs text-slate-600 print:text-black">{r.tableSlot}</span> : null}
            </div>
            <div className="min-w-0 space-y-2">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2 className={cn("text-base font-semibold text-slate-900", r.status === "CANCELLED" && "line-through")}>{r.titleEn}</h2>
                <p className="text-sm whitespace-nowrap text-slate-700 tabular-nums print:text-black">{r.value}</p>
              </div>
              <p className="text-xs text-slate-600 print:text-black">
                <span aria-hidden className="mr-1 inline-block size-2 rounded-full print:hidden" style={{ backgroundColor: r.sectorColor }} />
                {r.sector}
                {r.confidential ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">{t("confidential")}</span> : null}
                {" · "}
                <span className={cn("font-medium", r.status === "SIGNED" && "text-emerald-800")}>{r.statusLabel}</span>
                {r.signedAt ? ` · ${t("signedAt", { time: r.signedAt })}` : null}
              </p>
              <table className="w-full table-fixed text-sm">
                <caption className="sr-only">{t("partiesOf", { title: r.titleEn })}</caption>
                <colgroup>
                  <col className="w-1/2" />
                  <col className="w-1/5" />
                  <col />
                </colgroup>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t("organization")}</th>
                    <th scope="col">{t("role")}</th>
                    <th scope="col">{t("signatory")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.parties.map((p, j) => (
                    <tr key={j} className="border-t border-slate-100 align-top">
                      <td className="py-1 pr-3 font-medium text-slate-900">
                        {p.organization}
                        {p.organizationZh ? (
                          <span lang="zh-Hans" className="block text-xs font-normal text-slate-600">
                            {p.organizationZh}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-1 pr-3 text-slate-700 print:text-black">{p.role}</td>
                      <td className="py-1 text-slate-900">
                        {p.signatoryName}
                        {p.signatoryTitle ? <span className="block text-xs text-slate-600 print:text-black">{p.signatoryTitle}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="no-print flex flex-wrap gap-2 pt-1">
                <button
                  id={`move-up-${r.id}`}
                  type="button"
                  aria-disabled={i === 0 || pending || undefined}
                  onClick={() => move(i, -1)}
                  className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
                >
                  <span aria-hidden>↑ </span>
                  {t("moveUp")}
                  <span className="sr-only">: {r.titleEn}</span>
                </button>
                <button
                  id={`move-down-${r.id}`}
                  type="button"
                  aria-disabled={i === rows.length - 1 || pending || undefined}
                  onClick={() => move(i, 1)}
                  className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
                >
                  <span aria-hidden>↓ </span>
                  {t("moveDown")}
                  <span className="sr-only">: {r.titleEn}</span>
                </button>
                {r.status === "PLANNED" ? (
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => run(() => markSigned({ id: r.id }), t("signedNow", { title: r.titleEn }))}
                    className="rounded-md bg-emerald-700 px-3 py-1 text-sm font-semibold text-white hover:bg-emerald-800 disabled:opacity-60"
                  >
                    {t("markSigned")}
                    <span className="sr-only">: {r.titleEn}</span>
                  </button>
                ) : null}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
