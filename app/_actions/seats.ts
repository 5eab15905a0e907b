"use server";
// The seat panel's writes as server actions, for pages that prefer them to the HTTP route
// (app/api/me/sessions/[sessionId]): the same lib/seats code path behind both.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { fieldErrors, formError, type ActionResult } from "@/lib/forms/action-result";
import { getCurrentForum } from "@/lib/forum/queries";
import { applySeatAction, type SeatActionOutcome, type SeatPanelState } from "@/lib/seats/panel";
import { seatActionInputSchema } from "@/lib/seats/schemas";

export type SeatPanelActionValue = { outcome: SeatActionOutcome; state: SeatPanelState };

/** Take or cancel a seat, star or unstar a session, for the signed-in user's own registration. */
export async function seatPanelAction(input: unknown): Promise<ActionResult<SeatPanelActionValue>> {
  const user = await requireRole("DELEGATE");
  const parsed = seatActionInputSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const t = await getTranslations("seats");
  const forum = await getCurrentForum();
  if (!forum) return formError(t("refusals.NO_SUCH_SESSION"));
  const result = await applySeatAction({ forumId: forum.id, userId: user.id }, parsed.data.sessionId, parsed.data.action, { origin: await siteOrigin() });
  if (!result.ok) return formError(t(`refusals.${result.reason}`));
  return { ok: true, value: { outcome: result.outcome, state: result.state } };
}

/** For links in e-mails: the configured public address, else the one the browser used. */
async function siteOrigin(): Promise<string | null> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // Fall back to the request's origin below.
    }
  }
  return (await headers()).get("origin");
}
