import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";

// The root layout reads nothing per request: the group layouts below render the document in the
// visitor's language (components/layout/document.tsx), and app/p/[locale] renders it once per
// language for the pages served from cache.
export const metadata: Metadata = { title: { default: "Concord", template: "%s · Concord" } };

export const viewport: Viewport = { themeColor: "#0b3a68", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
