import "server-only";
import type { Db, Tx } from "@/lib/db/client";

export type OutgoingEmail = {
  to: string;
  /** What kind of message it is: registration-confirm, approved, rejected, waitlist-promoted … */
  template: string;
  subject: string;
  text: string;
  html?: string;
};

/**
 * Queues an e-mail in the outbox, inside the caller's transaction: the message exists exactly when
 * the change that caused it does. Delivery (lib/outbox/deliver.ts) happens afterwards.
 */
export async function enqueueEmail(tx: Tx | Db, email: OutgoingEmail): Promise<{ id: string }> {
  return tx.outboxMessage.create({
    data: { toEmail: email.to, template: email.template, subject: email.subject, text: email.text, html: email.html },
    select: { id: true },
  });
}
