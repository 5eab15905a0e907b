import { expect, signInAs, test } from "./fixtures";

test.describe("the organizer console", () => {
  test("shows the dashboard and read-only lists on the demo data", async ({ page }) => {
    await signInAs(page, "organizer");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Console" });

    await nav.getByRole("link", { name: "Sessions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Opening Ceremony" })).toBeVisible();

    await nav.getByRole("link", { name: "Participants" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Participants" })).toBeVisible();
    await page.getByLabel("Search by name, e-mail or organization").fill("delegate@concord.demo");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("cell", { name: "delegate@concord.demo" })).toBeVisible();

    await nav.getByRole("link", { name: "Agreements" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
    // The demo's 21 public agreements and its one confidential one, all signed.
    await expect(page.getByRole("table", { name: "By status" }).getByRole("row", { name: /^Signed\b/ })).toContainText("22");
  });

  test("shows a chair their sub-forum and no participant list", async ({ page }) => {
    await signInAs(page, "chair");
    await expect(page.getByText(/You chair: Data Governance and Ecological Collaboration/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Participants" })).toHaveCount(0);
    const response = await page.goto("/organizer/participants");
    expect(response?.status()).toBe(403);
  });
});

test.describe("check-in", () => {
  test("tells staff a typed code is unknown and keeps them out of the console", async ({ page }) => {
    await signInAs(page, "staff");
    await expect(page).toHaveURL(/\/checkin$/);
    await page.getByLabel("Badge code").fill("NOSUCHCODE1");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.getByRole("heading", { name: "Unknown badge" })).toBeVisible();
    const response = await page.goto("/organizer");
    expect(response?.status()).toBe(403);
  });
});
