import { getLocale } from "next-intl/server";
import { Document } from "@/components/layout/document";
import { PublicShell } from "@/components/layout/public-shell";

export default async function DelegateLayout({ children }: { children: React.ReactNode }) {
  return (
    <Document locale={await getLocale()}>
      <PublicShell>{children}</PublicShell>
    </Document>
  );
}
