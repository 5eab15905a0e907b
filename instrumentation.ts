// Runs once when the server starts: it starts e-mail delivery when SMTP is configured, and a production start refuses to run with demo accounts present
// or without a session secret. `npm run demo` sets CONCORD_DEMO=1 and is allowed both.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // With SMTP_URL set, the outbox is sent every half minute (and right after each new message).
  if (process.env.SMTP_URL) {
    const { startOutboxDelivery } = await import("@/lib/outbox/deliver");
    startOutboxDelivery();
  }
  if (process.env.NODE_ENV !== "production") return;
  if (process.env.CONCORD_DEMO === "1") return;
  const { refuseUnsafeProductionStart } = await import("@/lib/env/production-check");
  await refuseUnsafeProductionStart();
}
