import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { getWorkingForum } from "@/lib/forum/queries";
import { listSubForums } from "@/lib/program/setup-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.subForums") };
}

export default async function SubForumsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("schedule.setup");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const subForums = await listSubForums(forum.id);
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-bold text-slate-900">{t("subForums")}</h1>
        <Link href="/organizer/sub-forums/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("newSubForum")}
        </Link>
      </div>
      <ConsoleTable label={t("subForums")} className="max-w-4xl" columns={[{ label: t("position"), align: "right" }, { label: t("title") }, { label: t("chairs") }, { label: t("sessions"), align: "right" }]}>
          {subForums.map((s) => (
            <tr key={s.id} className="border-t border-slate-100 hover:bg-slate-50">
              <td className="px-3 py-1.5 text-right tabular-nums">{s.position}</td>
              <td className="px-3 py-1.5 font-medium">
                <span aria-hidden className="mr-2 inline-block size-2.5 rounded-full" style={{ backgroundColor: s.color }} />
                <Link href={`/organizer/sub-forums/${s.id}`} className="text-brand-800 hover:underline">
                  {s.titleEn}
                </Link>
              </td>
              <td className="px-3 py-1.5">{s.chairs.map((c) => c.user.name).join(", ") || "—"}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{s._count.sessions}</td>
            </tr>
          ))}
        </ConsoleTable>
    </div>
  );
}
