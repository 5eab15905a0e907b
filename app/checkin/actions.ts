"use server";
import { redirect } from "next/navigation";
import { requireRole } from "@/app/_lib/guard";
import { CHECKIN_ROLES } from "@/lib/auth/roles";
import { checkInByBadge } from "@/lib/checkin/check-in";
import { checkInSchema } from "@/lib/checkin/schemas";
import { getWorkingForum } from "@/lib/forum/queries";

export async function checkInAction(formData: FormData): Promise<void> {
  const user = await requireRole(...CHECKIN_ROLES);
  const code = formData.get("code");
  const parsed = checkInSchema.safeParse({ code });
  // The page shows what is wrong with the code it is given back.
  if (!parsed.success) redirect(`/checkin?${new URLSearchParams({ code: typeof code === "string" ? code.slice(0, 64) : "" }).toString()}`);
  const forum = await getWorkingForum();
  if (!forum) redirect("/checkin");
  const outcome = await checkInByBadge(forum.id, parsed.data.code, user.id);
  const params = new URLSearchParams({ code: parsed.data.code, ...(outcome.found && outcome.checkedInNow ? { done: "1" } : {}) });
  redirect(`/checkin?${params.toString()}`);
}
