import { expect, signInAs, test } from "./fixtures";
import { AuditLogPage } from "./pages";

// The audit trail as an organizer reads it: from a session's edit page to its history.
test.describe.serial("the audit log", () => {
  const title = `Cross-border Data Trust ${Date.now().toString(36)}`;
  // The forum's calendar day now (Asia/Shanghai), as the date filter reads it.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const tomorrow = new Date(new Date(`${today}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

  test("an organizer edits a session, opens its history and sees who changed what from what to what", async ({ page }) => {
    await signInAs(page, "organizer");
    await page.goto("/organizer/sessions/new");
    await page.getByLabel("Title (English)").fill(title);
    // No room, late on the last day: nothing for the other specs' publishing to trip over.
    await page.getByLabel("Starts").fill("2025-07-11T16:00");
    await page.getByLabel("Ends").fill("2025-07-11T16:30");
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page).toHaveURL(/\/organizer\/sessions$/);

    await page.getByRole("link", { name: title }).click();
    await page.getByLabel("Title (English)").fill(`${title} revised`);
    await page.getByLabel("Ends").fill("2025-07-11T16:45");
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(/\/organizer\/audit\?entity=ProgramSession%3A/);
    const log = new AuditLogPage(page);
    await expect(log.heading()).toHaveText(`History of session “${title} revised”`);
    const edited = log.row("Session edited");
    await expect(edited).toHaveCount(1);
    await expect(edited).toContainText("Demo Organizer");
    await expect(edited.getByRole("listitem").filter({ hasText: "Title (English):" })).toHaveText(`Title (English): ${title} → ${title} revised`);
    // Times read in the forum's zone (stored as 08:30 UTC), not as stored.
    await expect(edited.getByRole("listitem").filter({ hasText: "Ends:" })).toHaveText("Ends: 11 Jul 2025, 16:30 → 11 Jul 2025, 16:45");
    await expect(log.row("Session added")).toHaveCount(1);
    await expect(edited.getByRole("link", { name: `${title} revised` })).toHaveAttribute("href", /\/organizer\/sessions\//);
  });

  test("filters the session's history by person and by date", async ({ page }) => {
    await signInAs(page, "organizer");
    await page.goto("/organizer/sessions");
    await page.getByRole("link", { name: `${title} revised` }).click();
    await page.getByRole("link", { name: "History" }).click();
    const log = new AuditLogPage(page);

    await log.person().selectOption({ label: "Demo Administrator" });
    await log.filter().click();
    await expect(log.empty()).toBeVisible();

    await log.person().selectOption({ label: "Demo Organizer" });
    await log.from().fill(today);
    await log.to().fill(today);
    await log.filter().click();
    await expect(page).toHaveURL(/actor=.*from=/);
    await expect(log.row("Session edited")).toHaveCount(1);
    await expect(log.row("Session added")).toHaveCount(1);

    await log.from().fill(tomorrow);
    await log.to().fill(tomorrow);
    await log.filter().click();
    await expect(log.empty()).toBeVisible();
  });

  test("answers filters it cannot read with a clear message, not an error page", async ({ page }) => {
    await signInAs(page, "organizer");
    const response = await page.goto("/organizer/audit?from=2025-02-30&kind=session.exploded");
    expect(response?.status()).toBe(200);
    await expect(new AuditLogPage(page).problem()).toContainText("These filters are not valid");
    await expect(new AuditLogPage(page).empty()).toBeVisible();
  });

  test("is in the console's navigation for organizers, and closed to chairs", async ({ page }) => {
    await signInAs(page, "organizer");
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit log" }).click();
    await expect(new AuditLogPage(page).heading()).toHaveText("Audit log");

    await page.context().clearCookies();
    await signInAs(page, "chair");
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
    const response = await page.goto("/organizer/audit");
    expect(response?.status()).toBe(403);
  });
});
