"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useMemo, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import common from "@/lib/i18n/messages/en/common.json";
import type { MatchedBy, ProgramImportAnswer, ProgramImportPlan, RowAction } from "@/lib/program/import/import";
import { PROGRAM_IMPORT_MAX_BYTES, programImportFileSchema, type ImportProblem } from "@/lib/program/import/schema";

type Props = {
  timeZone: string;
  preview: (input: unknown) => Promise<ProgramImportAnswer>;
  confirm: (input: unknown) => Promise<ProgramImportAnswer>;
};

type FormInput = z.input<typeof programImportFileSchema>;
type FormOutput = z.output<typeof programImportFileSchema>;

const MAX_MB = PROGRAM_IMPORT_MAX_BYTES / 1024 / 1024;

const BADGE: Record<RowAction, string> = {
  create: "bg-emerald-100 text-emerald-900",
  match: "bg-sky-100 text-sky-900",
  venue: "bg-slate-100 text-slate-800",
  type: "bg-slate-100 text-slate-800",
};

/**
 * Choose a file, preview, import. The file's text stays in the browser between the two steps and
 * is sent again to import; the server reads it afresh and checks it against the preview's digest.
 */
export function ProgramImportForm({ timeZone, preview, confirm }: Props) {
  const t = useTranslations("programImport");
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [answer, setAnswer] = useState<ProgramImportAnswer | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(programImportFileSchema) });
  const time = useMemo(() => new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }), [timeZone]);

  function errorMessage(code: string): string {
    return t(`errors.${code as "chooseFile"}`, { maxMb: MAX_MB });
  }

  async function call(run: () => Promise<ProgramImportAnswer>) {
    setFormError(null);
    try {
      const result = await run();
      if (result.kind === "error") setFormError(errorMessage(result.code));
      else setAnswer(result);
    } catch {
      // The server refused the request itself (most often: larger than its body limit).
      setFormError(t("errors.uploadFailed"));
    }
  }

  async function onPreview(values: FormOutput) {
    const chosen = values.file[0];
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    setAnswer(null);
    await call(() => preview({ fileName: chosen.name, text }));
  }

  async function onImport(plan: ProgramImportPlan) {
    if (!file) return;
    setImporting(true);
    await call(() => confirm({ fileName: file.name, text: file.text, digest: plan.digest }));
    setImporting(false);
  }

  if (answer?.kind === "done") {
    const c = answer.counts;
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-md bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("done", {
            sessionsCreated: c.sessions.create,
            sessionsMatched: c.sessions.match,
            roomsCreated: c.rooms.create,
            tracksCreated: c.tracks.create,
            peopleCreated: c.people.create,
          })}
        </p>
        <div className="flex gap-4 text-sm">
          <Link href="/organizer/sessions" className="font-medium text-brand-700 underline">
            {t("toSessions")}
          </Link>
          <button
            type="button"
            onClick={() => {
              setAnswer(null);
              setFile(null);
              reset();
            }}
            className="font-medium text-brand-700 underline"
          >
            {t("startOver")}
          </button>
        </div>
      </div>
    );
  }

  const plan = answer && "plan" in answer ? answer.plan : null;
  const fileError = formState.errors.file?.message;
  const problems = (list: ImportProblem[]) => (list.length ? <Problems list={list} /> : null);
  const action = (a: RowAction, by: MatchedBy) => (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${BADGE[a]}`}>
      {t(`action.${a}`)}
      {a === "match" && by ? ` ${t(`matchedBy.${by}`)}` : ""}
    </span>
  );

  return (
    <div className="space-y-5">
      <form onSubmit={handleSubmit(onPreview)} noValidate className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
            {t("file")}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".json,.xml,application/json,application/xml,text/xml"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
            className="block text-sm"
            {...register("file")}
          />
          <p id={`${fileId}-hint`} className="text-xs text-slate-600">
            {t("fileHint", { maxMb: MAX_MB })}
          </p>
          {fileError ? (
            <p id={`${fileId}-error`} className="text-sm font-medium text-red-700">
              {errorMessage(fileError)}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={formState.isSubmitting || importing} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t("previewing") : t("preview")}
        </button>
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError ?? ""}
        </p>
      </form>

      {plan ? (
        <section aria-labelledby="program-import-preview" className="space-y-4">
          <h2 id="program-import-preview" className="text-lg font-semibold text-slate-900">
            {t("summary", { format: plan.format === "xml" ? "schedule.xml" : plan.format === "json" ? "schedule.json" : "—" })}
          </h2>
          {answer?.kind === "stale" ? <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("stale")}</p> : null}
          {answer?.kind === "invalid" ? <p role="status" className="rounded-md bg-red-50 p-3 text-sm text-red-900">{t("invalidAgain")}</p> : null}
          {plan.fileProblems.length ? (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              <Problems list={plan.fileProblems} />
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              {t("counts", {
                rooms: plan.rooms.length,
                tracks: plan.tracks.length,
                sessions: plan.sessions.length,
                people: plan.people.length,
                create: plan.counts.rooms.create + plan.counts.tracks.create + plan.counts.sessions.create + plan.counts.people.create,
                match: plan.counts.rooms.match + plan.counts.tracks.match + plan.counts.sessions.match + plan.counts.people.match,
              })}{" "}
              <span className={plan.blocking ? "font-semibold text-red-800" : "text-emerald-800"}>{plan.blocking ? t("blocking", { count: plan.blocking }) : t("noBlocking")}</span>
            </p>
          )}

          {plan.rooms.length ? (
            <PreviewTable caption={t("rooms")} head={[t("col.name"), t("col.action"), t("col.slug"), t("col.capacity"), t("col.problems")]} numeric={[3]}>
              {plan.rooms.map((r, i) => (
                <Row key={i} blocked={r.problems.some((p) => p.blocking)} cells={[r.name, action(r.action, r.matchedBy), r.slug, r.capacity ?? "", problems(r.problems)]} numeric={[3]} />
              ))}
            </PreviewTable>
          ) : null}

          {plan.tracks.length ? (
            <PreviewTable caption={t("tracks")} head={[t("col.name"), t("col.action"), t("col.slug"), t("col.colour"), t("col.problems")]}>
              {plan.tracks.map((r, i) => (
                <Row
                  key={i}
                  blocked={r.problems.some((p) => p.blocking)}
                  cells={[
                    r.name,
                    action(r.action, r.matchedBy),
                    r.slug,
                    r.color ? (
                      <span className="inline-flex items-center gap-1">
                        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: r.color }} />
                        {r.color}
                      </span>
                    ) : (
                      ""
                    ),
                    problems(r.problems),
                  ]}
                />
              ))}
            </PreviewTable>
          ) : null}

          {plan.sessions.length ? (
            <PreviewTable
              caption={t("sessions")}
              head={[t("col.row"), t("col.time", { timeZone }), t("col.title"), t("col.room"), t("col.track"), t("col.type"), t("col.speakers"), t("col.action"), t("col.problems")]}
              numeric={[0]}
            >
              {plan.sessions.map((s) => (
                <Row
                  key={s.index}
                  blocked={s.problems.some((p) => p.blocking)}
                  numeric={[0]}
                  cells={[
                    s.index,
                    s.startsAt && s.endsAt ? `${time.format(new Date(s.startsAt))}–${time.format(new Date(s.endsAt)).slice(-5)}` : t("unreadableTime"),
                    s.title,
                    s.room || t("noRoom"),
                    s.track,
                    common.sessionTypes[s.type],
                    s.people.join(", "),
                    action(s.action, s.matchedBy),
                    problems(s.problems),
                  ]}
                />
              ))}
            </PreviewTable>
          ) : null}

          {plan.people.length ? (
            <PreviewTable caption={t("people")} head={[t("col.name"), t("col.sessions"), t("col.action"), t("col.problems")]} numeric={[1]}>
              {plan.people.map((p, i) => (
                <Row key={i} blocked={p.problems.some((x) => x.blocking)} numeric={[1]} cells={[p.name, p.sessions, action(p.action, p.matchedBy), problems(p.problems)]} />
              ))}
            </PreviewTable>
          ) : null}

          {plan.fileProblems.length === 0 ? (
            <button
              type="button"
              disabled={plan.blocking > 0 || importing || formState.isSubmitting}
              onClick={() => void onImport(plan)}
              className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-800 disabled:cursor-not-allowed disabled:opacity-60"
            >
              {importing ? t("importing") : t("import", { count: plan.sessions.length })}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function Problems({ list }: { list: ImportProblem[] }) {
  const t = useTranslations("programImport.problems");
  return (
    <ul className="space-y-0.5">
      {list.map((p, i) => (
        <li key={i} className={p.blocking ? "font-medium text-red-800" : "text-slate-600"}>
          {t(p.code, p.values ?? {})}
        </li>
      ))}
    </ul>
  );
}

function PreviewTable({ caption, head, numeric = [], children }: { caption: string; head: string[]; numeric?: number[]; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <h3 className="font-semibold text-slate-900">{caption}</h3>
      <div className="max-h-[60vh] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-600 uppercase">
            <tr>
              {head.map((h, i) => (
                <th key={h} scope="col" className={`px-2 py-1.5 ${numeric.includes(i) ? "text-right" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}

function Row({ cells, blocked, numeric = [] }: { cells: ReactNode[]; blocked: boolean; numeric?: number[] }) {
  return (
    <tr className={`border-t border-slate-100 align-top ${blocked ? "bg-red-50" : ""}`}>
      {cells.map((c, i) => (
        <td key={i} className={`px-2 py-1 ${numeric.includes(i) ? "text-right tabular-nums" : ""}`}>
          {c}
        </td>
      ))}
    </tr>
  );
}
