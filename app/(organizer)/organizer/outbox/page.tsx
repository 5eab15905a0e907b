import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { smtpConfigured } from "@/lib/outbox/config";
import { displayStatus, linkifyText, listOutbox, type OutboxDisplayStatus } from "@/lib/outbox/queries";
import { outboxQuerySchema } from "@/lib/outbox/schemas";
import { formatDateTime } from "@/lib/time/format";
import { requestOrigin } from "@/app/(public)/register/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const STATUS_STYLE: Record<OutboxDisplayStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENDING: "bg-sky-100 text-sky-900",
  RETRYING: "bg-orange-100 text-orange-900",
  SENT: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-red-100 text-red-900",
};

/** The e-mail the application sends, readable by organizers (and the only way to read it without SMTP). */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const query = outboxQuerySchema.parse(await searchParams);
  const t = await getTranslations("outbox");
  const [locale, forum, origin] = await Promise.all([getLocale(), getWorkingForum(), requestOrigin()]);
  const timeZone = forum?.timeZone ?? "UTC";
  const { rows, total, nextAfter } = await listOutbox(query);
  const href = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(query.to ? { to: query.to } : {}), ...extra }).toString()}`;
  const time = (date: Date) => formatDateTime(date, timeZone, INTL_LOCALE[locale], "short");

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("count", { count: total })}</p>
      </div>
      <p className="max-w-3xl text-sm text-slate-600">
        {t("intro")} {smtpConfigured() ? t("delivery.smtp") : t("delivery.none")}
      </p>
      <form role="search" className="flex max-w-xl flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="outbox-recipient" className="block text-xs font-medium text-slate-700">
            {t("filter")}
          </label>
          <input
            id="outbox-recipient"
            name="to"
            type="search"
            defaultValue={query.to ?? ""}
            autoComplete="off"
            className="mt-0.5 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("filterButton")}
        </button>
        {query.to ? (
          <Link href="/organizer/outbox" className="px-2 py-1.5 text-sm font-medium text-brand-700 underline">
            {t("clear")}
          </Link>
        ) : null}
      </form>
      <ConsoleTable
        label={t("title")}
        columns={[{ label: t("columns.time") }, { label: t("columns.recipient") }, { label: t("columns.subject") }, { label: t("columns.template") }, { label: t("columns.status") }]}
      >
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
              {t("empty")}
            </td>
          </tr>
        ) : (
          rows.map((m) => {
            const status = displayStatus(m);
            return (
              <tr key={m.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                  <time dateTime={m.createdAt.toISOString()}>{time(m.createdAt)}</time>
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap text-slate-700">{m.toEmail}</td>
                <td className="min-w-64 px-3 py-1.5">
                  <details>
                    <summary className="cursor-pointer font-medium text-slate-900 hover:text-brand-800">{m.subject}</summary>
                    <div role="group" aria-label={t("message", { email: m.toEmail })} className="mt-2 max-w-2xl rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs break-words whitespace-pre-wrap text-slate-800">
                      {linkifyText(m.text, origin).map((part, i) =>
                        part.kind === "link" ? (
                          <a key={i} href={part.href} className="text-brand-700 underline">
                            {part.href}
                          </a>
                        ) : (
                          <span key={i}>{part.value}</span>
                        ),
                      )}
                    </div>
                  </details>
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap text-slate-600">{m.template}</td>
                <td className="px-3 py-1.5">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS_STYLE[status]}`}>{t(`statuses.${status}`)}</span>
                  {m.status === "SENT" && m.sentAt ? <p className="mt-0.5 text-xs whitespace-nowrap text-slate-500">{t("sentAt", { time: time(m.sentAt) })}</p> : null}
                  {m.attempts > 0 && m.status !== "SENT" ? <p className="mt-0.5 text-xs text-slate-500">{t("attempts", { count: m.attempts })}</p> : null}
                  {m.lastError && m.status !== "SENT" ? <p className="mt-0.5 max-w-60 text-xs break-words text-red-800">{t("lastError", { error: m.lastError })}</p> : null}
                </td>
              </tr>
            );
          })
        )}
      </ConsoleTable>
      <nav aria-label={t("title")} className="flex gap-4 text-sm">
        {query.after ? (
          <Link href={href({})} className="font-medium text-brand-700 underline">
            {t("first")}
          </Link>
        ) : null}
        {nextAfter ? (
          <Link href={href({ after: nextAfter })} className="font-medium text-brand-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
