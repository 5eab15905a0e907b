"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError, TextField } from "@/components/ui/field";
import { inviteMemberSchema } from "@/lib/delegates/schemas";
import type { ActionResult } from "@/lib/forms/action-result";

type Input = z.input<typeof inviteMemberSchema>;
type Output = z.output<typeof inviteMemberSchema>;

/** The head's "Invite a member": one e-mail address, checked by the same schema as the action. */
export function InviteMemberForm({ invite }: { invite: (input: unknown) => Promise<ActionResult<{ invitationId: string; renewed: boolean }>> }) {
  const t = useTranslations("delegation.invite");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: "" },
  });

  async function onSubmit(values: Output) {
    setNotice(null);
    setFormError(null);
    const result = await invite(values);
    if (result.ok) {
      setNotice(result.value?.renewed ? t("renewed", { email: values.email }) : t("sent", { email: values.email }));
      reset({ email: "" });
      router.refresh();
      return;
    }
    if (result.fieldErrors.email) setError("email", { message: result.fieldErrors.email });
    setFormError(result.formError ?? null);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-4 max-w-md space-y-4">
      <TextField label={t("email")} type="email" autoComplete="off" inputMode="email" error={formState.errors.email?.message} {...register("email")} />
      <FieldError id="invite-form-error" message={formError ?? undefined} role="alert" />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t("sending") : t("submit")}
        </button>
        {notice ? (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {notice}
          </p>
        ) : null}
      </div>
    </form>
  );
}
