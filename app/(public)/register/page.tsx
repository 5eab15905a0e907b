import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/app/_lib/guard";
import { RegistrationForm, type RegistrationFormValues } from "@/components/registration/registration-form";
import { getCurrentForum } from "@/lib/forum/queries";
import { countryOptions, SCO_MEMBERS, SCO_OBSERVERS, SCO_PARTNERS } from "@/lib/geo/countries";
import { ParticipantCategory } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { invitationPrefill, registrationDelegations } from "@/lib/registration/queries";
import { registerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  const forum = await getCurrentForum();
  const locale = await getLocale();
  return { title: t("title"), description: forum ? t("metaDescription", { forum: localized(forum, "name", locale) }) : undefined };
}

const SCO_COUNT = SCO_MEMBERS.length + SCO_OBSERVERS.length + SCO_PARTNERS.length;

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { invite } = await searchParams;
  const t = await getTranslations("register");
  const tc = await getTranslations("common");
  const forum = await getCurrentForum();
  const locale = await getLocale();
  if (!forum) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-4 text-slate-700">{t("noForum")}</p>
      </main>
    );
  }
  const forumName = localized(forum, "name", locale);
  const user = await getCurrentUser();
  const token = typeof invite === "string" && invite ? invite : null;
  const [delegations, prefill] = await Promise.all([registrationDelegations(forum.id), token ? invitationPrefill(token, forum.id) : null]);
  const countries = countryOptions(INTL_LOCALE[locale]);
  const defaults: RegistrationFormValues = {
    fullName: "",
    latinName: "",
    email: prefill?.email ?? "",
    password: "",
    category: "",
    organizationName: "",
    jobTitle: "",
    countryCode: prefill?.countryCode ?? "",
    delegationId: prefill?.delegationId ?? "",
    preferredLocale: locale.toUpperCase(),
    consentData: false,
    consentPublicList: false,
    inviteToken: prefill && token ? token : "",
  };

  return (
    <main id="main">
      <section className="bg-gradient-to-br from-brand-900 via-brand-800 to-brand-600 text-white">
        <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
          <p className="text-sm font-semibold tracking-[0.2em] text-gold-300 uppercase">{forumName}</p>
          <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 text-brand-100">{t("intro", { forum: forumName })}</p>
        </div>
      </section>
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
        {user ? (
          <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
            <p className="font-medium text-slate-900">{t("alreadySignedIn", { email: user.email })}</p>
            <p className="mt-1 text-slate-600">{t("alreadySignedInHint")}</p>
            <Link href="/me" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("myRegistration")}
            </Link>
          </div>
        ) : (
          <>
            {prefill ? (
              <p role="status" className="mb-6 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
                {t("invited", { delegation: prefill.delegationName })}
              </p>
            ) : token ? (
              <p role="status" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
                {t("invitationUnusable")}
              </p>
            ) : null}
            <p className="mb-6 text-sm text-slate-600">
              {t("haveAccount")}{" "}
              <Link href="/login?callbackUrl=%2Fme" className="font-medium text-brand-700 underline">
                {t("signIn")}
              </Link>
            </p>
            <RegistrationForm
              defaults={defaults}
              countries={{ sco: countries.slice(0, SCO_COUNT), others: countries.slice(SCO_COUNT) }}
              categories={Object.values(ParticipantCategory).map((c) => ({ value: c, label: tc(`categories.${c}`) }))}
              locales={LOCALES.map((l) => ({ value: l.toUpperCase(), label: LOCALE_NAMES[l] }))}
              delegations={delegations}
              register={registerAction}
              next="/register/check-email"
            />
          </>
        )}
      </div>
    </main>
  );
}
