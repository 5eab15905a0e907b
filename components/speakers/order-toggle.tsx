import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SPEAKER_ORDERS, type SpeakerOrder } from "@/lib/program/view";
import { cn } from "@/lib/ui/cn";

/** Protocol order or A–Z: links, so it works without JavaScript and the choice can be shared. */
export async function OrderToggle({ order }: { order: SpeakerOrder }) {
  const t = await getTranslations("speakers");
  return (
    <nav aria-label={t("order.label")} className="no-print flex items-center gap-2 text-sm">
      <span aria-hidden className="font-medium text-slate-600">
        {t("order.label")}:
      </span>
      <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm">
        {SPEAKER_ORDERS.map((o) => (
          <li key={o}>
            <Link
              href={o === "protocol" ? "/speakers" : `/speakers?order=${o}`}
              aria-current={o === order ? "page" : undefined}
              className={cn("inline-block rounded px-3 py-1.5 font-medium", o === order ? "bg-brand-800 text-white" : "text-slate-700 hover:bg-slate-100")}
            >
              {t(`order.${o}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
