import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { OutgoingEmail } from "@/lib/outbox/outbox";

export const APPROVED_TEMPLATE = "registration-approved";
export const REJECTED_TEMPLATE = "registration-rejected";

type Recipient = { to: string; name: string; forumName: string; locale: Locale; origin: string };

function translator(locale: Locale) {
  const appLocale = locale.toLowerCase() as AppLocale;
  return createTranslator({ locale: appLocale, messages: loadMessages(appLocale), namespace: "participants.email" });
}

/** "Your registration is approved": points to the badge in the delegate's area. */
export function approvedEmail(r: Recipient): OutgoingEmail {
  const t = translator(r.locale);
  return {
    to: r.to,
    template: APPROVED_TEMPLATE,
    subject: t("approvedSubject", { forum: r.forumName }),
    text: t("approvedText", { name: r.name, forum: r.forumName, link: `${r.origin}/me` }),
  };
}

/** "Your registration is declined", with the organizers' reason when they gave one. */
export function rejectedEmail(r: Recipient & { reason: string | null }): OutgoingEmail {
  const t = translator(r.locale);
  return {
    to: r.to,
    template: REJECTED_TEMPLATE,
    subject: t("rejectedSubject", { forum: r.forumName }),
    text: r.reason
      ? t("rejectedTextWithReason", { name: r.name, forum: r.forumName, reason: r.reason, link: `${r.origin}/me` })
      : t("rejectedText", { name: r.name, forum: r.forumName, link: `${r.origin}/me` }),
  };
}
