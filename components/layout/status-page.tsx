"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

/** A 404 or 403 page: the code, what happened, the way home. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const t = useTranslations("errors");
  const forbidden = status === 403;
  return (
    <main id="main" className="mx-auto flex min-h-[70vh] max-w-xl flex-col justify-center px-6 py-16">
      <p className={cn("text-sm font-semibold tracking-widest", forbidden ? "text-red-700" : "text-brand-600")}>{status}</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{t(forbidden ? "forbiddenTitle" : "notFoundTitle")}</h1>
      <p className="mt-3 text-slate-600">{t(forbidden ? "forbiddenBody" : "notFoundBody")}</p>
      <Link href="/" className="mt-6 font-medium text-brand-700 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
