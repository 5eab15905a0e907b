import { NextIntlClientProvider } from "next-intl";
import type { AppLocale } from "@/lib/i18n/locales";

/**
 * The HTML document: <html lang>, <body> and the translations for client components. The root
 * layout only passes children through, so that pages rendered once per language (app/p/[locale])
 * can name their language from the URL while every other page negotiates it per request.
 */
export function Document({ locale, children }: { locale: AppLocale; children: React.ReactNode }) {
  return (
    <html lang={locale === "zh" ? "zh-Hans" : locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
