import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// No locale in the public URLs: the visitor's choice (cookie) or their browser's languages decide.
// Pages rendered once per language (app/p/[locale]) name it with setRequestLocale, and then no
// request header is read, so they stay static.
export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // getTranslations({ locale }) names it (page metadata); else setRequestLocale may have.
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested)
    ? requested
    : negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: loadMessages(locale), timeZone: "UTC" };
});
