"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";

/** The last step of a merge: one button, and the refusal (named conflict) shown beside it. */
export function MergeConfirm({ keepId, dropId, merge }: { keepId: string; dropId: string; merge: (input: unknown) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("organizations.merge");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onMerge() {
    setError(null);
    startTransition(async () => {
      const result = await merge({ keepId, dropId });
      if (result.ok) router.push(`/organizer/organizations/${keepId}?merged=1`);
      else setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? null);
    });
  }

  return (
    <div className="space-y-2">
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={onMerge} disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        {pending ? t("merging") : t("confirm")}
      </button>
    </div>
  );
}
