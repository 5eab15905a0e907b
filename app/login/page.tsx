import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/app/_lib/guard";
import { SignInForm } from "@/components/auth/sign-in-form";
import { homeFor } from "@/lib/auth/roles";
import { safeCallbackPath } from "@/lib/auth/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const raw = (await searchParams).callbackUrl;
  const user = await getCurrentUser();
  const callback = typeof raw === "string" ? safeCallbackPath(raw, "") : "";
  if (user) redirect(callback || homeFor(user.role));
  const t = await getTranslations("auth");
  const tc = await getTranslations("common");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-900 via-brand-800 to-brand-700 px-4 py-12">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-2xl">
        <Link href="/" className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          {tc("appName")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        <SignInForm callbackUrl={callback} />
      </div>
    </main>
  );
}
