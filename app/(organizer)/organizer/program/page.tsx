import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ProgramPreviewView } from "@/components/organizer/program-preview";
import { PublishPanel } from "@/components/organizer/publish-panel";
import { ScheduleGrid, type GridRoom, type GridSession } from "@/components/organizer/schedule-grid";
import { CONSOLE_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { canEditSubForumSessions, canManageProgram } from "@/lib/program/authorize";
import { isBlocking, loadConflicts } from "@/lib/program/conflicts";
import { listSessionsForConsole } from "@/lib/program/console-queries";
import { previewPublish } from "@/lib/program/publish";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { daysBetween, nextDay, startOfLocalDay } from "@/lib/time/zone";
import { moveSessionAction } from "../sessions/actions";
import { publishProgramAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("grid.title") };
}

const STEP_MINUTES = 15;
/** The arrow keys reach every 5-minute mark (a session at 15:20 can be put back from the grid). */
const KEY_STEP_MINUTES = 5;
const HOUR = 3600_000;

export default async function ProgramGridPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole(...CONSOLE_ROLES);
  const t = await getTranslations("schedule");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const tz = forum.timeZone;
  const days = daysBetween(forum.startDate.toISOString().slice(0, 10), forum.endDate.toISOString().slice(0, 10));
  const asked = (await searchParams).day;
  const day = typeof asked === "string" && days.includes(asked) ? asked : (days[0] ?? forum.startDate.toISOString().slice(0, 10));
  const dayStart = startOfLocalDay(day, tz).getTime();
  const dayEnd = startOfLocalDay(nextDay(day), tz).getTime();

  const [rooms, allSessions, conflicts, people, lastRelease, preview] = await Promise.all([
    db.room.findMany({ where: { forumId: forum.id }, orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true, capacity: true } }),
    listSessionsForConsole(forum.id),
    loadConflicts(forum.id),
    db.person.findMany({ where: { sessions: { some: { session: { forumId: forum.id } } } }, select: { id: true, nameEn: true } }),
    db.programRelease.findFirst({ where: { forumId: forum.id }, orderBy: { version: "desc" }, select: { version: true, publishedAt: true } }),
    // What publishing would do, for those who may publish: the panel publishes this preview only.
    canManageProgram(user) ? previewPublish(forum.id) : null,
  ]);
  const roomName = new Map(rooms.map((r) => [r.id, r.nameEn]));
  const personName = new Map(people.map((p) => [p.id, p.nameEn]));
  const sessionTitle = new Map(allSessions.map((s) => [s.id, s.titleEn]));
  const editableIds = new Set(allSessions.filter((s) => canEditSubForumSessions(user, s.subForumId)).map((s) => s.id));
  const describe = (c: (typeof conflicts)[number]) =>
    t(`conflict.${c.kind}`, { room: c.roomId ? (roomName.get(c.roomId) ?? "") : "", person: c.personId ? (personName.get(c.personId) ?? "") : "" });

  const problems = new Map<string, { severity: "error" | "warning"; texts: string[] }>();
  for (const c of conflicts) {
    for (const id of c.sessionIds) {
      const entry = problems.get(id) ?? { severity: c.severity, texts: [] };
      if (c.severity === "error") entry.severity = "error";
      entry.texts.push(describe(c));
      problems.set(id, entry);
    }
  }

  const daySessions = allSessions.filter((s) => s.startsAt.getTime() < dayEnd && s.endsAt.getTime() > dayStart);
  const first = Math.min(dayStart + 8 * HOUR, ...daySessions.map((s) => s.startsAt.getTime()));
  const last = Math.max(dayStart + 19 * HOUR, ...daySessions.map((s) => s.endsAt.getTime()));
  const from = Math.max(dayStart, dayStart + Math.floor((first - dayStart) / HOUR) * HOUR);
  const to = Math.min(dayEnd, dayStart + Math.ceil((last - dayStart) / HOUR) * HOUR);

  const gridRooms: GridRoom[] = [
    ...rooms.map((r) => ({ id: r.id, name: r.nameEn, capacity: r.capacity })),
    ...(daySessions.some((s) => !s.roomId) ? [{ id: null, name: t("grid.noRoom"), capacity: null }] : []),
  ];
  const gridSessions: GridSession[] = daySessions.map((s) => ({
    id: s.id,
    title: s.titleEn,
    type: s.type,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    roomId: s.roomId,
    color: s.subForum?.color ?? "#0b3a68",
    editable: canEditSubForumSessions(user, s.subForumId),
    severity: problems.get(s.id)?.severity ?? null,
    problems: problems.get(s.id)?.texts ?? [],
  }));
  const errors = conflicts.filter(isBlocking);
  const warnings = conflicts.filter((c) => !isBlocking(c));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("grid.title")}</h1>
        <div className="flex flex-wrap gap-2">
          {canManageProgram(user) ? (
            <Link href="/organizer/program/import" className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
              {(await getTranslations("programImport"))("title")}
            </Link>
          ) : null}
          <Link href="/organizer/sessions/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {t("form.newTitle")}
          </Link>
        </div>
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{t("grid.intro", { keyStep: KEY_STEP_MINUTES, step: STEP_MINUTES })}</p>
      {user.role === "CHAIR" ? <p className="text-sm text-brand-900">{t("grid.readOnly")}</p> : null}

      <section aria-labelledby="conflicts-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="conflicts-title" className="text-base font-semibold text-slate-900">
          {t("grid.conflicts")}
        </h2>
        {conflicts.length === 0 ? (
          <p className="mt-1 text-sm text-emerald-700">{t("grid.noConflicts")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm">
              {errors.length ? <span className="font-semibold text-red-700">{t("grid.errorsBlock", { count: errors.length })} </span> : null}
              {warnings.length ? <span className="text-amber-800">{t("grid.warnings", { count: warnings.length })}</span> : null}
            </p>
            <ul className="mt-2 max-h-48 space-y-1 overflow-auto text-sm">
              {conflicts.map((c, i) => (
                <li key={i} className="flex gap-2">
                  <span className={c.severity === "error" ? "font-semibold text-red-700" : "font-semibold text-amber-800"}>{t(`conflict.${c.severity}`)}</span>
                  <span>
                    {describe(c)}:{" "}
                    {/* A link to each session: one outside the forum's days (or with unreadable times) is on no day of the grid. */}
                    {c.sessionIds.map((id, n) => (
                      <span key={id}>
                        {n > 0 ? " / " : null}
                        {editableIds.has(id) ? (
                          <Link href={`/organizer/sessions/${id}`} className="text-brand-800 underline">
                            {sessionTitle.get(id) ?? id}
                          </Link>
                        ) : (
                          (sessionTitle.get(id) ?? id)
                        )}
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <nav aria-label={t("grid.days")} className="flex flex-wrap gap-2">
        {days.map((d) => (
          <Link
            key={d}
            href={`/organizer/program?day=${d}`}
            aria-current={d === day ? "page" : undefined}
            className={d === day ? "rounded-full bg-brand-800 px-3 py-1 text-sm font-semibold text-white" : "rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100"}
          >
            {formatDate(startOfLocalDay(d, tz), tz, intl, "full")}
          </Link>
        ))}
      </nav>

      <ScheduleGrid
        rooms={gridRooms}
        sessions={gridSessions}
        from={new Date(from).toISOString()}
        to={new Date(to).toISOString()}
        timeZone={tz}
        stepMinutes={STEP_MINUTES}
        keyStepMinutes={KEY_STEP_MINUTES}
        move={moveSessionAction}
      />

      {preview ? (
        <PublishPanel
          nextVersion={(preview.base?.version ?? 0) + 1}
          lastRelease={lastRelease ? t("publish.lastRelease", { version: lastRelease.version, date: formatDateTime(lastRelease.publishedAt, tz, intl) }) : null}
          blocked={preview.conflicts.some(isBlocking)}
          digest={preview.digest}
          preview={
            <ProgramPreviewView
              id="publish-preview"
              heading={t("publish.previewTitle", { next: (preview.base?.version ?? 0) + 1 })}
              preview={preview}
              unchangedText={t("publish.previewUnchanged", { version: preview.base?.version ?? 0 })}
            />
          }
          releasesHref="/organizer/program/releases"
          publish={publishProgramAction}
        />
      ) : null}
    </div>
  );
}
