import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { EntityForm } from "@/components/organizer/entity-form";
import { localizedDefaults } from "@/lib/forms/localized-defaults";
import { getWorkingForum } from "@/lib/forum/queries";
import { getSubForum, listChairUsers } from "@/lib/program/setup-queries";
import { saveSubForumAction } from "../../setup-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.editSubForum") };
}

export default async function SubForumPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const t = await getTranslations("schedule.setup");
  const ta = await getTranslations("addresses");
  const forum = await getWorkingForum();
  if (!forum) notFound();
  const [subForum, chairs] = await Promise.all([id === "new" ? null : getSubForum(forum.id, id), listChairUsers()]);
  if (id !== "new" && !subForum) notFound();
  return (
    <div className="space-y-4">
      <Link href="/organizer/sub-forums" className="text-sm text-brand-700 hover:underline">
        ← {t("subForums")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{subForum ? t("editSubForum") : t("newSubForum")}</h1>
        {subForum ? <HistoryLink href={historyHref("SubForum", id)} label={(await getTranslations("audit"))("historyLink")} /> : null}
      </div>
      <EntityForm
        entity="subForum"
        id={subForum ? id : null}
        afterCreate="/organizer/sub-forums"
        submitLabel={subForum ? t("save") : t("create")}
        save={saveSubForumAction}
        defaults={{
          ...localizedDefaults(subForum, ["title", "description"]),
          color: subForum?.color ?? "#1f6fb8",
          position: subForum?.position ?? 0,
          chairIds: subForum?.chairs.map((c) => c.userId) ?? [],
          slug: subForum?.slug ?? "",
        }}
        fields={[
          { kind: "localized", name: "title", label: t("title") },
          { kind: "text", name: "slug", label: ta("label"), hint: subForum ? ta("hint.subForum", { slug: subForum.slug }) : ta("hint.new") },
          { kind: "localized", name: "description", label: t("description"), multiline: true },
          { kind: "color", name: "color", label: t("color") },
          { kind: "number", name: "position", label: t("position") },
          { kind: "checkboxes", name: "chairIds", label: t("chairs"), hint: chairs.length ? t("chairsHint") : t("noChairs"), options: chairs.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` })) },
        ]}
      />
    </div>
  );
}
