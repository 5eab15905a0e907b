"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError, SelectField, TextField } from "@/components/ui/field";
import { createDelegationSchema } from "@/lib/delegations/schemas";
import type { ActionResult } from "@/lib/forms/action-result";

type Input = z.input<typeof createDelegationSchema>;
type Output = z.output<typeof createDelegationSchema>;

/** "New delegation": a country and a name, checked by the same schema as the action. */
export function CreateDelegationForm({
  create,
  countries,
}: {
  create: (input: unknown) => Promise<ActionResult<{ id: string }>>;
  countries: { value: string; label: string }[];
}) {
  const t = useTranslations("participants.delegations");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(createDelegationSchema),
    defaultValues: { countryCode: "", name: "" },
  });

  async function onSubmit(values: Output) {
    setNotice(null);
    setFormError(null);
    const result = await create(values);
    if (result.ok) {
      setNotice(t("created"));
      reset({ countryCode: "", name: "" });
      router.refresh();
      return;
    }
    for (const field of ["countryCode", "name"] as const) if (result.fieldErrors[field]) setError(field, { message: result.fieldErrors[field] });
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-start">
      <SelectField label={t("country")} options={[{ value: "", label: "—" }, ...countries]} error={formState.errors.countryCode?.message} {...register("countryCode")} />
      <TextField label={t("nameField")} hint={t("nameHint")} autoComplete="off" error={formState.errors.name?.message} {...register("name")} />
      <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:mt-6">
        {formState.isSubmitting ? t("saving") : t("submit")}
      </button>
      <div className="sm:col-span-3">
        <FieldError id="delegation-form-error" message={formError ?? undefined} role="alert" />
        {notice ? (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {notice}
          </p>
        ) : null}
      </div>
    </form>
  );
}
