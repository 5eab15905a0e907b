import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const SOE_SESSION = "/program/tianjin-soe-digital-technology-promotion";

/** The organizer's organization screens, found as a person finds them (no assertions here). */
class OrganizationConsole {
  constructor(private readonly page: Page) {}
  gotoList = () => this.page.goto("/organizer/organizations");
  gotoNew = () => this.page.goto("/organizer/organizations/new");
  search = () => this.page.getByLabel("Search by name, region or website");
  searchButton = () => this.page.getByRole("button", { name: "Search", exact: true });
  table = () => this.page.getByRole("region", { name: "Organizations" });
  name = () => this.page.getByLabel("Name (English)");
  kind = () => this.page.getByLabel("Kind");
  country = () => this.page.getByLabel("Country");
  region = () => this.page.getByLabel("Region or province");
  website = () => this.page.getByLabel("Website");
  create = () => this.page.getByRole("button", { name: "Create organization" });
  findDuplicate = () => this.page.getByLabel("Find the duplicate");
  findButton = () => this.page.getByRole("button", { name: "Find", exact: true });
  reviewMerge = (name: string) => this.page.getByRole("link", { name: `Review merge of ${name}` });
  confirmMerge = () => this.page.getByRole("button", { name: "Merge and delete the duplicate" });
  publicPage = () => this.page.getByRole("link", { name: "Public page" });
  headline = () => this.page.getByLabel("Headline (English)");
  stand = () => this.page.getByLabel("Stand");
  published = () => this.page.getByLabel("Published (shown on the public pages)");
  sessionToAdd = () => this.page.getByLabel("Session to add");
  addSession = () => this.page.getByRole("button", { name: "Add session" });
  createShowcase = () => this.page.getByRole("button", { name: "Create showcase" });
  placeAt = (title: string) => this.page.getByRole("spinbutton", { name: new RegExp(`^Place among the showcases of .*${title}$`) });

  async createOrganization(o: { name: string; kind: string; region: string; website?: string }) {
    await this.gotoNew();
    await this.name().fill(o.name);
    await this.kind().selectOption({ label: o.kind });
    await this.country().selectOption({ label: "China" });
    await this.region().fill(o.region);
    if (o.website) await this.website().fill(o.website);
    await this.create().click();
    await this.page.waitForURL(/\/organizer\/organizations\/[a-z0-9]{20,}$/);
  }

  async searchFor(text: string) {
    await this.search().fill(text);
    await this.searchButton().click();
  }

  /** Picks a session in the showcase's session list by (part of) its title, and adds it. */
  async linkSession(title: string) {
    const value = await this.sessionToAdd().locator("option", { hasText: title }).first().getAttribute("value");
    await this.sessionToAdd().selectOption(value ?? "");
    await this.addSession().click();
  }
}

test.describe("organizations and showcases", () => {
  test("an organizer creates an organization, finds it, merges a duplicate into it, and its public page shows it once it has a published showcase", async ({ page }) => {
    const stamp = Date.now().toString(36);
    const kept = `Tianjin Quantum Link ${stamp} Co., Ltd.`;
    const duplicate = `Tianjin Quantum-Link ${stamp} (duplicate)`;
    const screens = new OrganizationConsole(page);
    await signInAs(page, "organizer");

    await screens.createOrganization({ name: kept, kind: "State-owned enterprise", region: "Tianjin", website: "https://quantum-link.example.cn" });
    await expect(page.getByRole("heading", { level: 1, name: kept })).toBeVisible();
    const keptUrl = page.url();
    await screens.createOrganization({ name: duplicate, kind: "Company", region: "Tianjin" });
    await expect(page.getByRole("heading", { level: 1, name: duplicate })).toBeVisible();

    // Found by a fragment, without the hyphen or capitals.
    await screens.gotoList();
    await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
    await screens.searchFor(`quantum link ${stamp}`);
    await expect(screens.table().getByRole("link", { name: kept })).toBeVisible();
    await expect(screens.table().getByRole("link", { name: duplicate })).toBeVisible();
    await screens.table().getByRole("link", { name: kept }).click();
    await expect(page).toHaveURL(keptUrl);

    await screens.findDuplicate().fill(`duplicate ${stamp}`);
    await screens.findButton().click();
    await screens.reviewMerge(duplicate).click();
    await expect(page.getByRole("heading", { level: 1, name: `Merge “${duplicate}” into “${kept}”` })).toBeVisible();
    await expect(page.getByText("Merged away, then deleted")).toBeVisible();
    await screens.confirmMerge().click();
    await expect(page.getByRole("status").filter({ hasText: "Merged" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${keptUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\?merged=1$`));

    // The duplicate is gone from the list.
    await screens.gotoList();
    await screens.searchFor(`quantum link ${stamp}`);
    await expect(screens.table().getByRole("link", { name: kept })).toBeVisible();
    await expect(screens.table().getByRole("link", { name: duplicate })).toHaveCount(0);

    // No public page while nothing public names it; a published showcase gives it one, and the
    // duplicate's old address leads there.
    await page.goto(keptUrl);
    const publicHref = await screens.publicPage().getAttribute("href");
    expect(publicHref).toMatch(/^\/organizations\/tianjin-quantum-link-/);
    expect((await page.request.get(publicHref ?? "/")).status()).toBe(404);
    await screens.headline().fill(`Quantum links for port logistics ${stamp}`);
    await screens.published().check();
    await screens.createShowcase().click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.goto(publicHref ?? "/");
    await expect(page.getByRole("heading", { level: 1, name: kept })).toBeVisible();
    await expect(page.getByText("State-owned enterprise")).toBeVisible();
    await expect(page.getByRole("link", { name: "quantum-link.example.cn" })).toBeVisible();
    await page.goto(`/organizations/tianjin-quantum-link-${stamp}-duplicate`);
    await expect(page).toHaveURL(new RegExp(`${publicHref}$`));
    await expect(page.getByRole("heading", { level: 1, name: kept })).toBeVisible();
    expect((await page.goto("/organizations/no-such-organization-anywhere"))?.status()).toBe(404);
  });

  test("the demo's showcases and a new published one appear on the SOE promotion session page", async ({ page }) => {
    await page.goto(SOE_SESSION);
    const showcases = page.getByRole("region", { name: "Showcases" });
    await expect(showcases.getByRole("link", { name: "Tianjin Haihe Digital Industry Group Co., Ltd." })).toBeVisible();
    await expect(showcases.getByText("Industrial AI models for Tianjin's factories")).toBeVisible();

    const stamp = Date.now().toString(36);
    const name = `Binhai Quantum Sensing ${stamp} Co., Ltd.`;
    const screens = new OrganizationConsole(page);
    await signInAs(page, "organizer");
    await screens.createOrganization({ name, kind: "State-owned enterprise", region: "Tianjin" });
    await screens.headline().fill(`Quantum sensors for smart ports ${stamp}`);
    await screens.stand().fill("Exhibition hall, stand C07");
    await screens.published().check();
    await screens.linkSession("Tianjin SOE Digital Technology Application Promotion");
    await expect(page.getByRole("button", { name: /^Remove .*Tianjin SOE Digital Technology Application Promotion$/ })).toBeVisible();
    // Placed after the five showcases the demo already has there.
    await expect(screens.placeAt("Tianjin SOE Digital Technology Application Promotion")).toHaveValue("6");
    await screens.createShowcase().click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    // The cached session page shows it at once (the save expired it), linking to the organization.
    await page.goto(SOE_SESSION);
    const updated = page.getByRole("region", { name: "Showcases" });
    await expect(updated.getByText(`Quantum sensors for smart ports ${stamp}`)).toBeVisible();
    await updated.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Exhibition hall, stand C07")).toBeVisible();
    await expect(page.getByRole("link", { name: "Tianjin SOE Digital Technology Application Promotion" })).toBeVisible();
  });
});
