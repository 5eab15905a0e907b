"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DECISION_REASON_MAX } from "@/lib/participants/schemas";
import { ActionForm, type FormMessageAction } from "./action-form";

const button = "rounded-md px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60";

/**
 * Approve or reject, with an optional reason. In the list (`formId` given, no `participantId`) the
 * rows' checkboxes belong to this form through their `form` attribute; on a participant's page it
 * carries that one id.
 */
export function DecisionForm({
  action,
  formId,
  participantId,
  canApprove = true,
  canReject = true,
}: {
  action: FormMessageAction;
  formId: string;
  participantId?: string;
  canApprove?: boolean;
  canReject?: boolean;
}) {
  const t = useTranslations("participants.decide");
  const reasonId = useId();
  const bulk = !participantId;
  return (
    <ActionForm
      id={formId}
      action={action}
      fields={participantId ? { ids: participantId } : {}}
      className={bulk ? "rounded-lg border border-slate-200 bg-white p-3 shadow-sm" : undefined}
    >
      {(pending) => (
        <div className="flex flex-wrap items-end gap-3">
          {bulk ? (
            <label className="flex items-center gap-2 self-center text-sm">
              <input
                type="checkbox"
                className="size-4"
                onChange={(e) => {
                  for (const box of document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="ids"][form="${formId}"]`)) box.checked = e.currentTarget.checked;
                }}
              />
              {t("selectAll")}
            </label>
          ) : null}
          <div className="min-w-60 flex-1 space-y-1">
            <label htmlFor={reasonId} className="block text-sm font-medium text-slate-800">
              {t("reason")}
            </label>
            <input id={reasonId} name="reason" maxLength={DECISION_REASON_MAX} className="block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
          </div>
          {canApprove ? (
            <button type="submit" name="decision" value="approve" disabled={pending} className={`${button} bg-emerald-700 hover:bg-emerald-800`}>
              {pending ? t("working") : bulk ? t("approve") : t("approveOne")}
            </button>
          ) : null}
          {canReject ? (
            <button type="submit" name="decision" value="reject" disabled={pending} className={`${button} bg-red-700 hover:bg-red-800`}>
              {pending ? t("working") : bulk ? t("reject") : t("rejectOne")}
            </button>
          ) : null}
        </div>
      )}
    </ActionForm>
  );
}
