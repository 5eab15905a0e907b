import { getTranslations } from "next-intl/server";

export async function SiteFooter({ organizers }: { organizers: string | null }) {
  const t = await getTranslations("common");
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between sm:px-6">
        {organizers ? <p>{t("footer.organizers", { organizers })}</p> : <span />}
        <p>{t("footer.poweredBy")}</p>
      </div>
    </footer>
  );
}
