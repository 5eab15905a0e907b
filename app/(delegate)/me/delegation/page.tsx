import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/delegates/action-button";
import { InviteMemberForm } from "@/components/delegates/invite-member-form";
import { getMyDelegation } from "@/lib/delegates/queries";
import { countryName } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { delegateContext } from "../_lib/context";
import { inviteMemberAction, revokeInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delegation"))("title") };
}

const STATUS_STYLE = {
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-800",
} as const;

export default async function MyDelegationPage() {
  const { ref, forum } = await delegateContext();
  const t = await getTranslations("delegation");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const mine = ref ? await getMyDelegation(ref) : null;

  if (!mine || !forum) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6 text-slate-700">{t("notHead")}</p>
      </main>
    );
  }

  const { delegation, members, invitations, headParticipantId } = mine;
  const now = new Date();
  const cell = "px-3 py-2 align-top";
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">{delegation.name}</h1>
      <p className="mt-2 text-slate-600">{t("intro", { delegation: delegation.name, country: countryName(delegation.countryCode, intl) })}</p>

      <section aria-labelledby="members-heading" className="mt-8">
        <h2 id="members-heading" className="text-xl font-semibold text-slate-900">
          {t("members.heading")} <span className="text-base font-normal text-slate-600">· {t("members.count", { count: members.length })}</span>
        </h2>
        {members.length === 0 ? (
          <p className="mt-3 text-slate-600">{t("members.none")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className={cell}>{t("members.name")}</th>
                  <th scope="col" className={cell}>{t("members.organization")}</th>
                  <th scope="col" className={cell}>{t("members.category")}</th>
                  <th scope="col" className={cell}>{t("members.status")}</th>
                  <th scope="col" className={cell}>{t("members.email")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className={`${cell} font-medium text-slate-900`}>
                      {m.fullName} {m.id === headParticipantId ? <span className="font-normal text-slate-500">{t("members.you")}</span> : null}
                      {m.latinName && m.latinName !== m.fullName ? <span className="block font-normal text-slate-600">{m.latinName}</span> : null}
                    </th>
                    <td className={cell}>
                      {m.organizationName || "—"}
                      {m.jobTitle ? <span className="block text-slate-600">{m.jobTitle}</span> : null}
                    </td>
                    <td className={cell}>{tc(`categories.${m.category}`)}</td>
                    <td className={cell}>
                      <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[m.status]}`}>{tc(`statuses.${m.status}`)}</span>
                    </td>
                    <td className={cell}>{m.emailConfirmedAt ? t("members.confirmed") : <span className="text-amber-800">{t("members.notConfirmed")}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="invite-heading" className="mt-10">
        <h2 id="invite-heading" className="text-xl font-semibold text-slate-900">
          {t("invite.heading")}
        </h2>
        <p className="mt-1 max-w-prose text-slate-600">{t("invite.intro")}</p>
        <InviteMemberForm invite={inviteMemberAction} />
      </section>

      <section aria-labelledby="invitations-heading" className="mt-10">
        <h2 id="invitations-heading" className="text-xl font-semibold text-slate-900">
          {t("invitations.heading")}
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-3 text-slate-600">{t("invitations.none")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className={cell}>{t("invitations.email")}</th>
                  <th scope="col" className={cell}>{t("invitations.expires")}</th>
                  <th scope="col" className={cell}>{t("invitations.state")}</th>
                  <th scope="col" className={cell}>{t("invitations.actions")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {invitations.map((inv) => {
                  const expired = inv.expiresAt <= now;
                  return (
                    <tr key={inv.id}>
                      <th scope="row" className={`${cell} font-medium break-all text-slate-900`}>{inv.email}</th>
                      <td className={`${cell} whitespace-nowrap`}>{formatDateTime(inv.expiresAt, forum.timeZone, intl, "medium")}</td>
                      <td className={cell}>{expired ? <span className="text-red-800">{t("invitations.expired")}</span> : t("invitations.open")}</td>
                      <td className={`${cell} space-y-2`}>
                        <ActionButton
                          action={inviteMemberAction}
                          input={{ email: inv.email }}
                          label={t("invitations.resend")}
                          busyLabel={t("invitations.resending")}
                          doneMessage={t("invitations.resent", { email: inv.email })}
                          ariaLabel={t("invitations.resendLabel", { email: inv.email })}
                        />
                        <ActionButton
                          action={revokeInvitationAction}
                          input={{ invitationId: inv.id }}
                          label={t("invitations.revoke")}
                          busyLabel={t("invitations.revoking")}
                          doneMessage={t("invitations.revoked")}
                          ariaLabel={t("invitations.revokeLabel", { email: inv.email })}
                          tone="danger"
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
