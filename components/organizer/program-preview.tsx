import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { isBlocking } from "@/lib/program/conflicts";
import type { ProgramPreview } from "@/lib/program/publish";
import { describeChangelog, liveSessions, type ChangeItem } from "@/lib/program/releases";

/**
 * What a publish, a republish or a reset would change, before the organizer confirms it: the
 * changelog as the changes page would word it, then the conflicts of the resulting program.
 * Titles are not linked: a preview names sessions the public cannot open yet.
 */
export async function ProgramPreviewView({ id, heading, preview, unchangedText }: { id: string; heading: string; preview: ProgramPreview; unchangedText: string }) {
  const [t, ts, locale] = await Promise.all([getTranslations("releases"), getTranslations("schedule"), getLocale()]);
  const { content } = preview;
  const described = describeChangelog(preview.changelog, { t, locale, timeZone: content.forum.timeZone, live: liveSessions(null), isFirst: preview.base === null && !("target" in preview) });
  const roomName = new Map(content.rooms.map((r) => [r.id, r.nameEn]));
  const personName = new Map(content.people.map((p) => [p.id, p.nameEn]));
  const sessionTitle = new Map(content.sessions.map((s) => [s.id, s.titleEn]));
  const errors = preview.conflicts.filter(isBlocking);
  const warnings = preview.conflicts.filter((c) => !isBlocking(c));
  const conflictText = (c: ProgramPreview["conflicts"][number]) =>
    `${ts(`conflict.${c.kind}`, { room: c.roomId ? (roomName.get(c.roomId) ?? "") : "", person: c.personId ? (personName.get(c.personId) ?? "") : "" })}: ${c.sessionIds.map((s) => sessionTitle.get(s) ?? s).join(" / ")}`;

  return (
    <section aria-labelledby={id} className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {heading}
      </h3>
      {preview.unchanged ? (
        <p className="mt-1 text-sm text-slate-700">{unchangedText}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{described.summary}</p>
          {described.sections.map((section) => (
            <div key={section.kind} className="mt-2">
              <h4 id={`${id}-${section.kind}`} className="text-sm font-semibold text-slate-800">
                {section.heading} <span className="font-normal text-slate-500 tabular-nums">({section.items.length})</span>
              </h4>
              <ChangeList labelledBy={`${id}-${section.kind}`} items={section.items} locale={locale} />
            </div>
          ))}
          {described.other && described.sections.length ? <p className="mt-2 text-sm text-slate-700">{described.other}</p> : null}
          {described.addresses.length ? (
            <ul className="mt-1 list-disc space-y-0.5 ps-5 text-sm text-slate-700">
              {described.addresses.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      {errors.length ? (
        <div className="mt-3">
          <h4 id={`${id}-errors`} className="text-sm font-semibold text-red-700">
            {ts("grid.errorsBlock", { count: errors.length })}
          </h4>
          <ul aria-labelledby={`${id}-errors`} className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-red-800">
            {errors.map((c, i) => (
              <li key={i}>{conflictText(c)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length ? (
        <div className="mt-3">
          <h4 id={`${id}-warnings`} className="text-sm font-semibold text-amber-800">
            {ts("grid.warnings", { count: warnings.length })}
          </h4>
          <ul aria-labelledby={`${id}-warnings`} className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-amber-900">
            {warnings.map((c, i) => (
              <li key={i}>{conflictText(c)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function ChangeList({ items, locale, labelledBy }: { items: ChangeItem[]; locale: AppLocale; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 text-sm">
      {items.map((item) => (
        <li key={item.sessionId}>
          <span lang={item.titleLang !== locale ? item.titleLang : undefined} className="font-medium text-slate-900">
            {item.title}
          </span>
          {item.notes.length ? (
            <span className="text-slate-600">
              {" — "}
              {item.notes.map((note) => (note.label ? `${note.label}: ${note.text}` : note.text)).join("; ")}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
