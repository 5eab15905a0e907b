// Runs once when the server starts: a production start refuses to run with demo accounts present
// or without a session secret. `npm run demo` sets CONCORD_DEMO=1 and is allowed both.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (process.env.CONCORD_DEMO === "1") return;
  const { refuseUnsafeProductionStart } = await import("@/lib/env/production-check");
  await refuseUnsafeProductionStart();
}
