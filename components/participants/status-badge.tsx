import type { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/ui/cn";

const STYLE: Record<ParticipantStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-700",
};

/** A registration's status as a small coloured label (the text says it; the colour only helps). */
export function StatusBadge({ status, label, className }: { status: ParticipantStatus; label: string; className?: string }) {
  return <span className={cn("rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap", STYLE[status], className)}>{label}</span>;
}
