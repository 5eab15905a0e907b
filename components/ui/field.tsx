"use client";
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

export function FieldError({ id, message, role }: { id: string; message?: string; role?: "alert" }) {
  if (!message) return null;
  return (
    <p id={id} role={role} className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

type Control = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

/** Label, hint and error around one control, tied together with ids for screen readers. */
function Field({ label, error, hint, className, children }: { label: string; error?: string; hint?: string; className?: string; children: (control: Control) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": cn(error && errorId, hint && hintId) || undefined,
        className: cn(
          "block w-full rounded-md border px-3 py-2 text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none",
          error ? "border-red-600" : "border-slate-300",
          className,
        ),
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

type Labelled = { label: string; error?: string; hint?: string };

export const TextField = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & Labelled>(function TextField({ label, error, hint, className, ...props }, ref) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <input ref={ref} {...control} {...props} />}
    </Field>
  );
});

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled>(function TextAreaField({ label, error, hint, className, ...props }, ref) {
  return (
    <Field label={label} error={error} hint={hint} className={cn("text-sm", className)}>
      {(control) => <textarea ref={ref} rows={4} {...control} {...props} />}
    </Field>
  );
});

export const SelectField = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & Labelled & { options: { value: string; label: string }[] }>(function SelectField(
  { label, error, hint, options, className, ...props },
  ref,
) {
  return (
    <Field label={label} error={error} hint={hint} className={cn("bg-white text-sm", className)}>
      {(control) => (
        <select ref={ref} {...control} {...props}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});
