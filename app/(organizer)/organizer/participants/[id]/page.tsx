import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireRole } from "@/app/_lib/guard";
import { HistoryLink } from "@/components/organizer/history-link";
import { historyHref } from "@/lib/audit/schemas";
import { ActionForm } from "@/components/participants/action-form";
import { DecisionForm } from "@/components/participants/decision-form";
import { StatusBadge } from "@/components/participants/status-badge";
import { SampleBadge } from "@/components/public/sample-badge";
import { getWorkingForum } from "@/lib/forum/queries";
import { countryName } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { type HistoryFact, historyFacts } from "@/lib/participants/history";
import { getParticipantForOrganizer, getParticipantHistory, HISTORY_LIMIT } from "@/lib/participants/queries";
import { participantIdSchema } from "@/lib/participants/schemas";
import { formatDateTime, formatTimeRange } from "@/lib/time/format";
import { clearDelegationHeadAction, setDelegationHeadAction } from "../../delegations/actions";
import { decideParticipantsAction } from "../actions";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const parsed = participantIdSchema.safeParse(id);
  const forum = await getWorkingForum();
  if (!parsed.success || !forum) return null;
  const participant = await getParticipantForOrganizer(forum.id, parsed.data);
  return participant ? { forum, participant } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireRole("ADMIN", "ORGANIZER");
  const found = await load((await params).id);
  return { title: found?.participant.fullName ?? (await getTranslations("participants"))("list.title") };
}

/** Known audit actions, so the page can word them; others show their code. */
const KNOWN_ACTIONS = [
  "registered", "email-confirmed", "confirmation-resent", "approved", "rejected", "cancelled", "updated", "imported", "import-updated",
  "head-assigned", "head-removed", "checked-in", "seat-taken", "seat-waitlisted", "seat-promoted", "seat-cancelled", "waitlist-left", "calendar-token-renewed",
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];
const FIELDS = ["fullName", "latinName", "category", "organizationName", "jobTitle", "countryCode", "delegationId", "preferredLocale", "consentPublicList", "email"] as const;

export default async function ParticipantPage({ params }: Params) {
  await requireRole("ADMIN", "ORGANIZER");
  const found = await load((await params).id);
  if (!found) notFound();
  const { forum, participant: p } = found;
  const t = await getTranslations("participants");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const history = await getParticipantHistory(p.id);
  const when = (d: Date | null) => (d ? formatDateTime(d, forum.timeZone, intl, "medium") : t("detail.none"));

  const factText = (f: HistoryFact): string => {
    switch (f.kind) {
      case "reason":
        return t("history.reason", { reason: f.reason });
      case "session":
        return t("history.session", { session: f.session });
      case "position":
        return t("history.position", { position: f.position });
      case "delegation":
        return t("history.delegation", { delegation: f.delegation });
      case "removedAsHeadOf":
        return t("history.removedAsHeadOf", { delegation: f.delegation });
      case "change": {
        const field = (FIELDS as readonly string[]).includes(f.field) ? t(`fields.${f.field as (typeof FIELDS)[number]}`) : f.field;
        return t("history.change", { field, from: f.from || t("history.empty"), to: f.to || t("history.empty") });
      }
      case "line":
        return t("history.line", { line: f.line });
      case "seatsReleased":
        return t("history.seatsReleased", { count: f.count });
      case "registration":
        return t("history.registration");
    }
  };
  const actionText = (action: string): string => {
    const short = action.startsWith("participant.") ? action.slice("participant.".length) : "";
    return (KNOWN_ACTIONS as readonly string[]).includes(short) ? t(`history.participant.${short as KnownAction}`) : action;
  };

  const canApprove = p.status === "PENDING" || p.status === "REJECTED";
  const canReject = p.status === "PENDING" || p.status === "APPROVED";
  const isHead = p.delegation !== null && p.delegation.headId === p.id;
  const canHead = p.status === "PENDING" || p.status === "APPROVED";

  const rows: [string, ReactNode][] = [
    [t("detail.email"), p.email],
    [t("detail.category"), tc(`categories.${p.category}`)],
    [t("detail.organization"), p.organization?.nameEn ?? (p.organizationName || t("detail.none"))],
    [t("detail.jobTitle"), p.jobTitle || t("detail.none")],
    [t("detail.country"), countryName(p.countryCode, intl)],
    [
      t("detail.delegation"),
      p.delegation ? (
        <Link href={`/organizer/participants?delegation=${p.delegation.id}`} className="text-brand-700 underline">
          {p.delegation.name}
        </Link>
      ) : (
        t("detail.none")
      ),
    ],
    [t("detail.headOf"), p.headOf ? t("detail.headYes", { delegation: p.headOf.name }) : t("detail.no")],
    [t("detail.language"), t(`languages.${p.preferredLocale}`)],
    [t("detail.registered"), when(p.createdAt)],
    [t("detail.emailConfirmed"), p.emailConfirmedAt ? when(p.emailConfirmedAt) : t("detail.notConfirmed")],
    [t("detail.decided"), when(p.decidedAt)],
    ...(p.rejectionReason ? [[t("detail.rejectionReason"), p.rejectionReason] as [string, ReactNode]] : []),
    ...(p.cancelledAt ? [[t("detail.cancelled"), when(p.cancelledAt)] as [string, ReactNode]] : []),
    [t("detail.checkedIn"), p.checkedInAt ? when(p.checkedInAt) : t("detail.notCheckedIn")],
    [t("detail.badgeCode"), <code key="badge" className="font-mono tracking-wider">{p.badgeCode}</code>],
    [t("detail.consentData"), when(p.consentDataAt)],
    [t("detail.consentPublic"), p.consentPublicList ? t("detail.yes") : t("detail.no")],
    [t("detail.account"), p.userId ? t("detail.hasAccount") : t("detail.noAccount")],
  ];

  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/organizer/participants" className="text-sm text-brand-700 underline">
        {t("detail.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{p.fullName}</h1>
        {p.latinName && p.latinName !== p.fullName ? <span className="text-lg text-slate-600">{p.latinName}</span> : null}
        <StatusBadge status={p.status} label={tc(`statuses.${p.status}`)} className="text-sm" />
        {p.isSample ? <SampleBadge /> : null}
        <HistoryLink href={historyHref("Participant", p.id)} label={(await getTranslations("audit"))("historyLink")} />
      </div>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t("detail.details")}
          </h2>
          <dl className="grid grid-cols-[minmax(9rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <div className="space-y-6">
          <section aria-labelledby="decision-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="decision-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t("detail.decision")}
            </h2>
            {canApprove || canReject ? (
              <DecisionForm action={decideParticipantsAction} formId="participant-decision" participantId={p.id} canApprove={canApprove} canReject={canReject} />
            ) : (
              <p className="text-sm text-slate-600">{t("detail.noDecision")}</p>
            )}
          </section>

          <section aria-labelledby="head-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="head-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t("detail.delegationActions")}
            </h2>
            {!p.delegation ? (
              <p className="text-sm text-slate-600">{t("detail.noDelegationForHead")}</p>
            ) : isHead ? (
              <ActionForm action={clearDelegationHeadAction} fields={{ delegationId: p.delegation.id }}>
                <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50">
                  {t("detail.removeHead", { delegation: p.delegation.name })}
                </button>
              </ActionForm>
            ) : canHead ? (
              <ActionForm action={setDelegationHeadAction} fields={{ delegationId: p.delegation.id, participantId: p.id }}>
                <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
                  {t("detail.makeHead", { delegation: p.delegation.name })}
                </button>
              </ActionForm>
            ) : (
              <p className="text-sm text-slate-600">{t("detail.cannotHead")}</p>
            )}
          </section>
        </div>
      </div>

      <section aria-labelledby="seats-heading" className="space-y-2">
        <h2 id="seats-heading" className="text-lg font-semibold text-slate-900">
          {t("detail.seats")}
        </h2>
        {p.seats.length === 0 ? (
          <p className="text-sm text-slate-600">{t("detail.noSeats")}</p>
        ) : (
          <table className="w-full max-w-3xl rounded-lg border border-slate-200 bg-white text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">{t("detail.session")}</th>
                <th scope="col" className="px-3 py-2">{t("detail.when")}</th>
                <th scope="col" className="px-3 py-2">{t("detail.seatStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {p.seats.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="px-3 py-1.5">
                    <Link href={`/organizer/sessions/${s.session.id}`} className="text-brand-700 underline">
                      {s.session.titleEn}
                    </Link>
                  </td>
                  <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                    {formatDateTime(s.session.startsAt, forum.timeZone, intl, "medium", false)}, {formatTimeRange(s.session.startsAt, s.session.endsAt, forum.timeZone, intl)}
                  </td>
                  <td className="px-3 py-1.5">
                    {s.status === "WAITLISTED" ? t("detail.seatWAITLISTED", { position: s.waitlistPosition ?? 0 }) : s.status === "CONFIRMED" ? t("detail.seatCONFIRMED") : t("detail.seatCANCELLED")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold text-slate-900">
          {t("detail.history")}
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-600">{t("detail.noHistory")}</p>
        ) : (
          <ol className="max-w-3xl divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {history.map((h) => {
              const actor = h.actorId && h.actorId === p.userId ? t("detail.byParticipant") : (h.actor?.name ?? t("detail.bySystem"));
              const facts = historyFacts(h.data).map(factText);
              return (
                <li key={h.id} className="px-3 py-2">
                  <div className="flex flex-wrap items-baseline gap-x-3">
                    <time dateTime={h.createdAt.toISOString()} className="text-slate-500 tabular-nums">
                      {formatDateTime(h.createdAt, forum.timeZone, intl, "medium")}
                    </time>
                    <span className="font-medium text-slate-900">{actionText(h.action)}</span>
                    <span className="text-slate-600">{t("detail.by", { actor })}</span>
                  </div>
                  {facts.length ? <p className="mt-0.5 text-slate-700">{facts.join(" · ")}</p> : null}
                </li>
              );
            })}
          </ol>
        )}
        {history.length >= HISTORY_LIMIT ? <p className="text-xs text-slate-500">{t("detail.historyLimit", { count: HISTORY_LIMIT })}</p> : null}
      </section>
    </div>
  );
}
