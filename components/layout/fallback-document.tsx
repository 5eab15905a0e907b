"use client";
import { NextIntlClientProvider } from "next-intl";
import errors from "@/lib/i18n/messages/en/errors.json";

/**
 * The document for the app-wide 404, 403 and error pages. They sit above every group's layout,
 * and Next renders them along with every page, the cached ones included: as client components
 * that read no request, they leave those pages static. The interface is in English (the other
 * languages have no catalog of their own yet); `lang` follows the text.
 */
export function FallbackDocument({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider locale="en" messages={{ errors }} timeZone="UTC">
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
