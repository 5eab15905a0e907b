import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { SectorDeleteButton } from "@/components/agreements/sector-delete-button";
import { SectorForm } from "@/components/agreements/sector-form";
import { ConsoleTable } from "@/components/organizer/console-table";
import { listSectors } from "@/lib/agreements/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { createSectorAction, deleteSectorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("sectors.title") };
}

export default async function SectorsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("agreements");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const sectors = await listSectors(forum.id);
  return (
    <div className="max-w-4xl space-y-5">
      <Link href="/organizer/agreements" className="text-sm text-brand-700 hover:underline">
        ← {t("form.back")}
      </Link>
      <h1 className="text-2xl font-bold text-slate-900">{t("sectors.title")}</h1>
      <p className="text-sm text-slate-700">{t("sectors.intro")}</p>
      <ConsoleTable
        label={t("sectors.title")}
        columns={[{ label: t("sectors.position"), align: "right" }, { label: t("sectors.name") }, { label: t("sectors.slug") }, { label: t("sectors.agreements"), align: "right" }, { label: t("sectors.actions") }]}
      >
        {sectors.map((s) => (
          <tr key={s.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
            <td className="px-3 py-1.5 text-right tabular-nums">{s.position}</td>
            <td className="px-3 py-1.5 font-medium">
              <span aria-hidden className="mr-2 inline-block size-2.5 rounded-full" style={{ backgroundColor: s.color }} />
              <Link href={`/organizer/agreements/sectors/${s.id}`} className="text-brand-800 hover:underline">
                {s.nameEn}
              </Link>
              {s.nameZh ? (
                <span lang="zh-Hans" className="ml-2 text-slate-600">
                  {s.nameZh}
                </span>
              ) : null}
            </td>
            <td className="px-3 py-1.5 font-mono text-xs">{s.slug}</td>
            <td className="px-3 py-1.5 text-right tabular-nums">
              <Link href={`/organizer/agreements?sector=${s.slug}`} className="text-brand-800 hover:underline">
                {s._count.agreements}
              </Link>
            </td>
            <td className="px-3 py-1.5">{s._count.agreements === 0 ? <SectorDeleteButton id={s.id} name={s.nameEn} remove={deleteSectorAction} /> : <span className="text-xs text-slate-500">{t("sectors.inUse")}</span>}</td>
          </tr>
        ))}
      </ConsoleTable>
      <section aria-labelledby="new-sector" className="space-y-3">
        <h2 id="new-sector" className="text-lg font-semibold text-slate-900">
          {t("sectors.new")}
        </h2>
        <SectorForm defaults={{ nameEn: "", nameZh: "", nameRu: "", nameFr: "", color: "#0f766e", position: sectors.length + 1 }} save={createSectorAction} />
      </section>
    </div>
  );
}
