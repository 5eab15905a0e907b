import { getTranslations } from "next-intl/server";

/** Marks invented demo content, with the reason in a tooltip and for screen readers. */
export async function SampleBadge({ className = "" }: { className?: string }) {
  const t = await getTranslations("common");
  return (
    <span
      title={t("sampleDataNote")}
      className={`inline-flex items-center rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ${className}`}
    >
      {t("sampleData")}
      <span className="sr-only">: {t("sampleDataNote")}</span>
    </span>
  );
}
