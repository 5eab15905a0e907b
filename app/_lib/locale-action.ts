"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { safeCallbackPath } from "@/lib/auth/schemas";

/** Remembers the visitor's language. Anyone may call it; it only sets their own cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const given = formData.get("back");
  const back = safeCallbackPath(typeof given === "string" && given ? given : refererPath((await headers()).get("referer")));
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  redirect(back);
}

/** The path and query of the page the form was on, from the Referer (sent same-origin). */
function refererPath(referer: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    // A static page is served from /p/<locale>/…: send the visitor to its public address.
    const path = url.pathname.replace(/^\/p\/(?:en|zh|ru|fr)(?=\/)/, "");
    return `${path}${url.search}`;
  } catch {
    return "/";
  }
}
