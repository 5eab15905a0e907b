"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { republishReleaseSchema } from "@/lib/program/publish-schema";

type Values = { comment: string };

/** Only the comment is typed; the version and the preview's digest come from the page. */
const formSchema = republishReleaseSchema.pick({ comment: true });

/**
 * The confirmation of a rollback, under its preview: "publish release N again" (with a comment for
 * the changelog) or "reset the working copy to release N".
 */
export function RollbackForm({
  mode,
  version,
  nextVersion,
  digest,
  confirm,
}: {
  mode: "republish" | "reset";
  version: number;
  nextVersion: number;
  /** Names the preview shown: the action refuses if the program no longer matches it. */
  digest: string;
  confirm: (input: unknown) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations("rollback");
  const tp = useTranslations("schedule.publish");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({ resolver: zodResolver(formSchema), defaultValues: { comment: "" } });

  async function onSubmit(values: Values) {
    setMessage(null);
    const result = await confirm(mode === "republish" ? { version, comment: values.comment, digest } : { version, digest });
    // Either way the page shows the preview as things are now.
    router.refresh();
    if (result.ok) {
      setMessage({ tone: "ok", text: t(`${mode}.done`, { version: result.value?.version ?? version }) });
      reset({ comment: "" });
      return;
    }
    if (result.fieldErrors.comment) setError("comment", { message: result.fieldErrors.comment });
    setMessage({ tone: "error", text: result.formError ?? Object.values(result.fieldErrors)[0] ?? "" });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      {mode === "republish" ? <TextAreaField label={tp("comment")} hint={tp("commentHint")} rows={2} error={formState.errors.comment?.message} {...register("comment")} /> : null}
      {message ? (
        message.tone === "ok" ? (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {message.text}
          </p>
        ) : (
          <FieldError id="rollback-error" message={message.text} role="alert" />
        )
      ) : null}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className={
          mode === "republish"
            ? "rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800 disabled:opacity-60"
            : "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        }
      >
        {formState.isSubmitting ? t(`${mode}.submitting`) : t(`${mode}.submit`, { version, next: nextVersion })}
      </button>
    </form>
  );
}
