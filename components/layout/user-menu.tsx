import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/app/_lib/guard";
import { homeFor } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** "Sign in", or the signed-in user's area and a sign-out button. */
export async function UserMenu({ tone = "dark", hideHome = false }: { tone?: "dark" | "light"; hideHome?: boolean }) {
  const t = await getTranslations("common");
  const user = await getCurrentUser();
  const linkClass = tone === "dark" ? "text-white hover:text-gold-300" : "text-brand-800 hover:underline";
  if (!user) {
    return (
      <Link href="/login" className={`text-sm font-medium ${linkClass}`}>
        {t("nav.signIn")}
      </Link>
    );
  }
  const home = homeFor(user.role);
  const label = home === "/organizer" ? t("nav.console") : home === "/checkin" ? t("nav.checkin") : t("nav.myRegistration");
  return (
    <div className="flex items-center gap-3 text-sm">
      {hideHome ? null : (
        <Link href={home} className={`font-medium ${linkClass}`}>
          {label}
        </Link>
      )}
      <SignOutButton label={t("nav.signOut")} tone={tone} />
    </div>
  );
}
