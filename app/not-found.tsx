"use client";
import { FallbackDocument } from "@/components/layout/fallback-document";
import { StatusPage } from "@/components/layout/status-page";

// A client component on purpose: see components/layout/fallback-document.tsx.
export default function NotFound() {
  return (
    <FallbackDocument>
      <StatusPage status={404} />
    </FallbackDocument>
  );
}
