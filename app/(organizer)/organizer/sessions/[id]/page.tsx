import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { SessionForm } from "@/components/organizer/session-form";
import { CONSOLE_ROLES } from "@/lib/auth/roles";
import { getWorkingForum } from "@/lib/forum/queries";
import { canEditSubForumSessions } from "@/lib/program/authorize";
import { getSessionForEdit, getSessionFormOptions } from "@/lib/program/console-queries";
import { readable, sessionToForm } from "@/lib/program/session-defaults";
import { deleteSessionAction, updateSessionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("form.editTitle") };
}

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(...CONSOLE_ROLES);
  const { id } = await params;
  const forum = await getWorkingForum();
  const session = forum ? await getSessionForEdit(forum.id, id) : null;
  if (!forum || !session) notFound();
  if (!canEditSubForumSessions(user, session.subForumId)) forbidden();
  const t = await getTranslations("schedule");
  const options = await getSessionFormOptions(forum.id);
  const subForums = options.subForums.filter((s) => canEditSubForumSessions(user, s.id));
  return (
    <div className="space-y-4">
      <Link href="/organizer/sessions" className="text-sm text-brand-700 hover:underline">
        ← {t("form.cancel")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t("form.editTitle")}</h1>
        {/* Chairs do not read the audit log (app/(organizer)/organizer/audit/page.tsx). */}
        {user.role !== "CHAIR" ? <HistoryLink href={historyHref("ProgramSession", session.id)} label={(await getTranslations("audit"))("historyLink")} /> : null}
      </div>
      <p className="text-sm text-slate-600">
        /program/{session.slug}
      </p>
      {readable(session.startsAt) && readable(session.endsAt) ? null : (
        <p role="alert" className="max-w-3xl rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {t("form.unreadableTimes")}
        </p>
      )}
      <SessionForm
        sessionId={session.id}
        defaults={sessionToForm(session, forum.timeZone)}
        options={{ ...options, subForums }}
        allowForumWide={canEditSubForumSessions(user, null)}
        zone={forum.timeZone}
        days={{ startDate: forum.startDate.toISOString().slice(0, 10), endDate: forum.endDate.toISOString().slice(0, 10) }}
        save={updateSessionAction}
        remove={deleteSessionAction}
      />
    </div>
  );
}
