import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// The demo delegate's own area, as they use it: the overview with "Edit details", the printable
// badge, the agenda with its private calendar feed, and the tabs. The demo delegate is seeded
// APPROVED, a member (not the head) of the Kazakh delegation. Nothing here cancels their
// registration: other specs rely on it.

// 16 base32 characters (lib/participants/codes.ts), printed in groups of four.
const GROUPED_CODE = /^[A-Z2-7]{4}(?: [A-Z2-7]{4}){3}$/;

/** The delegate area's controls, found as a person finds them (no assertions here). */
class DelegateArea {
  constructor(private readonly page: Page) {}
  tabs = () => this.page.getByRole("navigation", { name: "My registration" });
  tab = (name: string) => this.tabs().getByRole("link", { name, exact: true });
  editButton = () => this.page.getByRole("button", { name: "Edit details" });
  jobTitle = () => this.page.getByLabel("Job title (optional)");
  saveButton = () => this.page.getByRole("button", { name: "Save my details" });
  qrCode = () => this.page.getByRole("img", { name: /^QR code of badge code / });
  printedCode = () => this.page.getByRole("article", { name: "My badge" }).getByText(GROUPED_CODE);
  feedAddress = () => this.page.getByLabel("Your calendar feed address");
  webcalLink = () => this.page.getByRole("link", { name: "Open in my calendar app" });
  renewButton = () => this.page.getByRole("button", { name: "Renew the link" });
}

test.describe("the delegate's own area", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "delegate");
  });

  test("edits their job title and sees it on their page, also after a reload", async ({ page }) => {
    const area = new DelegateArea(page);
    const title = `Chief Digital Officer ${Date.now().toString(36)}`;
    await page.goto("/me");
    await area.editButton().click();
    await area.jobTitle().fill(title);
    await area.saveButton().click();
    await expect(page.getByRole("status").filter({ hasText: "Your details are saved." })).toBeVisible();
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  });

  test("keeps the approved name, organization and country for the organizers to change", async ({ page }) => {
    const area = new DelegateArea(page);
    await page.goto("/me");
    await area.editButton().click();
    // Approved: what the badge prints is not in the form; the job title still is.
    await expect(page.getByText("To change them, write to the organizers.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Country" })).toHaveCount(0);
    await expect(area.jobTitle()).toBeVisible();
  });

  test("opens the badge with its QR code and the code printed under it", async ({ page }) => {
    const area = new DelegateArea(page);
    await page.goto("/me");
    await area.tab("Badge").click();
    await expect(page).toHaveURL(/\/me\/badge$/);
    await expect(area.tab("Badge")).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1, name: "My badge" })).toBeVisible();
    await expect(area.qrCode()).toBeVisible();
    const code = (await area.printedCode().innerText()).trim();
    expect(code).toMatch(GROUPED_CODE);
    // The QR code's name carries the same code as the text under it.
    await expect(area.qrCode()).toHaveAccessibleName(`QR code of badge code ${code}`);
    await expect(page.getByRole("article", { name: "My badge" }).getByText("Aigerim Saparova")).toBeVisible();
    await expect(page.getByRole("button", { name: "Print badge" })).toBeVisible();
  });

  test("has no page that takes someone else's id: badges and agendas live under /me only", async ({ page }) => {
    for (const path of ["/me/badge/cl0000000000000000000000", "/me/agenda/cl0000000000000000000000", "/me/cl0000000000000000000000"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const feed = await page.request.get("/agenda/not-a-real-token-not-a-real/calendar.ics");
    expect(feed.status()).toBe(404);
  });

  test("opens the agenda and its private calendar feed, which calendar apps read without signing in", async ({ page, browser }) => {
    const area = new DelegateArea(page);
    await page.goto("/me");
    await area.tab("Agenda").click();
    await expect(page).toHaveURL(/\/me\/agenda$/);
    await expect(page.getByRole("heading", { level: 1, name: "My agenda" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Calendar feed" })).toBeVisible();
    const address = await area.feedAddress().inputValue();
    expect(address).toMatch(/^https?:\/\/[^/]+\/agenda\/[A-Za-z0-9_-]{20,}\/calendar\.ics$/);
    await expect(area.webcalLink()).toHaveAttribute("href", address.replace(/^https?:\/\//, "webcal://"));

    // A calendar app has no session cookie: a fresh context, at the full address shown.
    const anonymous = await browser.newContext();
    try {
      const feed = await anonymous.request.get(address);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(feed.headers()["cache-control"]).toBe("private, no-store");
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    } finally {
      await anonymous.close();
    }
  });

  test("renews the calendar link: the old address stops working at once", async ({ page }) => {
    const area = new DelegateArea(page);
    await page.goto("/me/agenda");
    const before = await area.feedAddress().inputValue();
    await area.renewButton().click();
    await expect(page.getByRole("status").filter({ hasText: "A new address is ready." })).toBeVisible();
    await expect(area.feedAddress()).not.toHaveValue(before);
    const after = await area.feedAddress().inputValue();
    expect((await page.request.get(new URL(before).pathname)).status()).toBe(404);
    expect((await page.request.get(new URL(after).pathname)).status()).toBe(200);
  });

  test("shows a member who is not a head no Delegation tab, and nothing of the delegation", async ({ page }) => {
    const area = new DelegateArea(page);
    await page.goto("/me");
    await expect(area.tab("Overview")).toHaveAttribute("aria-current", "page");
    await expect(area.tab("Badge")).toBeVisible();
    await expect(area.tab("Agenda")).toBeVisible();
    await expect(area.tabs().getByRole("link", { name: "Delegation" })).toHaveCount(0);
    await page.goto("/me/delegation");
    await expect(page.getByText("This page is for heads of delegation.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  for (const path of ["/me/badge", "/me/agenda", "/me/delegation"]) {
    test(`finds no WCAG A/AA violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
