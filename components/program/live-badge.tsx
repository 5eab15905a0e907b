import { getTranslations } from "next-intl/server";
import type { LiveStatus } from "@/lib/program/view";
import { cn } from "@/lib/ui/cn";

/** "Now" (a pulsing dot, green) or "Next" (an arrow, blue): a word and a shape, not colour alone. */
export async function LiveBadge({ status }: { status: LiveStatus }) {
  const t = await getTranslations("program");
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-bold tracking-wide uppercase",
        status === "now" ? "bg-emerald-700 text-white" : "border border-brand-300 bg-brand-50 text-brand-800",
      )}
    >
      {status === "now" ? (
        <span aria-hidden className="relative flex size-2">
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-white/70 motion-reduce:animate-none" />
          <span className="relative inline-flex size-2 rounded-full bg-white" />
        </span>
      ) : (
        <span aria-hidden>→</span>
      )}
      {t(`live.${status}`)}
    </span>
  );
}
