"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { cn } from "@/lib/ui/cn";

/**
 * A button that runs one server action with a fixed input and says how it went (a status line on
 * success, an alert on failure), then refreshes the page's server data.
 */
export function ActionButton({
  action,
  input = {},
  label,
  busyLabel,
  doneMessage,
  ariaLabel,
  tone = "default",
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input?: Record<string, unknown>;
  label: string;
  busyLabel: string;
  doneMessage: string;
  /** A fuller name when several such buttons share a page ("Withdraw the invitation to …"). */
  ariaLabel?: string;
  tone?: "default" | "danger";
}) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });

  async function run() {
    setState({ busy: true, message: null, failed: false });
    const result = await action(input);
    if (result.ok) {
      setState({ busy: false, message: doneMessage, failed: false });
      router.refresh();
    } else {
      setState({ busy: false, message: result.formError ?? Object.values(result.fieldErrors)[0] ?? null, failed: true });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={run}
        disabled={state.busy}
        aria-label={state.busy ? undefined : ariaLabel}
        className={cn(
          "rounded-md border bg-white px-4 py-2 text-sm font-semibold disabled:opacity-60",
          tone === "danger" ? "border-red-700 text-red-800 hover:bg-red-50" : "border-brand-700 text-brand-800 hover:bg-brand-50",
        )}
      >
        {state.busy ? busyLabel : label}
      </button>
      {state.message ? (
        <p role={state.failed ? "alert" : "status"} className={cn("text-sm font-medium", state.failed ? "text-red-700" : "text-emerald-700")}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
