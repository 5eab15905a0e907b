import fs from "node:fs";
import { expect, signInAs, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** The participant list's controls, found as a person finds them (no assertions here). */
class ParticipantList {
  constructor(private readonly page: Page) {}
  goto = () => this.page.goto("/organizer/participants");
  search = () => this.page.getByLabel("Search by name, e-mail or organization");
  searchButton = () => this.page.getByRole("button", { name: "Search" });
  statusTab = (status: string) => this.page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: new RegExp(`^${status} \\(`) });
  table = () => this.page.getByRole("region", { name: "Participants" });
  rowCheckboxes = () => this.table().getByRole("checkbox");
  reason = () => this.page.getByLabel("Reason (optional, shown to those rejected)");
  rejectSelected = () => this.page.getByRole("button", { name: "Reject selected" });
  exportLink = () => this.page.getByRole("link", { name: "Export CSV" });
  async searchFor(text: string) {
    await this.search().fill(text);
    await this.searchButton().click();
  }
}

test.describe("participants for organizers", () => {
  test("finds a delegate by a Cyrillic or Chinese name fragment", async ({ page }) => {
    await signInAs(page, "organizer");
    const list = new ParticipantList(page);
    await list.goto();
    await expect(page.getByRole("heading", { level: 1, name: "Participants" })).toBeVisible();
    await list.searchFor("сапар");
    await expect(list.table().getByRole("link", { name: "Айгерим Сапарова" })).toBeVisible();
    await expect(page).toHaveURL(/q=%D1%81%D0%B0%D0%BF%D0%B0%D1%80/);
    await list.searchFor("王");
    await expect(list.table().getByRole("link", { name: /王/ }).first()).toBeVisible();
    await expect(list.table().getByRole("link", { name: "Айгерим Сапарова" })).toHaveCount(0);
  });

  test("rejects two pending participants with a reason, shows it in their history, and exports the list", async ({ page }) => {
    await signInAs(page, "organizer");
    const list = new ParticipantList(page);
    await list.goto();
    await list.statusTab("Pending").click();
    await expect(page).toHaveURL(/status=PENDING/);
    await expect(list.table().getByText("Approved", { exact: true })).toHaveCount(0);

    const boxes = list.rowCheckboxes();
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    const ids = [await boxes.nth(0).getAttribute("value"), await boxes.nth(1).getAttribute("value")];
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const reason = `Registration incomplete (e2e ${Date.now()})`;
    await list.reason().fill(reason);
    await list.rejectSelected().click();
    await expect(page.getByRole("status").filter({ hasText: "Rejected 2 participants" })).toBeVisible();
    // They leave the pending list.
    for (const id of ids) await expect(list.table().locator(`input[value="${id}"]`)).toHaveCount(0);

    await page.goto(`/organizer/participants/${ids[0]}`);
    await expect(page.getByText("Rejected", { exact: true }).first()).toBeVisible();
    const history = page.getByRole("list").filter({ hasText: `Reason: ${reason}` });
    await expect(history).toBeVisible();
    await expect(history.getByText("Rejected", { exact: true })).toBeVisible();
    await expect(history.getByText("by Demo Organizer").first()).toBeVisible();

    await list.goto();
    await list.statusTab("Rejected").click();
    await expect(page).toHaveURL(/status=REJECTED/);
    const [download] = await Promise.all([page.waitForEvent("download"), list.exportLink().click()]);
    expect(download.suggestedFilename()).toMatch(/^participants-.+-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.startsWith("email,full_name,latin_name,category,organization,job_title,country,delegation,preferred_language,status,")).toBe(true);
    expect(csv).toContain(reason);
    expect(csv).not.toContain(",PENDING,");
  });

  test("makes a delegation member its head from their page", async ({ page }) => {
    await signInAs(page, "organizer");
    await page.goto("/organizer/delegations");
    await expect(page.getByRole("heading", { level: 1, name: "Delegations" })).toBeVisible();
    await page.getByRole("link", { name: "Members of Delegation of Kyrgyzstan" }).click();
    await new ParticipantList(page).statusTab("Approved").click();
    await expect(page).toHaveURL(/status=APPROVED/);
    await page.getByRole("region", { name: "Participants" }).getByRole("link").first().click();
    const make = page.getByRole("button", { name: /^Make head of / });
    const remove = page.getByRole("button", { name: /^Remove as head of / });
    await expect(make.or(remove)).toBeVisible();
    if (await remove.isVisible()) {
      await remove.click();
      await expect(page.getByRole("status").filter({ hasText: "has no head now" })).toBeVisible();
      await page.reload();
    }
    await make.click();
    await expect(page.getByRole("status").filter({ hasText: /now heads Delegation of Kyrgyzstan/ })).toBeVisible();
    await expect(page.getByRole("list").filter({ hasText: "Made head of delegation" })).toBeVisible();
  });

  for (const role of ["chair", "staff"] as const) {
    test(`refuses the participant list and its export to ${role}`, async ({ page }) => {
      await signInAs(page, role);
      const response = await page.goto("/organizer/participants");
      expect(response?.status()).toBe(403);
      const csv = await page.request.get("/organizer/participants/export");
      expect(csv.status()).toBe(403);
    });
  }
});
