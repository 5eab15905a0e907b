import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { EntityForm } from "@/components/organizer/entity-form";
import { localizedDefaults } from "@/lib/forms/localized-defaults";
import { getWorkingForum } from "@/lib/forum/queries";
import { saveForumSettingsAction } from "../setup-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.settings") };
}

const TEXTS = ["name", "theme", "description", "venue", "city", "organizers"] as const;

export default async function ForumSettingsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("schedule.setup");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const defaults = {
    ...localizedDefaults(forum, TEXTS),
    startDate: forum.startDate.toISOString().slice(0, 10),
    endDate: forum.endDate.toISOString().slice(0, 10),
    timeZone: forum.timeZone,
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t("settings")}</h1>
        <HistoryLink href={historyHref("Forum", forum.id)} label={(await getTranslations("audit"))("historyLink")} />
      </div>
      <EntityForm
        entity="forum"
        id={forum.id}
        afterCreate="/organizer/settings"
        submitLabel={t("save")}
        save={saveForumSettingsAction}
        defaults={defaults}
        fields={[
          { kind: "localized", name: "name", label: t("forumName") },
          { kind: "localized", name: "theme", label: t("theme") },
          { kind: "localized", name: "description", label: t("description"), multiline: true },
          { kind: "localized", name: "venue", label: t("venue") },
          { kind: "localized", name: "city", label: t("city") },
          { kind: "localized", name: "organizers", label: t("organizers") },
          { kind: "date", name: "startDate", label: t("startDate") },
          { kind: "date", name: "endDate", label: t("endDate") },
          { kind: "text", name: "timeZone", label: t("timeZone"), hint: t("timeZoneHint") },
        ]}
      />
    </div>
  );
}
