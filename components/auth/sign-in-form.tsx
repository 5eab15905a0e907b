"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { type SignInInput, signInSchema } from "@/lib/auth/schemas";
import { FieldError, TextField } from "@/components/ui/field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component reads the new session.
      window.location.assign(callbackUrl || "/login");
      return;
    }
    setFormError(result?.error === "Throttled" ? t("throttled") : result?.error === "CredentialsSignin" ? t("invalid") : t("failed"));
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 space-y-4">
      <TextField label={t("email")} type="email" autoComplete="username" error={formState.errors.email?.message} {...register("email")} />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      <FieldError id="sign-in-error" message={formError ?? undefined} role="alert" />
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
