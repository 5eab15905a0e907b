import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { recordHref } from "@/lib/audit/links";
import { type AuditRow, type AuditValue, getAuditSubject, listAuditActors, listAuditEntries, namesForIds } from "@/lib/audit/queries";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditQuerySchema, type AuditQuery } from "@/lib/audit/schemas";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ID = /^[a-z0-9]{20,40}$/;

/** Every id a page's changes mention: "MODERATOR <id>" lines of a session's people too. */
function idsIn(rows: AuditRow[]): string[] {
  const ids: string[] = [];
  const visit = (v: AuditValue) => {
    if (typeof v === "string") for (const token of v.split(/[\s|]+/)) if (ID.test(token)) ids.push(token);
    if (Array.isArray(v)) v.forEach(visit);
  };
  for (const r of rows) for (const c of r.changes) [c.before, c.after].forEach(visit);
  return ids;
}

/**
 * The audit log: who changed what, when, from what to what. Organizers and admins only; chairs
 * never see it, because entries about people, participants and agreements are not theirs to read
 * and a chair's own session edits are on the session's page anyway.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("audit");
  const [locale, forum, raw] = await Promise.all([getLocale(), getWorkingForum(), searchParams]);
  if (!forum) return <p className="text-slate-600">{(await getTranslations("organizer"))("noForum")}</p>;
  // Repeated parameters (?kind=a&kind=b) are not ours: take none of them rather than guess.
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? "\u0000" : v]));
  const parsed = auditQuerySchema.safeParse(single);
  const query: AuditQuery = parsed.success ? parsed.data : {};
  const problems = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))];

  const [{ rows, nextAfter }, actors, found] = await Promise.all([
    parsed.success ? listAuditEntries(forum.id, forum.timeZone, query) : Promise.resolve({ rows: [], nextAfter: null }),
    listAuditActors(),
    query.entity ? getAuditSubject(query.entity.type, query.entity.id) : null,
  ]);
  // Another forum's record is not this log's to name.
  const subject = found && (found.forumId === null || found.forumId === forum.id) ? found : null;
  const names = await namesForIds(idsIn(rows));
  const timeZone = forum.timeZone;
  const intl = INTL_LOCALE[locale];
  const time = (date: Date) => formatDateTime(date, timeZone, intl, "medium");

  // Codes read from the database are open-ended strings: word the known ones, show the rest as stored.
  const word = t as unknown as { (key: string): string; has(key: string): boolean };
  const known = (group: string, code: string) => (word.has(`${group}.${code}`) ? word(`${group}.${code}`) : code);
  const typeName = (type: string) => known("types", type);
  const actionName = (action: string) => known("actions", action);
  const fieldName = (field: string) => known("fields", field);
  const show = (v: AuditValue): string => {
    if (v === null || v === "") return t("none");
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "number") return v.toLocaleString(intl);
    if (typeof v === "string") {
      if (ISO_TIME.test(v)) return time(new Date(v));
      return v
        .split(/(\s+|\|)/)
        .map((token) => (ID.test(token) ? (names.get(token) ?? token) : token))
        .join("");
    }
    if (Array.isArray(v)) return v.length ? v.map(show).join("; ") : t("none");
    return JSON.stringify(v);
  };

  const keep = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const key of ["kind", "actor", "from", "to"] as const) if (query[key]) params.set(key, query[key]);
    if (query.entity) params.set("entity", `${query.entity.type}:${query.entity.id}`);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return `?${params.toString()}`;
  };
  const actorOptions = query.actor && !actors.some((a) => a.id === query.actor) ? [...actors, { id: query.actor, name: names.get(query.actor) ?? query.actor, email: "" }] : actors;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">
          {query.entity
            ? subject
              ? t("historyOf", { type: typeName(query.entity.type).toLowerCase(), label: subject.label })
              : t("historyOfGone", { type: typeName(query.entity.type).toLowerCase() })
            : t("title")}
        </h1>
        {query.entity ? (
          <div className="flex gap-4 text-sm">
            {subject && recordHref(query.entity.type, subject.linkId) ? (
              <Link href={recordHref(query.entity.type, subject.linkId) ?? ""} className="font-medium text-brand-700 underline">
                {subject.label}
              </Link>
            ) : null}
            <Link href="/organizer/audit" className="font-medium text-brand-700 underline">
              {t("allEntries")}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro", { timeZone })}</p>

      <form role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-2">
        {query.entity ? <input type="hidden" name="entity" value={`${query.entity.type}:${query.entity.id}`} /> : null}
        <div>
          <label htmlFor="audit-kind" className="block text-xs font-medium text-slate-700">
            {t("filters.kind")}
          </label>
          <select id="audit-kind" name="kind" defaultValue={query.kind ?? ""} className={`${control} max-w-64`}>
            <option value="">{t("filters.anyKind")}</option>
            <optgroup label={t("filters.records")}>
              {AUDIT_ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {typeName(type)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("filters.actions")}>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {actionName(action)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-xs font-medium text-slate-700">
            {t("filters.person")}
          </label>
          <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={`${control} max-w-56`}>
            <option value="">{t("filters.anyPerson")}</option>
            {actorOptions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ?? a.email}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-xs font-medium text-slate-700">
            {t("filters.from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-xs font-medium text-slate-700">
            {t("filters.to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("filters.submit")}
        </button>
        {query.kind || query.actor || query.from || query.to || !parsed.success ? (
          <Link href={query.entity ? `?${new URLSearchParams({ entity: `${query.entity.type}:${query.entity.id}` }).toString()}` : "/organizer/audit"} className="px-2 py-1.5 text-sm font-medium text-brand-700 underline">
            {t("filters.clear")}
          </Link>
        ) : null}
      </form>

      {problems.length ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("invalid", { problems: problems.map((p) => known("problems", p)).join(", ") })}
        </p>
      ) : null}

      <ConsoleTable
        label={t("title")}
        columns={[{ label: t("columns.when") }, { label: t("columns.who") }, { label: t("columns.what") }, { label: t("columns.record") }, { label: t("columns.change") }]}
      >
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
              {t("empty")}
            </td>
          </tr>
        ) : (
          rows.map((r) => {
            const href = r.entity.exists && (r.entity.forumId === null || r.entity.forumId === forum.id) ? recordHref(r.entity.type, r.entity.linkId ?? r.entity.id) : null;
            const label = r.entity.label ?? t("unnamed");
            return (
              <tr key={r.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                  <time dateTime={r.createdAt.toISOString()}>{time(r.createdAt)}</time>
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap text-slate-700">{r.actor ? (r.actor.name ?? r.actor.email) : t("system")}</td>
                <td className="px-3 py-1.5 font-medium whitespace-nowrap text-slate-900">{actionName(r.action)}</td>
                <td className="px-3 py-1.5">
                  <span className="block text-xs text-slate-500">{typeName(r.entity.type)}</span>
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {label}
                    </Link>
                  ) : (
                    <span className="text-slate-700">
                      {label}
                      {r.entity.exists ? null : <span className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-700">{t("deleted")}</span>}
                    </span>
                  )}
                </td>
                <td className="min-w-64 px-3 py-1.5">
                  {r.changes.length ? (
                    <ul className="space-y-0.5">
                      {r.changes.map((c) => (
                        <li key={c.field} className="break-words">
                          {t("change", { field: fieldName(c.field), before: show(c.before), after: show(c.after) })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })
        )}
      </ConsoleTable>
      <nav aria-label={t("pageNav")} className="flex gap-4 text-sm">
        {query.after ? (
          <Link href={keep({})} className="font-medium text-brand-700 underline">
            {t("first")}
          </Link>
        ) : null}
        {nextAfter ? (
          <Link href={keep({ after: nextAfter })} className="font-medium text-brand-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
