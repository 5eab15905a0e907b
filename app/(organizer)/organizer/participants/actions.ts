"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import type { FormMessage } from "@/components/participants/action-form";
import { getWorkingForum } from "@/lib/forum/queries";
import { decideParticipants } from "@/lib/participants/decisions";
import { decideParticipantsSchema } from "@/lib/participants/schemas";
import { requestOrigin } from "./_lib/origin";

// Organizers' decisions on registrations. A public endpoint like every action: the caller is
// checked, the body parsed with the form's schema, and the domain decides what may change.

export async function decideParticipantsAction(_previous: FormMessage, formData: FormData): Promise<FormMessage> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("participants.decide");
  const parsed = decideParticipantsSchema.safeParse({
    ids: formData.getAll("ids"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? "",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue || issue.path[0] === "ids") return { ok: false, message: t("nothingSelected") };
    return { ok: false, message: issue.message };
  }
  const forum = await getWorkingForum();
  if (!forum) return { ok: false, message: t("noForum") };
  const outcome = await decideParticipants(user, forum.id, parsed.data, { origin: await requestOrigin() });
  revalidatePath("/organizer", "layout");
  const skipped = (reason: string) => outcome.skipped.filter((s) => s.reason === reason).length;
  const parts = [
    ...(outcome.changed.length || outcome.skipped.length === 0 ? [t(parsed.data.decision === "approve" ? "approved" : "rejected", { count: outcome.changed.length })] : []),
    ...(skipped("ALREADY") ? [t("skippedAlready", { count: skipped("ALREADY") })] : []),
    ...(skipped("CANCELLED") ? [t("skippedCancelled", { count: skipped("CANCELLED") })] : []),
    ...(skipped("NOT_FOUND") ? [t("skippedNotFound", { count: skipped("NOT_FOUND") })] : []),
    ...(skipped("UNCONFIRMED") ? [t("skippedUnconfirmed", { count: skipped("UNCONFIRMED") })] : []),
  ];
  return { ok: outcome.changed.length > 0, message: parts.join(" ") };
}
