import { getLocale } from "next-intl/server";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The frame of the public site and the delegate's area: header, content, footer. */
export async function PublicShell({ children }: { children: React.ReactNode }) {
  const [forum, locale] = await Promise.all([getCurrentForum(), getLocale()]);
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader forumName={forum ? localized(forum, "name", locale) : null} />
      <div className="flex-1">{children}</div>
      <SiteFooter organizers={forum ? localized(forum, "organizers", locale) || null : null} />
    </div>
  );
}
