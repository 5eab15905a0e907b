import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/delegates/action-button";
import { CancelRegistration } from "@/components/delegates/cancel-registration";
import { EditDetailsForm } from "@/components/delegates/edit-details-form";
import { SampleBadge } from "@/components/public/sample-badge";
import { getMyRegistration } from "@/lib/delegates/queries";
import { ParticipantCategory, Locale } from "@/lib/generated/prisma/enums";
import { countryName, countryOptions, SCO_MEMBERS, SCO_OBSERVERS, SCO_PARTNERS } from "@/lib/geo/countries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE, LOCALE_NAMES } from "@/lib/i18n/locales";
import { pendingClaim, registrationDelegations } from "@/lib/registration/queries";
import { formatDateTime } from "@/lib/time/format";
import { cancelMyRegistrationAction, resendConfirmationAction, updateMyDetailsAction } from "./actions";
import { delegateContext } from "./_lib/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("title") };
}

const STATUS_STYLE = {
  PENDING: "border-amber-300 bg-amber-50 text-amber-900",
  APPROVED: "border-emerald-300 bg-emerald-50 text-emerald-900",
  REJECTED: "border-red-300 bg-red-50 text-red-900",
  CANCELLED: "border-slate-300 bg-slate-50 text-slate-800",
} as const;

const SCO_COUNT = SCO_MEMBERS.length + SCO_OBSERVERS.length + SCO_PARTNERS.length;

export default async function MyRegistrationPage() {
  const { user, ref } = await delegateContext();
  const t = await getTranslations("me");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const registration = ref ? await getMyRegistration(ref) : null;
  const claim = ref && !registration ? await pendingClaim(ref.forumId, user.id) : null;
  const delegations = ref && registration && registration.status !== "CANCELLED" ? await registrationDelegations(ref.forumId) : [];
  const intl = INTL_LOCALE[locale];

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("greeting", { name: registration?.fullName ?? user.name })}</p>
      {!registration && claim ? (
        <section aria-labelledby="confirm-heading" className="mt-8 rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950">
          <h2 id="confirm-heading" className="font-semibold">
            {t("confirmation.heading")}
          </h2>
          <p className="mt-1 text-sm">{t("confirmation.claim", { email: claim.email })}</p>
          <div className="mt-3">
            <ActionButton action={resendConfirmationAction} label={t("confirmation.resend")} busyLabel={t("confirmation.resending")} doneMessage={t("confirmation.sent", { email: claim.email })} />
          </div>
        </section>
      ) : !registration ? (
        <p className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6 text-slate-700">{t("none")}</p>
      ) : (
        <>
          <section aria-labelledby="status-heading" className={`mt-8 rounded-xl border p-6 ${STATUS_STYLE[registration.status]}`}>
            <h2 id="status-heading" className="text-sm font-semibold tracking-wide uppercase">
              {t("status")}
            </h2>
            <p className="mt-1 text-2xl font-bold">{tc(`statuses.${registration.status}`)}</p>
            <p className="mt-2">{t(`statusHelp.${registration.status}`)}</p>
            {registration.status === "REJECTED" && registration.rejectionReason ? (
              <p className="mt-2 font-medium">{t("reason", { reason: registration.rejectionReason })}</p>
            ) : null}
            {registration.status === "CANCELLED" && registration.cancelledAt ? (
              <p className="mt-2 font-medium">{t("cancelledOn", { date: formatDateTime(registration.cancelledAt, registration.forum.timeZone, intl, "long", false) })}</p>
            ) : null}
            {registration.status === "APPROVED" ? (
              <p className="mt-3">
                <Link href="/me/badge" className="font-semibold underline underline-offset-2 hover:no-underline">
                  {t("badgeLink")}
                </Link>
              </p>
            ) : null}
            <p className="mt-3 text-sm opacity-80">
              {localized(registration.forum, "name", locale)} ·{" "}
              {t("registeredOn", { date: formatDateTime(registration.createdAt, registration.forum.timeZone, intl, "long", false) })}
            </p>
          </section>

          {registration.emailConfirmedAt ? (
            <p className="mt-4 text-sm text-slate-700">{t("confirmation.confirmed", { email: registration.email })}</p>
          ) : (
            <section aria-labelledby="confirm-heading" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950">
              <h2 id="confirm-heading" className="font-semibold">
                {t("confirmation.heading")}
              </h2>
              <p className="mt-1 text-sm">{t("confirmation.pending", { email: registration.email })}</p>
              {registration.status !== "CANCELLED" ? (
                <div className="mt-3">
                  <ActionButton
                    action={resendConfirmationAction}
                    label={t("confirmation.resend")}
                    busyLabel={t("confirmation.resending")}
                    doneMessage={t("confirmation.sent", { email: registration.email })}
                  />
                </div>
              ) : null}
            </section>
          )}

          <section aria-labelledby="details-heading" className="mt-8">
            <div className="flex items-center gap-3">
              <h2 id="details-heading" className="text-xl font-semibold text-slate-900">
                {t("details")}
              </h2>
              {registration.isSample ? <SampleBadge /> : null}
            </div>
            <dl className="mt-4 grid grid-cols-1 gap-x-8 gap-y-4 sm:grid-cols-2">
              {[
                [t("fullName"), registration.fullName],
                [t("latinName"), registration.latinName ?? "—"],
                [t("email"), registration.email],
                [t("category"), tc(`categories.${registration.category}`)],
                [t("organization"), registration.organization ? localized(registration.organization, "name", locale) : registration.organizationName || "—"],
                [t("jobTitle"), registration.jobTitle || "—"],
                [t("country"), countryName(registration.countryCode, intl)],
                [t("delegation"), registration.delegation?.name ?? t("noDelegation")],
                [t("language"), LOCALE_NAMES[registration.preferredLocale.toLowerCase() as keyof typeof LOCALE_NAMES]],
                [t("emailConfirmed"), registration.emailConfirmedAt ? formatDateTime(registration.emailConfirmedAt, registration.forum.timeZone, intl, "medium", false) : t("notConfirmed")],
                [t("checkedIn"), registration.checkedInAt ? formatDateTime(registration.checkedInAt, registration.forum.timeZone, intl) : t("notCheckedIn")],
                [t("publicList"), registration.consentPublicList ? t("yes") : t("no")],
              ].map(([label, value]) => (
                <div key={label} className="border-b border-slate-200 pb-2">
                  <dt className="text-sm text-slate-500">{label}</dt>
                  <dd className="font-medium break-words text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            {registration.status !== "CANCELLED" ? (
              <EditDetailsForm
                defaults={{
                  fullName: registration.fullName,
                  latinName: registration.latinName ?? "",
                  category: registration.category,
                  organizationName: registration.organizationName,
                  jobTitle: registration.jobTitle,
                  countryCode: registration.countryCode,
                  delegationId: registration.delegationId ?? "",
                  preferredLocale: registration.preferredLocale,
                  consentPublicList: registration.consentPublicList,
                }}
                categories={Object.values(ParticipantCategory).map((c) => ({ value: c, label: tc(`categories.${c}`) }))}
                countries={countryOptions(intl)}
                scoCount={SCO_COUNT}
                languages={Object.values(Locale).map((l) => ({ value: l, label: LOCALE_NAMES[l.toLowerCase() as keyof typeof LOCALE_NAMES] }))}
                delegations={delegations}
                save={updateMyDetailsAction}
                approved={registration.status === "APPROVED"}
              />
            ) : null}
          </section>

          {registration.status !== "CANCELLED" ? (
            <section aria-labelledby="cancel-heading" className="mt-12 border-t border-slate-200 pt-6">
              <h2 id="cancel-heading" className="text-xl font-semibold text-slate-900">
                {t("cancel.heading")}
              </h2>
              <p className="mt-1 text-slate-600">{t("cancel.intro")}</p>
              <CancelRegistration cancel={cancelMyRegistrationAction} />
            </section>
          ) : null}
        </>
      )}
    </main>
  );
}
