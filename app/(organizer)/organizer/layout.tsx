import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { Document } from "@/components/layout/document";
import { UserMenu } from "@/components/layout/user-menu";
import { ConsoleNav } from "@/components/organizer/console-nav";
import { CONSOLE_ROLES } from "@/lib/auth/roles";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole(...CONSOLE_ROLES);
  const t = await getTranslations("organizer");
  const tc = await getTranslations("common");
  const isChair = user.role === "CHAIR";
  const items = [
    { href: "/organizer", label: t("nav.dashboard") },
    { href: "/organizer/program", label: t("nav.program") },
    { href: "/organizer/sessions", label: t("nav.sessions") },
    ...(isChair
      ? []
      : [
          { href: "/organizer/rooms", label: t("nav.rooms") },
          { href: "/organizer/sub-forums", label: t("nav.subForums") },
          { href: "/organizer/people", label: t("nav.people") },
          { href: "/organizer/participants", label: t("nav.participants") },
          { href: "/organizer/delegations", label: t("nav.delegations") },
          { href: "/organizer/organizations", label: t("nav.organizations") },
          { href: "/organizer/agreements", label: t("nav.agreements") },
          { href: "/organizer/outbox", label: t("nav.outbox") },
          { href: "/organizer/audit", label: t("nav.audit") },
          { href: "/organizer/settings", label: t("nav.settings") },
        ]),
  ];
  return (
    <Document locale={await getLocale()}>
      <div className="min-h-screen bg-slate-100">
        <header className="no-print flex items-center justify-between gap-4 bg-brand-950 px-4 py-2 text-white">
          <Link href="/organizer" className="text-sm font-semibold tracking-wide">
            {tc("appName")} · {t("title")}
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <span className="hidden text-brand-200 sm:inline">{user.email}</span>
            <Link href="/" className="text-brand-100 hover:text-white">
              {t("nav.publicSite")}
            </Link>
            <UserMenu />
          </div>
        </header>
        <div className="flex flex-col md:flex-row">
          <aside className="no-print border-b border-slate-200 bg-slate-50 p-2 md:min-h-[calc(100vh-40px)] md:w-48 md:border-r md:border-b-0">
            <ConsoleNav items={items} label={t("nav.label")} />
          </aside>
          <main id="main" className="min-w-0 flex-1 p-4 md:p-6">
            {children}
          </main>
        </div>
      </div>
    </Document>
  );
}
