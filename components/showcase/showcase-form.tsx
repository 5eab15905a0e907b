"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type Path, useFieldArray, useForm } from "react-hook-form";
import { LocalizedFields } from "@/components/organizer/localized-fields";
import { FieldError, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { type ShowcaseProfileInput, type ShowcaseProfileValues, showcaseProfileSchema } from "@/lib/showcase/schemas";

/** A session the showcase may be linked to; `next` is the place a newly linked showcase takes there. */
export type SessionChoice = { id: string; label: string; showcase: boolean; next: number };

type Props = {
  organizationId: string;
  exists: boolean;
  defaults: ShowcaseProfileInput;
  sessions: SessionChoice[];
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
  remove: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

/**
 * An organization's showcase at the working forum: headline and description in four languages,
 * stand, published, and the sessions it is presented at (showcase sessions offered first), each
 * with its place among that session's showcases.
 */
export function ShowcaseForm({ organizationId, exists, defaults, sessions, save, remove }: Props) {
  const t = useTranslations("showcase.edit");
  const router = useRouter();
  const pickerId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [toAdd, setToAdd] = useState("");
  const { register, handleSubmit, setError, formState, control, reset } = useForm<ShowcaseProfileInput, unknown, ShowcaseProfileValues>({
    resolver: zodResolver(showcaseProfileSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const links = useFieldArray({ control, name: "sessions", keyName: "key" });
  const label = (id: string) => sessions.find((s) => s.id === id)?.label ?? id;
  const linked = new Set(links.fields.map((f) => f.sessionId));
  const available = sessions.filter((s) => !linked.has(s.id));
  const sessionsError = errors.sessions?.message ?? errors.sessions?.root?.message;

  async function onSubmit(values: ShowcaseProfileValues) {
    setFormError(null);
    setSaved(false);
    const result = await save({ organizationId, values });
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [path, text] of Object.entries(result.fieldErrors)) setError(path.replace(/^values\./, "") as Path<ShowcaseProfileInput>, { message: text });
    setFormError(result.formError ?? null);
  }

  async function onDelete() {
    if (!window.confirm(t("confirmDelete"))) return;
    const result = await remove({ organizationId });
    if (result.ok) {
      // The form stays mounted (so a "Saved." survives the switch from new to existing): empty it here.
      reset({ headlineEn: "", headlineZh: "", headlineRu: "", headlineFr: "", bodyEn: "", bodyZh: "", bodyRu: "", bodyFr: "", stand: "", published: false, sessions: [] });
      setSaved(false);
      router.refresh();
    }
    else setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-5">
      <LocalizedFields field="headline" label={t("headline")} register={register} errors={errors} />
      <LocalizedFields field="body" label={t("body")} register={register} errors={errors} multiline />
      <TextField label={t("stand")} hint={t("standHint")} error={errors.stand?.message} {...register("stand")} />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" className="size-4" {...register("published")} />
        {t("published")}
      </label>

      <fieldset className="space-y-2" aria-describedby={sessionsError ? `${pickerId}-hint ${pickerId}-error` : `${pickerId}-hint`}>
        <legend className="text-sm font-medium text-slate-800">{t("sessions")}</legend>
        <p id={`${pickerId}-hint`} className="text-xs text-slate-600">
          {t("sessionsHint")}
        </p>
        {links.fields.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSessions")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {links.fields.map((field, i) => {
              const title = label(field.sessionId);
              const positionError = errors.sessions?.[i]?.position?.message;
              return (
                <li key={field.key} className="flex flex-wrap items-center gap-3 px-3 py-1.5 text-sm">
                  <span className="min-w-0 flex-1">{title}</span>
                  <label className="flex items-center gap-2 text-xs text-slate-700">
                    <span aria-hidden>{t("position")}</span>
                    <input
                      type="number"
                      min={1}
                      aria-label={t("positionAt", { title })}
                      aria-invalid={positionError ? true : undefined}
                      aria-describedby={positionError ? `${pickerId}-position-${i}-error` : undefined}
                      className="w-16 rounded-md border border-slate-300 px-2 py-1 text-right text-sm tabular-nums"
                      {...register(`sessions.${i}.position`)}
                    />
                  </label>
                  <button type="button" onClick={() => links.remove(i)} aria-label={t("remove", { title })} className="rounded px-2 py-0.5 text-red-700 hover:bg-red-50">
                    ✕
                  </button>
                  {positionError ? (
                    <p id={`${pickerId}-position-${i}-error`} className="w-full text-sm font-medium text-red-700">
                      {positionError}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <label htmlFor={`${pickerId}-add`} className="block text-xs font-medium text-slate-700">
              {t("addSession")}
            </label>
            <select id={`${pickerId}-add`} value={toAdd} onChange={(e) => setToAdd(e.target.value)} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
              <option value="">{t("chooseSession")}</option>
              {[
                { label: t("showcaseSessions"), items: available.filter((s) => s.showcase) },
                { label: t("otherSessions"), items: available.filter((s) => !s.showcase) },
              ]
                .filter((g) => g.items.length)
                .map((g) => (
                  <optgroup key={g.label} label={g.label}>
                    {g.items.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!toAdd}
            onClick={() => {
              const choice = sessions.find((s) => s.id === toAdd);
              if (choice) links.append({ sessionId: choice.id, position: choice.next });
              setToAdd("");
            }}
            className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-50"
          >
            {t("add")}
          </button>
        </div>
        <FieldError id={`${pickerId}-error`} message={sessionsError} />
      </fieldset>

      <FieldError id="showcase-form-error" message={formError ?? undefined} role="alert" />
      {saved ? (
        <p role="status" className="text-sm font-medium text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t("saving") : exists ? t("save") : t("create")}
        </button>
        {exists ? (
          <button type="button" onClick={onDelete} className="rounded-md border border-red-300 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
            {t("delete")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
