"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type ComponentProps, useId, useState, type ReactNode } from "react";
import { type Path, type Resolver, useForm, useWatch } from "react-hook-form";
import { FieldError, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { registrationSchema } from "@/lib/registration/schemas";
import { cn } from "@/lib/ui/cn";

export type Option = { value: string; label: string };
export type DelegationChoice = { id: string; name: string; countryCode: string };

/** Every field as the form holds it: text as typed, checkboxes as booleans. */
export type RegistrationFormValues = {
  fullName: string;
  latinName: string;
  email: string;
  password: string;
  category: string;
  organizationName: string;
  jobTitle: string;
  countryCode: string;
  delegationId: string;
  preferredLocale: string;
  consentData: boolean;
  consentPublicList: boolean;
  inviteToken: string;
};

type Props = {
  defaults: RegistrationFormValues;
  /** SCO member, observer and partner states first, then every other country. */
  countries: { sco: Option[]; others: Option[] };
  categories: Option[];
  locales: Option[];
  /** The forum's delegations; the form offers those of the chosen country. */
  delegations: DelegationChoice[];
  register: (input: unknown) => Promise<ActionResult>;
  /** Where to go once registered. */
  next: string;
};

const CONTROL = "block w-full rounded-md border px-3 py-2 text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** A labelled select with hint and error tied to it, like components/ui/field.tsx, with option groups. */
function Select({ label, hint, error, children, ...props }: { label: string; hint?: string; error?: string; children: ReactNode } & ComponentProps<"select">) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={cn(error && `${id}-error`, hint && `${id}-hint`) || undefined}
        className={cn(CONTROL, "bg-white text-sm", error ? "border-red-600" : "border-slate-300")}
        {...props}
      >
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function Checkbox({ label, error, ...props }: { label: string; error?: string } & ComponentProps<"input">) {
  const id = useId();
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
          {...props}
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <legend className="px-1 text-base font-semibold text-brand-900">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

export function RegistrationForm({ defaults, countries, categories, locales, delegations, register: submit, next }: Props) {
  const t = useTranslations("register");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<RegistrationFormValues>({
    // `raw`: the action receives what was typed and parses it with the same schema. The schema's
    // input types are narrower than the form's strings (enums), hence the cast.
    resolver: zodResolver(registrationSchema, undefined, { raw: true }) as unknown as Resolver<RegistrationFormValues>,
    defaultValues: defaults,
    mode: "onTouched",
  });
  const errors = formState.errors;
  const country = useWatch({ control, name: "countryCode" });
  const ofCountry = delegations.filter((d) => d.countryCode === country);

  async function onSubmit(values: RegistrationFormValues) {
    setFormError(null);
    let result: ActionResult;
    try {
      result = await submit(values);
    } catch {
      setFormError(t("errors.failed"));
      return;
    }
    if (result.ok) {
      router.push(next);
      return;
    }
    for (const [path, message] of Object.entries(result.fieldErrors)) {
      setError(path as Path<RegistrationFormValues>, { message }, { shouldFocus: true });
    }
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <Section title={t("sections.you")}>
        <TextField label={t("fields.fullName")} hint={t("fields.fullNameHint")} autoComplete="name" error={errors.fullName?.message} {...register("fullName")} />
        <TextField label={t("fields.latinName")} hint={t("fields.latinNameHint")} lang="en" autoComplete="off" error={errors.latinName?.message} {...register("latinName")} />
        <TextField label={t("fields.organizationName")} autoComplete="organization" error={errors.organizationName?.message} {...register("organizationName")} />
        <TextField label={t("fields.jobTitle")} autoComplete="organization-title" error={errors.jobTitle?.message} {...register("jobTitle")} />
      </Section>

      <Section title={t("sections.account")}>
        <TextField label={t("fields.email")} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...register("email")} />
        <TextField label={t("fields.password")} type="password" autoComplete="new-password" hint={t("fields.passwordHint")} error={errors.password?.message} {...register("password")} />
      </Section>

      <Section title={t("sections.participation")}>
        <Select label={t("fields.category")} error={errors.category?.message} {...register("category")}>
          <option value="">{t("fields.chooseCategory")}</option>
          {categories.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
        <Select
          label={t("fields.countryCode")}
          autoComplete="country"
          error={errors.countryCode?.message}
          {...register("countryCode", {
            // A delegation belongs to one country: choosing another country clears it.
            onChange: () => setValue("delegationId", ""),
          })}
        >
          <option value="">{t("fields.chooseCountry")}</option>
          <optgroup label={t("fields.scoGroup")}>
            {countries.sco.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("fields.otherCountries")}>
            {countries.others.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
        </Select>
        <Select
          label={t("fields.delegationId")}
          hint={country && ofCountry.length === 0 ? t("fields.delegationHintNone") : t("fields.delegationHint")}
          error={errors.delegationId?.message}
          {...register("delegationId")}
        >
          <option value="">{t("fields.noDelegation")}</option>
          {ofCountry.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
        <Select label={t("fields.preferredLocale")} error={errors.preferredLocale?.message} {...register("preferredLocale")}>
          {locales.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </Select>
      </Section>

      <fieldset className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <legend className="px-1 text-base font-semibold text-brand-900">{t("sections.consent")}</legend>
        <div className="space-y-4">
          <Checkbox label={t("fields.consentData")} error={errors.consentData?.message} {...register("consentData")} />
          <Checkbox label={t("fields.consentPublicList")} error={errors.consentPublicList?.message} {...register("consentPublicList")} />
        </div>
      </fieldset>

      <input type="hidden" {...register("inviteToken")} />
      <FieldError id="registration-form-error" message={formError ?? errors.inviteToken?.message ?? undefined} role="alert" />
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="w-full rounded-md bg-gold-500 px-6 py-3 text-base font-semibold text-brand-950 shadow hover:bg-gold-300 disabled:opacity-60 sm:w-auto"
      >
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
