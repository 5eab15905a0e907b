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
import { getRoom } from "@/lib/program/setup-queries";
import { saveRoomAction } from "../../setup-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.editRoom") };
}

export default async function RoomPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const t = await getTranslations("schedule.setup");
  const forum = await getWorkingForum();
  if (!forum) notFound();
  const room = id === "new" ? null : await getRoom(forum.id, id);
  if (id !== "new" && !room) notFound();
  return (
    <div className="space-y-4">
      <Link href="/organizer/rooms" className="text-sm text-brand-700 hover:underline">
        ← {t("rooms")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{room ? t("editRoom") : t("newRoom")}</h1>
        {room ? <HistoryLink href={historyHref("Room", id)} label={(await getTranslations("audit"))("historyLink")} /> : null}
      </div>
      <EntityForm
        entity="room"
        id={room ? id : null}
        afterCreate="/organizer/rooms"
        submitLabel={room ? t("save") : t("create")}
        save={saveRoomAction}
        defaults={{
          ...localizedDefaults(room, ["name"]),
          capacity: room?.capacity ?? "",
          sortOrder: room?.sortOrder ?? 0,
        }}
        fields={[
          { kind: "localized", name: "name", label: t("roomName") },
          { kind: "number", name: "capacity", label: t("capacity") },
          { kind: "number", name: "sortOrder", label: t("sortOrder") },
        ]}
      />
    </div>
  );
}
