import { getLocale } from "next-intl/server";
import { Document } from "@/components/layout/document";

export default async function Layout({ children }: { children: React.ReactNode }) {
  return <Document locale={await getLocale()}>{children}</Document>;
}
