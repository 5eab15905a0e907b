"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { safeCallbackPath } from "@/lib/auth/schemas";

/** Remembers the visitor's language. Anyone may call it; it only sets their own cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = safeCallbackPath(String(formData.get("back") ?? "/"));
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  redirect(back);
}
