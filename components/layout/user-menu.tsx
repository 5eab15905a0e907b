import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** The sign-out control of the signed-in areas (console, check-in); they guard the page themselves. */
export async function UserMenu() {
  const t = await getTranslations("common");
  return <SignOutButton label={t("nav.signOut")} />;
}
