import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { RunSheet, type RunSheetRow } from "@/components/agreements/run-sheet";
import { getRunSheet } from "@/lib/agreements/run-sheet";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";
import { formatDateTime, formatTime } from "@/lib/time/format";
import { markSignedAction, reorderRunSheetAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("runSheet.title") };
}

// Printed, the run sheet is a clean A4 list: the console's header and navigation go, as do the
// buttons (no-print); each signing stays on one page.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 12mm 11mm 14mm; }
  body:has(.run-sheet-print) header, body:has(.run-sheet-print) aside { display: none !important; }
  body:has(.run-sheet-print) main { padding: 0 !important; }
  body:has(.run-sheet-print) > div { background: white !important; }
}`;

export default async function RunSheetPage({ params }: { params: Promise<{ sessionId: string }> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { sessionId } = await params;
  const t = await getTranslations("agreements");
  const tc = await getTranslations("common");
  const [forum, locale] = await Promise.all([getWorkingForum(), getLocale()]);
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const sheet = await getRunSheet(forum.id, sessionId);
  if (!sheet) notFound();
  const intl = INTL_LOCALE[locale];
  const rows: RunSheetRow[] = sheet.agreements.map((a) => ({
    id: a.id,
    titleEn: a.titleEn,
    slot: a.slot,
    tableSlot: a.tableSlot,
    status: a.status,
    statusLabel: tc(`agreementStatuses.${a.status}`),
    confidential: a.visibility === "CONFIDENTIAL",
    signedAt: a.signedAt ? formatDateTime(a.signedAt, forum.timeZone, intl, "medium") : null,
    value: formatMoney(a.valueMinor, a.currency, intl),
    sector: a.sector.nameEn,
    sectorColor: a.sector.color,
    parties: a.parties.map((p) => ({ organization: p.organization.nameEn, organizationZh: p.organization.nameZh, role: p.role, signatoryName: p.signatoryName, signatoryTitle: p.signatoryTitle })),
  }));
  const signed = rows.filter((r) => r.status === "SIGNED").length;
  const due = rows.filter((r) => r.status !== "CANCELLED").length;
  return (
    <div className="run-sheet-print max-w-5xl space-y-4 print:max-w-none print:text-[11pt]">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex flex-wrap gap-4 text-sm">
        <Link href="/organizer/agreements/run-sheet" className="text-brand-700 hover:underline">
          ← {t("runSheet.allSessions")}
        </Link>
        <Link href="/organizer/agreements" className="text-brand-700 hover:underline">
          {t("form.back")}
        </Link>
      </div>
      <div className="space-y-1 print:border-b print:border-black print:pb-2">
        <p className="text-sm text-slate-600 print:text-black">{forum.nameEn}</p>
        <h1 className="text-2xl font-bold text-slate-900 print:text-black">{t("runSheet.heading", { session: sheet.session.titleEn })}</h1>
        <p className="text-sm text-slate-700 print:text-black">
          {formatDateTime(sheet.session.startsAt, forum.timeZone, intl, "long")}–{formatTime(sheet.session.endsAt, forum.timeZone, intl)} ({forum.timeZone})
          {sheet.session.room ? ` · ${sheet.session.room.nameEn}` : ""} · {t("runSheet.progress", { signed, count: due })}
        </p>
      </div>
      <RunSheet sessionId={sheet.session.id} rows={rows} reorder={reorderRunSheetAction} markSigned={markSignedAction} />
    </div>
  );
}
