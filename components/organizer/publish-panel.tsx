"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { FieldError, TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import { publishProgramSchema } from "@/lib/program/publish-schema";

type Values = { comment: string };

/** The comment is the only field typed; the preview's digest comes from the page that rendered the preview. */
const formSchema = publishProgramSchema.omit({ digest: true });

export function PublishPanel({
  nextVersion,
  lastRelease,
  blocked,
  digest,
  preview,
  releasesHref,
  publish,
}: {
  nextVersion: number;
  lastRelease: string | null;
  blocked: boolean;
  /** Names the preview shown: publishing refuses if the program no longer matches it. */
  digest: string;
  /** What release `nextVersion` would change (rendered by the page). */
  preview: ReactNode;
  releasesHref: string;
  publish: (input: unknown) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations("schedule.publish");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({ resolver: zodResolver(formSchema), defaultValues: { comment: "" } });

  async function onSubmit(values: Values) {
    setMessage(null);
    const result = await publish({ ...values, digest });
    // Either way the page renders the program as it is now: the next preview, or the one that replaced a stale one.
    router.refresh();
    if (result.ok) {
      setMessage({ tone: "ok", text: t("published", { version: result.value?.version ?? nextVersion }) });
      reset({ comment: "" });
      return;
    }
    if (result.fieldErrors.comment) setError("comment", { message: result.fieldErrors.comment });
    setMessage({ tone: "error", text: result.formError ?? t("blocked") });
  }

  return (
    <section aria-labelledby="publish-title" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="publish-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro", { next: nextVersion })}</p>
      <p className="text-sm text-slate-600">
        {lastRelease ? `${lastRelease} ` : null}
        <Link href={releasesHref} className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-700">
          {t("releasesLink")}
        </Link>
      </p>
      <div className="mt-3">{preview}</div>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-3 space-y-3">
        <TextAreaField label={t("comment")} hint={t("commentHint")} rows={2} error={formState.errors.comment?.message} {...register("comment")} />
        {blocked ? <p className="text-sm font-medium text-red-700">{t("blocked")}</p> : null}
        {message ? (
          message.tone === "ok" ? (
            <p role="status" className="text-sm font-medium text-emerald-700">
              {message.text}
            </p>
          ) : (
            <FieldError id="publish-error" message={message.text} role="alert" />
          )
        ) : null}
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800 disabled:opacity-60">
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </section>
  );
}
