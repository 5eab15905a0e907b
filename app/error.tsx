"use client";
import { NextIntlClientProvider } from "next-intl";
import { ErrorView } from "@/components/layout/error-view";
import errors from "@/lib/i18n/messages/en/errors.json";

// Catches what fails in a group's own layout, above the document it renders: so this page brings
// its own <html>. Errors inside a page are caught by the group's error.tsx, in the visitor's language.
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider locale="en" messages={{ errors }}>
          <ErrorView reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
