import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionType } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { SnapshotRoom, SnapshotSubForum } from "@/lib/program/snapshot";
import { programHref, toggleHref, type ProgramQuery } from "@/lib/program/view";
import { cn } from "@/lib/ui/cn";

const selectClass =
  "block w-full truncate rounded-md border border-slate-300 bg-white py-2 pr-8 pl-3 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/**
 * Search and filters as a plain GET form: the query string is the state, so it works without
 * JavaScript, and every result page has an address to share. The sub-forum chips are links that
 * toggle one parameter and keep the rest.
 */
export async function ProgramFilters({
  query,
  subForums,
  types,
  rooms,
  locale,
}: {
  query: ProgramQuery;
  subForums: SnapshotSubForum[];
  types: SessionType[];
  rooms: SnapshotRoom[];
  locale: AppLocale;
}) {
  const t = await getTranslations("program");
  const tc = await getTranslations("common");
  return (
    <section aria-label={t("search.region")} className="no-print mt-6 space-y-4">
      <form action="/program" method="get" role="search" className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-slate-50 p-3 sm:grid-cols-3 sm:p-4 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto] lg:items-end">
        <div className="col-span-2 sm:col-span-3 lg:col-span-1">
          <label htmlFor="program-q" className="block text-sm font-medium text-slate-800">
            {t("search.label")}
          </label>
          <input
            id="program-q"
            type="search"
            name="q"
            defaultValue={query.q}
            maxLength={200}
            placeholder={t("search.placeholder")}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          />
        </div>
        <FilterSelect name="subforum" id="program-subforum" label={t("filters.subForum")} value={query.subforum} anyLabel={t("filters.anySubForum")} options={subForums.map((s) => ({ value: s.slug, label: localized(s, "title", locale) }))} className="col-span-2 sm:col-span-1" />
        <FilterSelect name="type" id="program-type" label={t("filters.type")} value={query.type} anyLabel={t("filters.anyType")} options={types.map((type) => ({ value: type, label: tc(`sessionTypes.${type}`) }))} />
        <FilterSelect name="room" id="program-room" label={t("filters.room")} value={query.room} anyLabel={t("filters.anyRoom")} options={rooms.map((r) => ({ value: r.slug, label: localized(r, "name", locale) }))} />
        {query.day ? <input type="hidden" name="day" value={query.day} /> : null}
        {query.view !== "list" ? <input type="hidden" name="view" value={query.view} /> : null}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-800 col-span-2 sm:col-span-3 lg:col-span-1"
        >
          {t("search.submit")}
        </button>
      </form>

      {/* On a phone the select above does this job in a fraction of the height. */}
      <nav aria-label={t("filters.subForumChips")} className="hidden sm:block">
        <ul className="flex flex-wrap gap-2">
          {subForums.map((s) => {
            const on = query.subforum === s.slug;
            return (
              <li key={s.id}>
                <Link
                  href={toggleHref(query, "subforum", s.slug)}
                  aria-current={on ? "true" : undefined}
                  className={cn(
                    "inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium",
                    on ? "border-transparent text-white shadow-sm" : "border-slate-300 bg-white text-slate-700 hover:border-slate-400 hover:bg-slate-50",
                  )}
                  style={on ? { backgroundColor: s.color } : undefined}
                >
                  {on ? (
                    <span aria-hidden className="font-bold">
                      ✓
                    </span>
                  ) : (
                    <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: s.color }} />
                  )}
                  {localized(s, "title", locale)}
                  {on ? <span className="sr-only"> ({t("filters.selected")})</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </section>
  );
}

/** The active filters as chips that each remove one, and a link that clears them all. */
export async function ActiveFilters({
  query,
  subForums,
  rooms,
  locale,
}: {
  query: ProgramQuery;
  subForums: SnapshotSubForum[];
  rooms: SnapshotRoom[];
  locale: AppLocale;
}) {
  const t = await getTranslations("program");
  const tc = await getTranslations("common");
  const subForum = subForums.find((s) => s.slug === query.subforum);
  const room = rooms.find((r) => r.slug === query.room);
  const chips = [
    query.q ? { key: "q", label: t("filters.query", { q: query.q }), href: programHref(query, { q: "" }) } : null,
    subForum ? { key: "subforum", label: localized(subForum, "title", locale), href: programHref(query, { subforum: null }) } : null,
    query.type ? { key: "type", label: tc(`sessionTypes.${query.type}`), href: programHref(query, { type: null }) } : null,
    room ? { key: "room", label: localized(room, "name", locale), href: programHref(query, { room: null }) } : null,
  ].filter((c) => c !== null);
  if (!chips.length) return null;
  return (
    <ul className="flex flex-wrap items-center gap-2 text-sm">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.href}
            className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 py-1 pr-2 pl-3 font-medium text-brand-900 ring-1 ring-brand-200 hover:bg-brand-100 print:ring-slate-400"
          >
            <span className="sr-only">{t("filters.removeFilter")} </span>
            {chip.label}
            <span aria-hidden className="no-print text-base leading-none text-brand-700">
              ×
            </span>
          </Link>
        </li>
      ))}
      <li className="no-print">
        <Link href={programHref({ ...query, q: "", subforum: null, type: null, room: null })} className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {t("filters.clear")}
        </Link>
      </li>
    </ul>
  );
}

/** One labelled filter: "any" first, then the choices; the form's GET carries the value. */
function FilterSelect({ name, id, label, value, anyLabel, options, className }: { name: string; id: string; label: string; value: string | null | undefined; anyLabel: string; options: { value: string; label: string }[]; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={cn(selectClass, "mt-1")}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
