import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { ActionForm } from "@/components/participants/action-form";
import { CreateDelegationForm } from "@/components/participants/create-delegation-form";
import { type DelegationOverview, HEAD_CHOICES_MAX, listDelegations, listHeadCandidates } from "@/lib/delegations/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { countryName, countryOptions } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { clearDelegationHeadAction, createDelegationAction, setDelegationHeadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("delegations.title") };
}

export default async function DelegationsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("participants.delegations");
  const to = await getTranslations("organizer");
  const ta = await getTranslations("audit");
  const [locale, forum] = await Promise.all([getLocale(), getWorkingForum()]);
  if (!forum) return <p>{to("noForum")}</p>;
  const intl = INTL_LOCALE[locale];
  const { delegations, unassignedByCountry } = await listDelegations(forum.id);
  // Small delegations pick their head from a list; large ones from the participant list.
  const candidates = await listHeadCandidates(forum.id, delegations.filter((d) => d.total <= HEAD_CHOICES_MAX).map((d) => d.id));
  const byCountry = new Map<string, DelegationOverview[]>();
  for (const d of delegations) byCountry.set(d.countryCode, [...(byCountry.get(d.countryCode) ?? []), d]);
  const countries = [...byCountry.keys()].sort((a, b) => countryName(a, intl).localeCompare(countryName(b, intl), intl));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("count", { count: delegations.length })}</p>
      </div>

      <section aria-labelledby="new-delegation" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="new-delegation" className="mb-3 text-lg font-semibold text-slate-900">
          {t("create")}
        </h2>
        <CreateDelegationForm create={createDelegationAction} countries={countryOptions(intl)} />
      </section>

      {countries.length === 0 ? <p className="text-slate-600">{t("none")}</p> : null}
      {countries.map((code) => (
        <section key={code} aria-labelledby={`country-${code}`} className="space-y-2">
          <h2 id={`country-${code}`} className="text-lg font-semibold text-slate-900">
            {countryName(code, intl)}
          </h2>
          {unassignedByCountry[code] ? (
            <p className="text-sm text-slate-600">
              <Link href={`/organizer/participants?country=${code}&delegation=none`} className="text-brand-700 underline">
                {t("unassigned", { count: unassignedByCountry[code] })}
              </Link>
            </p>
          ) : null}
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="w-full text-[13px]">
              <thead className="bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("name")}</th>
                  <th scope="col" className="px-3 py-2">{t("head")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("pending")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("approved")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("rejected")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("cancelled")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("total")}</th>
                </tr>
              </thead>
              <tbody>
                {(byCountry.get(code) ?? []).map((d) => {
                  const choices = candidates.get(d.id) ?? [];
                  return (
                    <tr key={d.id} id={`delegation-${d.id}`} className="border-t border-slate-100 align-top">
                      <td className="px-3 py-2">
                        <Link href={`/organizer/participants?delegation=${d.id}`} aria-label={t("showMembers", { delegation: d.name })} className="font-medium text-slate-900 underline decoration-slate-300">
                          {d.name}
                        </Link>
                        <span className="ml-2">
                          <HistoryLink href={historyHref("Delegation", d.id)} label={ta("historyLink")} name={d.name} />
                        </span>
                      </td>
                      <td className="px-3 py-2">
                        <div className="flex flex-wrap items-start gap-3">
                          {d.head ? (
                            <Link href={`/organizer/participants/${d.head.id}`} className="text-brand-700 underline">
                              {d.head.fullName}
                              {d.head.latinName && d.head.latinName !== d.head.fullName ? ` (${d.head.latinName})` : ""}
                            </Link>
                          ) : (
                            <span className="text-slate-500">{t("noHead")}</span>
                          )}
                          {d.head ? (
                            <ActionForm action={clearDelegationHeadAction} fields={{ delegationId: d.id }} className="space-y-0">
                              <button type="submit" aria-label={`${t("clearHead")}: ${d.name}`} className="text-xs font-medium text-red-700 underline">
                                {t("clearHead")}
                              </button>
                            </ActionForm>
                          ) : null}
                        </div>
                        {d.total > HEAD_CHOICES_MAX ? (
                          <p className="mt-1 text-xs text-slate-500">{t("tooMany")}</p>
                        ) : choices.length ? (
                          <ActionForm action={setDelegationHeadAction} fields={{ delegationId: d.id }} className="mt-1 space-y-1">
                            <div className="flex flex-wrap items-center gap-2">
                              <label htmlFor={`head-${d.id}`} className="sr-only">
                                {t("setHead", { delegation: d.name })}
                              </label>
                              <select id={`head-${d.id}`} name="participantId" defaultValue={d.head?.id ?? ""} className="max-w-64 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs">
                                <option value="">{t("choose")}</option>
                                {choices.map((c) => (
                                  <option key={c.id} value={c.id}>
                                    {c.fullName}
                                    {c.latinName && c.latinName !== c.fullName ? ` (${c.latinName})` : ""}
                                  </option>
                                ))}
                              </select>
                              <button type="submit" className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-50">
                                {t("save")}
                              </button>
                            </div>
                          </ActionForm>
                        ) : null}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{d.members.PENDING.toLocaleString(intl)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{d.members.APPROVED.toLocaleString(intl)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{d.members.REJECTED.toLocaleString(intl)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{d.members.CANCELLED.toLocaleString(intl)}</td>
                      <td className="px-3 py-2 text-right font-semibold tabular-nums">{d.total.toLocaleString(intl)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
