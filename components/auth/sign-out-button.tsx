"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label, tone = "dark" }: { label: string; tone?: "dark" | "light" }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className={
        tone === "dark"
          ? "rounded border border-white/40 px-2 py-1 text-white hover:bg-white/10"
          : "rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100"
      }
    >
      {label}
    </button>
  );
}
