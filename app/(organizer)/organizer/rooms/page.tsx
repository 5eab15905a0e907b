import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { getWorkingForum } from "@/lib/forum/queries";
import { listRooms } from "@/lib/program/setup-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.rooms") };
}

export default async function RoomsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("schedule.setup");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const rooms = await listRooms(forum.id);
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-bold text-slate-900">{t("rooms")}</h1>
        <Link href="/organizer/rooms/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("newRoom")}
        </Link>
      </div>
      <ConsoleTable label={t("rooms")} className="max-w-4xl" columns={[{ label: t("roomName") }, { label: t("capacity"), align: "right" }, { label: t("sessions"), align: "right" }, { label: t("sortOrder"), align: "right" }]}>
          {rooms.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 hover:bg-slate-50">
              <td className="px-3 py-1.5 font-medium">
                <Link href={`/organizer/rooms/${r.id}`} className="text-brand-800 hover:underline">
                  {r.nameEn}
                </Link>
              </td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r.capacity}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r._count.sessions}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r.sortOrder}</td>
            </tr>
          ))}
        </ConsoleTable>
    </div>
  );
}
