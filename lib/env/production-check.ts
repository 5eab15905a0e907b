import { db } from "@/lib/db/client";

/** What stops a production start: missing secrets, or the demo's well-known accounts. */
export async function assertProductionReady(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const problems: string[] = [];
  if (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32) {
    problems.push("NEXTAUTH_SECRET must be set to a random value of at least 32 characters.");
  }
  const demoAccounts = await db.user.findMany({ where: { isDemo: true }, select: { email: true } });
  if (demoAccounts.length) {
    problems.push(
      `the database holds demo accounts with a published password (${demoAccounts.map((u) => u.email).join(", ")}). ` +
        "Delete them, or run the demo with npm run demo.",
    );
  }
  return problems;
}

/** Stops the process with the reasons when a production start is unsafe. */
export async function refuseUnsafeProductionStart(): Promise<void> {
  const problems = await assertProductionReady();
  if (!problems.length) return;
  for (const problem of problems) console.error(`Concord refuses to start: ${problem}`);
  process.exit(1);
}
