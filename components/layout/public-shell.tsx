import { getLocale } from "next-intl/server";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { getPublishedProgram } from "@/lib/program/published";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The frame of the public site and the delegate's area: header, content, footer. */
export async function PublicShell({ children }: { children: React.ReactNode }) {
  const [forum, locale] = await Promise.all([getCurrentForum(), getLocale()]);
  // The forum as last published (its texts are part of the release), the stored one before that.
  const shown = forum ? ((await getPublishedProgram(forum.id))?.snapshot.forum ?? forum) : null;
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader forumName={shown ? localized(shown, "name", locale) : null} />
      <div className="flex-1">{children}</div>
      <SiteFooter organizers={shown ? localized(shown, "organizers", locale) || null : null} />
    </div>
  );
}
