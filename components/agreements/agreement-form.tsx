"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type Path, useFieldArray, useForm, useWatch } from "react-hook-form";
import { LocalizedFields } from "@/components/organizer/localized-fields";
import { FieldError, SelectField, TextField } from "@/components/ui/field";
import { type AgreementInput, agreementSchema, type AgreementValues, PARTIES_MAX } from "@/lib/agreements/schemas";
import type { ActionResult } from "@/lib/forms/action-result";
import { AgreementStatus, Visibility } from "@/lib/generated/prisma/enums";

export type AgreementFormOptions = {
  sectors: { id: string; nameEn: string }[];
  sessions: { id: string; label: string }[];
  organizations: { id: string; label: string; hint: string }[];
};

type Props = {
  agreementId?: string;
  defaults: AgreementInput;
  /** The agreement's updatedAt when the edit form was opened: a save after someone else's is refused. */
  version?: string;
  options: AgreementFormOptions;
  zone: string;
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
  cancel?: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

/** Currencies offered first; any ISO 4217 code is accepted. */
const CURRENCIES = ["CNY", "USD", "EUR", "RUB", "KZT", "UZS", "KGS", "TJS", "INR", "PKR", "IRR", "BYN", "HKD", "JPY"];

export function AgreementForm({ agreementId, version, defaults, options, zone, save, cancel }: Props) {
  const t = useTranslations("agreements.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const listId = useId();
  const currencyListId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, control, setError, setValue, formState } = useForm<AgreementInput, unknown, AgreementValues>({
    resolver: zodResolver(agreementSchema),
    defaultValues: defaults,
  });
  const parties = useFieldArray({ control, name: "parties" });
  const status = useWatch({ control, name: "status" });
  const errors = formState.errors;
  const idByLabel = new Map(options.organizations.map((o) => [o.label, o.id]));
  const labelById = new Map(options.organizations.map((o) => [o.id, o.label]));

  async function onSubmit(values: AgreementValues) {
    setFormError(null);
    setSaved(false);
    const result = await save(agreementId ? { id: agreementId, version, values } : values);
    if (result.ok) {
      if (!agreementId) router.push("/organizer/agreements");
      else {
        setSaved(true);
        router.refresh();
      }
      return;
    }
    for (const [path, message] of Object.entries(result.fieldErrors)) setError(path as Path<AgreementInput>, { message });
    setFormError(result.formError ?? null);
  }

  async function onCancelAgreement() {
    if (!agreementId || !cancel || !window.confirm(t("confirmCancel"))) return;
    const result = await cancel({ id: agreementId });
    if (result.ok) {
      // The form shows what is saved now: a later "Save" must not bring the old status back.
      setValue("status", "CANCELLED");
      setValue("signedAt", "");
      router.refresh();
    }
    else setFormError(result.formError ?? null);
  }

  const err = (path: string): string | undefined => {
    let node: unknown = errors;
    for (const p of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[p] : undefined;
    return (node as { message?: string } | undefined)?.message;
  };
  const partiesError = err("parties.root") ?? err("parties");

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-6">
      <LocalizedFields field="title" label={t("title")} register={register} errors={errors} />
      <LocalizedFields field="summary" label={t("summary")} register={register} errors={errors} multiline />

      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("sector")} error={err("sectorId")} options={[{ value: "", label: t("chooseSector") }, ...options.sectors.map((s) => ({ value: s.id, label: s.nameEn }))]} {...register("sectorId")} />
        <TextField label={t("value")} inputMode="decimal" autoComplete="off" hint={t("valueHint")} error={err("value")} {...register("value")} />
        <TextField label={t("currency")} list={currencyListId} autoComplete="off" maxLength={3} hint={t("currencyHint")} error={err("currency")} className="uppercase" {...register("currency")} />
        <datalist id={currencyListId}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("status")} error={err("status")} options={Object.values(AgreementStatus).map((s) => ({ value: s, label: tc(`agreementStatuses.${s}`) }))} {...register("status")} />
        <TextField label={t("signedAt")} type="datetime-local" hint={t("signedAtHint", { zone })} error={err("signedAt")} {...register("signedAt")} />
        <SelectField label={t("visibility")} hint={t("visibilityHint")} error={err("visibility")} options={Object.values(Visibility).map((v) => ({ value: v, label: t(`visibilities.${v}`) }))} {...register("visibility")} />
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("signingSession")} error={err("signingSessionId")} options={[{ value: "", label: t("noSession") }, ...options.sessions.map((s) => ({ value: s.id, label: s.label }))]} {...register("signingSessionId", {
            // Off the ceremony, the agreement has no slot or table there either.
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value) return;
              setValue("slot", "");
              setValue("tableSlot", "");
            },
          })}
        />
        <TextField label={t("slot")} type="number" min={1} inputMode="numeric" hint={t("slotHint")} error={err("slot")} {...register("slot")} />
        <TextField label={t("tableSlot")} hint={t("tableSlotHint")} error={err("tableSlot")} {...register("tableSlot")} />
      </div>

      <fieldset className="space-y-3" aria-describedby={partiesError ? "parties-error" : undefined}>
        <legend className="text-base font-semibold text-slate-900">{t("parties")}</legend>
        <p className="text-xs text-slate-600">{t("partiesHint")}</p>
        <FieldError id="parties-error" message={partiesError} role="alert" />
        <datalist id={listId}>
          {options.organizations.map((o) => (
            <option key={o.id} value={o.label}>
              {o.hint}
            </option>
          ))}
        </datalist>
        {parties.fields.map((f, i) => (
          <fieldset key={f.id} className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{t("party", { n: i + 1 })}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                label={t("organization")}
                list={listId}
                autoComplete="off"
                hint={t("organizationHint")}
                defaultValue={labelById.get(f.organizationId) ?? ""}
                error={err(`parties.${i}.organizationId`)}
                onChange={(e) => setValue(`parties.${i}.organizationId`, idByLabel.get(e.target.value.trim()) ?? "", { shouldValidate: formState.isSubmitted })}
              />
              <input type="hidden" {...register(`parties.${i}.organizationId` as const)} />
              <TextField label={t("role")} hint={t("roleHint")} error={err(`parties.${i}.role`)} {...register(`parties.${i}.role` as const)} />
              <TextField label={t("signatoryName")} error={err(`parties.${i}.signatoryName`)} {...register(`parties.${i}.signatoryName` as const)} />
              <TextField label={t("signatoryTitle")} error={err(`parties.${i}.signatoryTitle`)} {...register(`parties.${i}.signatoryTitle` as const)} />
            </div>
            <button type="button" onClick={() => parties.remove(i)} className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
              {t("removeParty", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          disabled={parties.fields.length >= PARTIES_MAX}
          onClick={() => parties.append({ organizationId: "", role: "", signatoryName: "", signatoryTitle: "" })}
          className="rounded-md border border-brand-300 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50"
        >
          {t("addParty")}
        </button>
      </fieldset>

      <FieldError id="agreement-form-error" message={formError ?? undefined} role="alert" />
      {saved ? (
        <p role="status" className="text-sm font-medium text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t("saving") : agreementId ? t("save") : t("create")}
        </button>
        {agreementId && cancel && status !== "CANCELLED" ? (
          <button type="button" onClick={onCancelAgreement} className="rounded-md border border-red-300 px-4 py-2 font-medium text-red-800 hover:bg-red-50">
            {t("cancelAgreement")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
