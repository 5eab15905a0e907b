"use client";
import { useActionState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** What a small console form's server action answers: a sentence for the person who clicked. */
export type FormMessage = { ok: boolean; message: string } | null;

export type FormMessageAction = (previous: FormMessage, formData: FormData) => Promise<FormMessage>;

/**
 * A form of hidden fields, optional inputs and one or more buttons, posted to a server action.
 * Works before the page's JavaScript has loaded (the browser posts it), and shows the action's
 * answer in a live region.
 */
export function ActionForm({
  action,
  fields = {},
  children,
  className,
  id,
}: {
  action: FormMessageAction;
  fields?: Record<string, string>;
  /** The inputs and buttons; a render function gets whether the form is being sent. */
  children: ReactNode | ((pending: boolean) => ReactNode);
  className?: string;
  id?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form id={id} action={formAction} className={cn("space-y-2", className)}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeof children === "function" ? children(pending) : children}
      <p role="status" className={cn("text-sm font-medium", state?.ok ? "text-emerald-700" : "text-red-700")}>
        {state?.message ?? ""}
      </p>
    </form>
  );
}
