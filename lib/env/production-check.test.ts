import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { assertProductionReady } from "./production-check";

const SECRET = "x".repeat(40);

describe("assertProductionReady", () => {
  it("lets a production start through with a secret and no demo account", async () => {
    await createUser(testDb(), { email: "real.organizer@example.org", role: "ORGANIZER" });
    expect(await assertProductionReady({ NEXTAUTH_SECRET: SECRET } as NodeJS.ProcessEnv)).toEqual([]);
  });

  it("refuses to start while a demo account exists", async () => {
    await createUser(testDb(), { email: "admin@concord.demo", role: "ADMIN", isDemo: true });
    const problems = await assertProductionReady({ NEXTAUTH_SECRET: SECRET } as NodeJS.ProcessEnv);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("admin@concord.demo");
  });

  it("refuses to start without a long enough session secret", async () => {
    expect(await assertProductionReady({ NEXTAUTH_SECRET: "short" } as NodeJS.ProcessEnv)).toEqual(expect.arrayContaining([expect.stringContaining("NEXTAUTH_SECRET")]));
    expect(await assertProductionReady({} as NodeJS.ProcessEnv)).toEqual(expect.arrayContaining([expect.stringContaining("NEXTAUTH_SECRET")]));
  });
});
