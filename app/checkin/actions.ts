"use server";
import { redirect } from "next/navigation";
import { requireRole } from "@/app/_lib/guard";
import { CHECKIN_ROLES } from "@/lib/auth/roles";
import { checkInByBadge } from "@/lib/checkin/check-in";
import { checkInSchema } from "@/lib/checkin/schemas";
import { getCurrentForum } from "@/lib/forum/queries";

export async function checkInAction(formData: FormData): Promise<void> {
  const user = await requireRole(...CHECKIN_ROLES);
  const parsed = checkInSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) redirect("/checkin");
  const forum = await getCurrentForum();
  if (!forum) redirect("/checkin");
  const outcome = await checkInByBadge(forum.id, parsed.data.code, user.id);
  const params = new URLSearchParams({ code: parsed.data.code, ...(outcome.found && outcome.checkedInNow ? { done: "1" } : {}) });
  redirect(`/checkin?${params.toString()}`);
}
