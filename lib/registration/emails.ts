import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { OutgoingEmail } from "@/lib/outbox/outbox";

/** A participant's preferred language as a catalog locale (missing messages fall back to English). */
export function appLocaleOf(locale: Locale): AppLocale {
  return locale.toLowerCase() as AppLocale;
}

export function confirmationLink(origin: string, token: string): string {
  return `${origin}/register/confirm?token=${encodeURIComponent(token)}`;
}

/** The "confirm your e-mail address" message, in the participant's language. */
export function confirmationEmail(input: { to: string; name: string; forumName: string; link: string; locale: Locale }): OutgoingEmail {
  const locale = appLocaleOf(input.locale);
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "register.email" });
  return {
    to: input.to,
    template: "registration-confirm",
    subject: t("confirmSubject", { forum: input.forumName }),
    text: t("confirmText", { name: input.name, forum: input.forumName, link: input.link }),
  };
}
