import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { resolveCurrentUser } from "./current-user";
import { changeRole, endSessions, setDisabled } from "./users";

describe("user changes end old sessions", () => {
  it("refuses a token from before a role change", async () => {
    const user = await createUser(testDb(), { role: "ORGANIZER" });
    const token = { uid: user.id, av: user.authVersion };
    await changeRole(user.id, "DELEGATE");
    expect(await resolveCurrentUser(token)).toBeNull();
  });

  it("refuses every token of a disabled account, and a re-enabled one needs a new sign-in", async () => {
    const user = await createUser(testDb(), { role: "STAFF" });
    const token = { uid: user.id, av: user.authVersion };
    await setDisabled(user.id, true);
    await setDisabled(user.id, false);
    expect(await resolveCurrentUser(token)).toBeNull();
  });

  it("ends all sessions on sign-out", async () => {
    const user = await createUser(testDb());
    const token = { uid: user.id, av: user.authVersion };
    await endSessions(user.id);
    expect(await resolveCurrentUser(token)).toBeNull();
    expect(await resolveCurrentUser({ uid: user.id, av: user.authVersion + 1 })).not.toBeNull();
  });
});
