import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { Document } from "@/components/layout/document";
import { PublicShell } from "@/components/layout/public-shell";
import { isLocale } from "@/lib/i18n/locales";

// Public pages rendered once per language and release, then served from cache until the next
// publish. proxy.ts rewrites /program and /program/<slug> here by the visitor's language; the
// address the visitor sees never changes.
export default async function StaticPublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    // The client components of these pages: account links, live marks, the seat panel, errors.
    <Document locale={locale} clientNamespaces={["common", "errors", "program", "seats"]}>
      <PublicShell>{children}</PublicShell>
    </Document>
  );
}
