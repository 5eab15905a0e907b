"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormRegister, FieldErrors } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/ui/field";

const OTHER = [
  ["Zh", "Chinese"],
  ["Ru", "Russian"],
  ["Fr", "French"],
] as const;

/**
 * One text the public reads, in English (required) and, folded away, Chinese, Russian and French.
 * The fields are named <field>En, <field>Zh … as in the database and the schema.
 */
export function LocalizedFields<T extends FieldValues>({
  field,
  label,
  register,
  errors,
  multiline = false,
}: {
  field: string;
  label: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  multiline?: boolean;
}) {
  const t = useTranslations("schedule.form");
  const Input = multiline ? TextAreaField : TextField;
  const error = (suffix: string) => (errors[`${field}${suffix}`]?.message as string | undefined) ?? undefined;
  const hasOtherErrors = OTHER.some(([suffix]) => error(suffix));
  return (
    <fieldset className="space-y-2">
      <Input label={t("inLanguage", { field: label, language: "English" })} lang="en" error={error("En")} {...register(`${field}En` as Path<T>)} />
      <details open={hasOtherErrors || undefined} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
        <summary className="cursor-pointer text-sm text-slate-700">
          {label}: {t("otherLanguages")}
        </summary>
        <p className="mt-1 text-xs text-slate-600">{t("otherLanguagesHint")}</p>
        <div className="mt-2 space-y-2">
          {OTHER.map(([suffix, language]) => (
            <Input
              key={suffix}
              label={t("inLanguage", { field: label, language })}
              lang={suffix.toLowerCase() === "zh" ? "zh-Hans" : suffix.toLowerCase()}
              error={error(suffix)}
              {...register(`${field}${suffix}` as Path<T>)}
            />
          ))}
        </div>
      </details>
    </fieldset>
  );
}
