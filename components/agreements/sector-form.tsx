"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { LocalizedFields } from "@/components/organizer/localized-fields";
import { FieldError, TextField } from "@/components/ui/field";
import { type SectorInput, sectorSchema, type SectorValues } from "@/lib/agreements/schemas";
import type { ActionResult } from "@/lib/forms/action-result";

type Props = {
  sectorId?: string;
  defaults: SectorInput;
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

/** Adds a sector (the form empties for the next one) or edits one. */
export function SectorForm({ sectorId, defaults, save }: Props) {
  const t = useTranslations("agreements.sectors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<SectorInput, unknown, SectorValues>({ resolver: zodResolver(sectorSchema), defaultValues: defaults });

  async function onSubmit(values: SectorValues) {
    setFormError(null);
    setSaved(false);
    const result = await save(sectorId ? { id: sectorId, values } : values);
    if (result.ok) {
      setSaved(true);
      if (!sectorId) reset(defaults);
      router.refresh();
      return;
    }
    for (const [path, message] of Object.entries(result.fieldErrors)) setError(path as Path<SectorInput>, { message });
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl space-y-4">
      <LocalizedFields field="name" label={t("name")} register={register} errors={formState.errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("color")} type="color" className="h-10 p-1" error={formState.errors.color?.message} {...register("color")} />
        <TextField label={t("position")} type="number" min={0} hint={t("positionHint")} error={formState.errors.position?.message} {...register("position")} />
      </div>
      <FieldError id="sector-form-error" message={formError ?? undefined} role="alert" />
      {saved ? (
        <p role="status" className="text-sm font-medium text-emerald-700">
          {sectorId ? t("saved") : t("added")}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {sectorId ? t("save") : t("add")}
      </button>
    </form>
  );
}
