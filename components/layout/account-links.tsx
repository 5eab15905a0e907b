"use client";
import Link from "next/link";
import { SessionProvider, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { homeFor, type Role } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/auth/sign-out-button";

/**
 * "Sign in", or the signed-in user's area, read in the browser: the public pages' HTML is then
 * the same for every visitor of one language, so a shared cache can keep it.
 */
export function AccountLinks() {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <Links />
    </SessionProvider>
  );
}

function Links() {
  const t = useTranslations("common");
  const { data, status } = useSession();
  const role = (data as { role?: Role } | null)?.role;
  if (status !== "authenticated" || !role) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/register" className="font-medium text-white hover:text-gold-300">
          {t("nav.register")}
        </Link>
        <Link href="/login" className="font-medium text-white hover:text-gold-300">
          {t("nav.signIn")}
        </Link>
      </div>
    );
  }
  const home = homeFor(role);
  const label = home === "/organizer" ? t("nav.console") : home === "/checkin" ? t("nav.checkin") : t("nav.myRegistration");
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href={home} className="font-medium text-white hover:text-gold-300">
        {label}
      </Link>
      <SignOutButton label={t("nav.signOut")} />
    </div>
  );
}
