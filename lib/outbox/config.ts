/** Whether messages are sent at all (SMTP_URL); without it they wait in the outbox for reading. */
export function smtpConfigured(env: Partial<Record<string, string>> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}
