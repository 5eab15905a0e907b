"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type DefaultValues, type Path, useForm } from "react-hook-form";
import { LocalizedFields } from "@/components/organizer/localized-fields";
import { FieldError, SelectField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { OrganizationKind } from "@/lib/generated/prisma/enums";
import { type OrganizationInput, type OrganizationValues, organizationSchema } from "@/lib/organizations/schemas";

type Props = {
  id: string | null;
  defaults: DefaultValues<OrganizationInput>;
  countries: { value: string; label: string }[];
  save: (input: unknown) => Promise<ActionResult<{ id: string; slug: string }>>;
};

/** The organizer's organization form: names and description in four languages, kind, country, region, website. */
export function OrganizationForm({ id, defaults, countries, save }: Props) {
  const t = useTranslations("organizations.form");
  const tk = useTranslations("organizations.kinds");
  const ta = useTranslations("addresses");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<OrganizationInput, unknown, OrganizationValues>({
    resolver: zodResolver(organizationSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  async function onSubmit(values: OrganizationValues) {
    setFormError(null);
    setSaved(false);
    const result = await save({ id, values });
    if (result.ok) {
      if (!id && result.value) router.push(`/organizer/organizations/${result.value.id}`);
      else {
        setSaved(true);
        router.refresh();
      }
      return;
    }
    for (const [path, text] of Object.entries(result.fieldErrors)) setError(path.replace(/^values\./, "") as Path<OrganizationInput>, { message: text });
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-5">
      <LocalizedFields field="name" label={t("name")} register={register} errors={errors} />
      <TextField
        label={ta("label")}
        hint={id && defaults.slug ? ta("hint.organization", { slug: defaults.slug }) : ta("hint.new")}
        error={errors.slug?.message}
        autoComplete="off"
        spellCheck={false}
        {...register("slug")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("kind")}
          error={errors.kind?.message}
          options={[{ value: "", label: t("chooseKind") }, ...Object.values(OrganizationKind).map((k) => ({ value: k, label: tk(k) }))]}
          {...register("kind")}
        />
        <SelectField label={t("country")} error={errors.countryCode?.message} options={[{ value: "", label: t("chooseCountry") }, ...countries]} {...register("countryCode")} />
        <TextField label={t("region")} hint={t("regionHint")} error={errors.region?.message} {...register("region")} />
        <TextField label={t("website")} hint={t("websiteHint")} type="url" inputMode="url" error={errors.website?.message} {...register("website")} />
      </div>
      <LocalizedFields field="description" label={t("description")} register={register} errors={errors} multiline />
      <FieldError id="organization-form-error" message={formError ?? undefined} role="alert" />
      {saved ? (
        <p role="status" className="text-sm font-medium text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {formState.isSubmitting ? t("saving") : id ? t("save") : t("create")}
      </button>
    </form>
  );
}
