"use client";
import { useFormStatus } from "react-dom";

/** The big button of the door; it says it is working while the check-in is on its way. */
export function CheckInButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-xl bg-emerald-700 px-4 py-5 text-2xl font-bold text-white shadow hover:bg-emerald-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
