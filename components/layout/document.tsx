import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/**
 * The HTML document: <html lang>, <body> and the translations for client components. The root
 * layout only passes children through, so that pages rendered once per language (app/p/[locale])
 * can name their language from the URL while every other page negotiates it per request.
 * `clientNamespaces` limits the catalogs sent to the browser (every page carries them inline):
 * the cached public pages send only what their client components read.
 */
export async function Document({
  locale,
  clientNamespaces,
  children,
}: {
  locale: AppLocale;
  clientNamespaces?: readonly (keyof Messages)[];
  children: React.ReactNode;
}) {
  const messages = clientNamespaces ? pick((await getMessages()) as Messages, clientNamespaces) : undefined;
  return (
    <html lang={locale === "zh" ? "zh-Hans" : locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}

function pick(messages: Messages, namespaces: readonly (keyof Messages)[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
}
