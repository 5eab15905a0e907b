import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { SessionForm } from "@/components/organizer/session-form";
import { CONSOLE_ROLES } from "@/lib/auth/roles";
import { getWorkingForum } from "@/lib/forum/queries";
import { canEditSubForumSessions } from "@/lib/program/authorize";
import { getSessionFormOptions } from "@/lib/program/console-queries";
import { newSessionForm } from "@/lib/program/session-defaults";
import { createSessionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("form.newTitle") };
}

export default async function NewSessionPage() {
  const user = await requireRole(...CONSOLE_ROLES);
  const t = await getTranslations("schedule");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const options = await getSessionFormOptions(forum.id);
  const subForums = options.subForums.filter((s) => canEditSubForumSessions(user, s.id));
  const allowForumWide = canEditSubForumSessions(user, null);
  return (
    <div className="space-y-4">
      <Link href="/organizer/sessions" className="text-sm text-brand-700 hover:underline">
        ← {t("form.cancel")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("form.newTitle")}</h1>
      <SessionForm
        defaults={newSessionForm(forum.startDate.toISOString().slice(0, 10), allowForumWide ? null : (subForums[0]?.id ?? null))}
        options={{ ...options, subForums }}
        allowForumWide={allowForumWide}
        zone={forum.timeZone}
        days={{ startDate: forum.startDate.toISOString().slice(0, 10), endDate: forum.endDate.toISOString().slice(0, 10) }}
        save={createSessionAction}
      />
    </div>
  );
}
