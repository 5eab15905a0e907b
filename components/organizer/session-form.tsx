"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { FieldError, SelectField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { SessionRoleKind, SessionType } from "@/lib/generated/prisma/enums";
import { type ForumDays, type SessionInput, sessionSchemaWithin, type SessionValues } from "@/lib/program/schemas";
import { nextDay } from "@/lib/time/zone";
import { LocalizedFields } from "./localized-fields";

type Options = {
  rooms: { id: string; nameEn: string; capacity: number }[];
  subForums: { id: string; titleEn: string }[];
  people: { id: string; nameEn: string; titleEn: string }[];
};

type Props = {
  sessionId?: string;
  defaults: SessionInput;
  options: Options;
  /** Chairs may only pick their own sub-forums (and no "forum-wide"). */
  allowForumWide: boolean;
  zone: string;
  /** The forum's days: times outside them are refused here and again on the server. */
  days: ForumDays;
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
  remove?: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

export function SessionForm({ sessionId, defaults, options, allowForumWide, zone, days, save, remove }: Props) {
  const t = useTranslations("schedule.form");
  const tc = useTranslations("common");
  const ta = useTranslations("addresses");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, control, setError, formState } = useForm<SessionInput, unknown, SessionValues>({
    resolver: zodResolver(sessionSchemaWithin(days)),
    defaultValues: defaults,
  });
  const people = useFieldArray({ control, name: "people" });
  const errors = formState.errors;

  async function onSubmit(values: SessionValues) {
    setFormError(null);
    setSaved(false);
    const result = await save(sessionId ? { id: sessionId, values } : values);
    if (result.ok) {
      setSaved(true);
      if (!sessionId) router.push("/organizer/sessions");
      else router.refresh();
      return;
    }
    for (const [path, message] of Object.entries(result.fieldErrors)) setError(path as Path<SessionInput>, { message });
    setFormError(result.formError ?? null);
  }

  async function onDelete() {
    if (!sessionId || !remove || !window.confirm(t("confirmDelete"))) return;
    const result = await remove({ id: sessionId });
    if (result.ok) router.push("/organizer/sessions");
    else setFormError(result.formError ?? null);
  }

  const err = (path: string) => {
    const parts = path.split(".");
    let node: unknown = errors;
    for (const p of parts) node = node && typeof node === "object" ? (node as Record<string, unknown>)[p] : undefined;
    return (node as { message?: string } | undefined)?.message;
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("type")}
          error={err("type")}
          options={Object.values(SessionType).map((v) => ({ value: v, label: tc(`sessionTypes.${v}`) }))}
          {...register("type")}
        />
        <SelectField
          label={t("subForum")}
          error={err("subForumId")}
          options={[...(allowForumWide ? [{ value: "", label: t("noSubForum") }] : []), ...options.subForums.map((s) => ({ value: s.id, label: s.titleEn }))]}
          {...register("subForumId")}
        />
      </div>
      <LocalizedFields field="title" label={t("title")} register={register} errors={errors} />
      <TextField
        label={ta("label")}
        hint={sessionId && defaults.slug ? ta("hint.session", { slug: defaults.slug }) : ta("hint.new")}
        error={err("slug")}
        autoComplete="off"
        spellCheck={false}
        {...register("slug")}
      />
      <LocalizedFields field="abstract" label={t("abstract")} register={register} errors={errors} multiline />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t("room")}
          error={err("roomId")}
          options={[{ value: "", label: t("noRoom") }, ...options.rooms.map((r) => ({ value: r.id, label: `${r.nameEn} (${r.capacity})` }))]}
          {...register("roomId")}
        />
        <TextField
          label={t("startsAt")}
          type="datetime-local"
          min={`${days.startDate}T00:00`}
          max={`${days.endDate}T23:59`}
          hint={`${t("timesIn", { zone })} ${t("forumDays", { first: days.startDate, last: days.endDate })}`}
          error={err("startsAt")}
          {...register("startsAt")}
        />
        <TextField label={t("endsAt")} type="datetime-local" min={`${days.startDate}T00:00`} max={`${nextDay(days.endDate)}T00:00`} error={err("endsAt")} {...register("endsAt")} />
      </div>
      <div className="grid items-end gap-4 sm:grid-cols-2">
        <TextField label={t("capacity")} type="number" min={1} inputMode="numeric" hint={t("capacityHint")} error={err("capacity")} {...register("capacity")} />
        <label className="flex items-center gap-2 pb-2 text-sm font-medium text-slate-800">
          <input type="checkbox" className="size-4" {...register("seatBooking")} />
          {t("seatBooking")}
        </label>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("people")}</legend>
        {people.fields.map((f, i) => (
          <div key={f.id} className="grid grid-cols-[1fr_10rem_5rem_auto] items-end gap-2">
            <SelectField
              label={`${t("person")} ${i + 1}`}
              error={err(`people.${i}.personId`)}
              options={options.people.map((p) => ({ value: p.id, label: p.titleEn ? `${p.nameEn} — ${p.titleEn}` : p.nameEn }))}
              {...register(`people.${i}.personId` as const)}
            />
            <SelectField
              label={`${t("role")} ${i + 1}`}
              options={Object.values(SessionRoleKind).map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
              {...register(`people.${i}.role` as const)}
            />
            <TextField label={`${t("position")} ${i + 1}`} type="number" min={0} {...register(`people.${i}.position` as const)} />
            <button type="button" onClick={() => people.remove(i)} className="mb-0.5 rounded-md border border-slate-300 px-2 py-2 text-sm text-slate-700 hover:bg-slate-100">
              {t("removePerson")}
              <span className="sr-only"> {i + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={options.people.length === 0}
          onClick={() => people.append({ personId: options.people[0]?.id ?? "", role: "SPEAKER", position: people.fields.length + 1 })}
          className="rounded-md border border-brand-300 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("addPerson")}
        </button>
      </fieldset>

      <FieldError id="session-form-error" message={formError ?? undefined} role="alert" />
      {saved ? (
        <p role="status" className="text-sm font-medium text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t("saving") : t("save")}
        </button>
        {sessionId && remove ? (
          <button type="button" onClick={onDelete} className="rounded-md border border-red-300 px-4 py-2 font-medium text-red-800 hover:bg-red-50">
            {t("delete")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
