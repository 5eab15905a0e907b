"use client";
import { ErrorView } from "@/components/layout/error-view";
import { FallbackDocument } from "@/components/layout/fallback-document";

// Catches what fails in a group's own layout, above the document it renders: so this page brings
// its own. Errors inside a page are caught by the group's error.tsx, in the visitor's language.
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <FallbackDocument>
      <ErrorView reset={reset} />
    </FallbackDocument>
  );
}
