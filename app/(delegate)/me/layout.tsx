import { getTranslations } from "next-intl/server";
import { MeNav, type MeNavItem } from "@/components/delegates/me-nav";
import { getMyAreaSummary } from "@/lib/delegates/queries";
import { delegateContext } from "./_lib/context";

/** The delegate's area: its tabs above every page (Delegation only for a head of delegation). */
export default async function MeLayout({ children }: { children: React.ReactNode }) {
  const { ref } = await delegateContext();
  const t = await getTranslations("me.nav");
  const summary = ref ? await getMyAreaSummary(ref) : null;
  const items: MeNavItem[] = [{ href: "/me", label: t("overview") }];
  if (summary) {
    items.push({ href: "/me/badge", label: t("badge") }, { href: "/me/agenda", label: t("agenda") });
    if (summary.isHead) items.push({ href: "/me/delegation", label: t("delegation") });
  }
  return (
    <>
      <div className="no-print mx-auto max-w-3xl px-4 pt-6 sm:px-6">
        <MeNav label={t("label")} items={items} />
      </div>
      {children}
    </>
  );
}
