"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import { FieldError, SelectField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { forumSettingsSchema, personSchema, roomSchema, subForumSchema } from "@/lib/program/schemas";
import { LocalizedFields } from "./localized-fields";

// One form for the program's simple records. The server describes the fields (serialisable), the
// schema comes from the same module the server action parses with.
const SCHEMAS = { room: roomSchema, subForum: subForumSchema, person: personSchema, forum: forumSettingsSchema } as const;
export type EntityKind = keyof typeof SCHEMAS;

export type FieldSpec =
  | { kind: "localized"; name: string; label: string; multiline?: boolean }
  | { kind: "text" | "number" | "date" | "color"; name: string; label: string; hint?: string }
  | { kind: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[] }
  | { kind: "checkboxes"; name: string; label: string; hint?: string; options: { value: string; label: string }[] };

type Props = {
  entity: EntityKind;
  id: string | null;
  fields: FieldSpec[];
  defaults: Record<string, unknown>;
  submitLabel: string;
  /** Where to go after creating a record (editing stays on the page). */
  afterCreate: string;
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

export function EntityForm({ entity, id, fields, defaults, submitLabel, afterCreate, save }: Props) {
  const t = useTranslations("schedule.form");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<FieldValues>({
    // The schemas differ per entity; the form only needs them to check and report field errors.
    resolver: zodResolver(SCHEMAS[entity] as unknown as typeof roomSchema) as unknown as Resolver<FieldValues>,
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const message = (name: string) => errors[name]?.message as string | undefined;

  async function onSubmit(values: FieldValues) {
    setFormError(null);
    setSaved(false);
    const result = await save({ id, values });
    if (result.ok) {
      if (!id) router.push(afterCreate);
      else {
        setSaved(true);
        router.refresh();
      }
      return;
    }
    for (const [path, text] of Object.entries(result.fieldErrors)) setError(path.replace(/^values\./, "") as Path<FieldValues>, { message: text });
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-5">
      {fields.map((f) => {
        switch (f.kind) {
          case "localized":
            return <LocalizedFields key={f.name} field={f.name} label={f.label} register={register} errors={errors} multiline={f.multiline} />;
          case "select":
            return <SelectField key={f.name} label={f.label} hint={f.hint} options={f.options} error={message(f.name)} {...register(f.name)} />;
          case "checkboxes":
            return (
              <fieldset key={f.name} aria-describedby={f.hint ? `${f.name}-hint` : undefined}>
                <legend className="text-sm font-medium text-slate-800">{f.label}</legend>
                {f.hint ? (
                  <p id={`${f.name}-hint`} className="text-xs text-slate-500">
                    {f.hint}
                  </p>
                ) : null}
                <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
                  {f.options.map((o) => (
                    <label key={o.value} className="flex items-center gap-2 text-sm">
                      <input type="checkbox" value={o.value} className="size-4" {...register(f.name)} />
                      {o.label}
                    </label>
                  ))}
                </div>
                <FieldError id={`${f.name}-error`} message={message(f.name)} />
              </fieldset>
            );
          default:
            return <TextField key={f.name} label={f.label} hint={f.hint} type={f.kind} error={message(f.name)} {...register(f.name)} />;
        }
      })}
      <FieldError id="entity-form-error" message={formError ?? undefined} role="alert" />
      {saved ? (
        <p role="status" className="text-sm font-medium text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {formState.isSubmitting ? t("saving") : submitLabel}
      </button>
    </form>
  );
}
