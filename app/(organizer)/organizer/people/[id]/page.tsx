import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { EntityForm } from "@/components/organizer/entity-form";
import { localizedDefaults } from "@/lib/forms/localized-defaults";
import { countryOptions } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { getPerson, listOrganizationChoices } from "@/lib/program/setup-queries";
import { savePersonAction } from "../../setup-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.editPerson") };
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { id } = await params;
  const t = await getTranslations("schedule.setup");
  const ta = await getTranslations("addresses");
  const locale = await getLocale();
  const [person, organizations] = await Promise.all([id === "new" ? null : getPerson(id), listOrganizationChoices()]);
  if (id !== "new" && !person) notFound();
  return (
    <div className="space-y-4">
      <Link href="/organizer/people" className="text-sm text-brand-700 hover:underline">
        ← {t("people")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{person ? t("editPerson") : t("newPerson")}</h1>
        {person ? <HistoryLink href={historyHref("Person", id)} label={(await getTranslations("audit"))("historyLink")} /> : null}
      </div>
      <EntityForm
        entity="person"
        id={person ? id : null}
        afterCreate="/organizer/people"
        submitLabel={person ? t("save") : t("create")}
        save={savePersonAction}
        defaults={{
          ...localizedDefaults(person, ["name", "title", "bio"]),
          organizationId: person?.organizationId ?? "",
          countryCode: person?.countryCode ?? "",
          protocolRank: person?.protocolRank ?? 100,
          slug: person?.slug ?? "",
        }}
        fields={[
          { kind: "localized", name: "name", label: t("name") },
          { kind: "text", name: "slug", label: ta("label"), hint: person ? ta("hint.person", { slug: person.slug }) : ta("hint.new") },
          { kind: "localized", name: "title", label: t("jobTitle") },
          { kind: "localized", name: "bio", label: t("bio"), multiline: true },
          { kind: "select", name: "organizationId", label: t("organization"), options: [{ value: "", label: t("noOrganization") }, ...organizations.map((o) => ({ value: o.id, label: o.nameEn }))] },
          { kind: "select", name: "countryCode", label: t("country"), options: [{ value: "", label: t("noCountry") }, ...countryOptions(INTL_LOCALE[locale])] },
          { kind: "number", name: "protocolRank", label: t("protocolRank"), hint: t("protocolRankHint") },
        ]}
      />
    </div>
  );
}
