"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { FieldError, SelectField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { participantDetailsSchema, type ParticipantDetails, type ParticipantDetailsInput } from "@/lib/registration/schemas";
import { cn } from "@/lib/ui/cn";

type Option = { value: string; label: string };

type Props = {
  defaults: ParticipantDetailsInput;
  categories: Option[];
  /** SCO member, observer and partner states first (`scoCount` of them), then every country. */
  countries: Option[];
  scoCount: number;
  languages: Option[];
  delegations: { id: string; name: string; countryCode: string }[];
  save: (input: unknown) => Promise<ActionResult<{ changed: string[] }>>;
  /** Approved: the reviewed fields (REVIEWED_FIELDS) are the organizers' to change; they stay in the form's values unchanged. */
  approved?: boolean;
};

/** "Edit details": the registration's own schema on both sides; the server's messages land at their fields. */
export function EditDetailsForm({ defaults, categories, countries, scoCount, languages, delegations, save, approved = false }: Props) {
  const t = useTranslations("me.edit");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const countryId = useId();
  const { register, handleSubmit, setError, setValue, getValues, reset, control, formState } = useForm<ParticipantDetailsInput, unknown, ParticipantDetails>({
    resolver: zodResolver(participantDetailsSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const country = useWatch({ control, name: "countryCode" });
  const ofCountry = delegations.filter((d) => d.countryCode === country);

  async function onSubmit(values: ParticipantDetails) {
    setFormError(null);
    setNotice(null);
    const result = await save(values);
    if (result.ok) {
      setNotice(result.value && result.value.changed.length === 0 ? t("unchanged") : t("saved"));
      setOpen(false);
      reset(values as ParticipantDetailsInput);
      router.refresh();
      return;
    }
    for (const [path, message] of Object.entries(result.fieldErrors)) setError(path as Path<ParticipantDetailsInput>, { message });
    setFormError(result.formError ?? null);
  }

  if (!open) {
    return (
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => {
            setNotice(null);
            setOpen(true);
          }}
          className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("open")}
        </button>
        {notice ? (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {notice}
          </p>
        ) : null}
      </div>
    );
  }

  const countryError = errors.countryCode?.message;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="edit-details-heading" className="mt-6 space-y-5 rounded-xl border border-slate-200 p-5 sm:p-6">
      <h3 id="edit-details-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h3>
      {approved ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">{t("reviewedLocked")}</p>
      ) : (
        <>
      <TextField label={t("fullName")} hint={t("fullNameHint")} autoComplete="name" error={errors.fullName?.message} {...register("fullName")} />
      <TextField label={t("latinName")} hint={t("latinNameHint")} error={errors.latinName?.message} {...register("latinName")} />
      <SelectField label={t("category")} options={categories} error={errors.category?.message} {...register("category")} />
      <TextField label={t("organizationName")} autoComplete="organization" error={errors.organizationName?.message} {...register("organizationName")} />
      <div className="space-y-1">
        <label htmlFor={countryId} className="block text-sm font-medium text-slate-800">
          {t("countryCode")}
        </label>
        <select
          id={countryId}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? `${countryId}-error` : undefined}
          autoComplete="country"
          className={cn(
            "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none",
            countryError ? "border-red-600" : "border-slate-300",
          )}
          {...register("countryCode", {
            // A delegation belongs to one country: choosing another country leaves it.
            onChange: (event: { target: { value: string } }) => {
              const chosen = delegations.find((d) => d.id === getValues("delegationId"));
              if (!chosen || chosen.countryCode !== event.target.value) setValue("delegationId", "");
            },
          })}
        >
          <optgroup label={t("scoGroup")}>
            {countries.slice(0, scoCount).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("otherCountries")}>
            {countries.slice(scoCount).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </select>
        <FieldError id={`${countryId}-error`} message={countryError} />
      </div>
      <SelectField
        label={t("delegationId")}
        hint={ofCountry.length ? t("delegationHint") : t("delegationHintNone")}
        options={[{ value: "", label: t("noDelegation") }, ...ofCountry.map((d) => ({ value: d.id, label: d.name }))]}
        error={errors.delegationId?.message}
        {...register("delegationId")}
      />
        </>
      )}
      <TextField label={t("jobTitle")} autoComplete="organization-title" error={errors.jobTitle?.message} {...register("jobTitle")} />
      <SelectField label={t("preferredLocale")} options={languages} error={errors.preferredLocale?.message} {...register("preferredLocale")} />
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-0.5 size-4" {...register("consentPublicList")} />
          {t("consentPublicList")}
        </label>
        <FieldError id="consent-public-list-error" message={errors.consentPublicList?.message} />
      </div>
      <FieldError id="edit-details-form-error" message={formError ?? undefined} role="alert" />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t("saving") : t("save")}
        </button>
        <button
          type="button"
          onClick={() => {
            reset(defaults);
            setFormError(null);
            setOpen(false);
          }}
          className="rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-700 hover:bg-slate-50"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
