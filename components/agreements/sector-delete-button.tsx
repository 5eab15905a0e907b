"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";

/** Deletes an unused sector after a confirmation; says why when it cannot. */
export function SectorDeleteButton({ id, name, remove }: { id: string; name: string; remove: (input: unknown) => Promise<ActionResult> }) {
  const t = useTranslations("agreements.sectors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-start">
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("confirmDelete", { name }))) return;
          startTransition(async () => {
            const result = await remove({ id });
            setError(result.ok ? null : (result.formError ?? null));
            router.refresh();
          });
        }}
        className="text-sm text-red-800 underline hover:text-red-950 disabled:opacity-50"
      >
        {t("delete")}
        <span className="sr-only"> {name}</span>
      </button>
      {error ? (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
