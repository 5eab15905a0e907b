"use client";
import { useId, useState } from "react";

/** A read-only address with a "Copy" button (Clipboard API; the field stays selectable if it fails). */
export function CopyField({ label, value, copyLabel, copiedMessage, failedMessage }: { label: string; value: string; copyLabel: string; copiedMessage: string; failedMessage: string }) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setMessage(copiedMessage);
    } catch {
      setMessage(failedMessage);
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button type="button" onClick={copy} className="shrink-0 rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50">
          {copyLabel}
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
