import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { SectorForm } from "@/components/agreements/sector-form";
import { listSectors } from "@/lib/agreements/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { updateSectorAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("sectors.edit") };
}

export default async function EditSectorPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const t = await getTranslations("agreements");
  const forum = await getWorkingForum();
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const sector = (await listSectors(forum.id)).find((s) => s.id === id);
  if (!sector) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/organizer/agreements/sectors" className="text-sm text-brand-700 hover:underline">
        ← {t("sectors.back")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{sector.nameEn}</h1>
        <HistoryLink href={historyHref("AgreementSector", sector.id)} label={(await getTranslations("audit"))("historyLink")} />
      </div>
      <p className="text-sm text-slate-600">{t("sectors.slugKept", { slug: sector.slug })}</p>
      <SectorForm
        sectorId={sector.id}
        defaults={{ nameEn: sector.nameEn, nameZh: sector.nameZh ?? "", nameRu: sector.nameRu ?? "", nameFr: sector.nameFr ?? "", color: sector.color, position: sector.position }}
        save={updateSectorAction}
      />
    </div>
  );
}
