import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// Addresses are forever: an organizer renames a session and changes its address on purpose; once
// that is published, the old address (and its calendar file) answers 308 with the new one, in
// every language. Runs in the "after" project: it publishes the program, which other specs read.

/** The console's session form and publish panel, found as an organizer finds them. */
class ConsolePages {
  constructor(private readonly page: Page) {}
  nav = (name: string) => this.page.getByRole("navigation", { name: "Console" }).getByRole("link", { name });
  title = () => this.page.getByLabel("Title (English)");
  address = () => this.page.getByLabel("Address", { exact: true });
  starts = () => this.page.getByLabel("Starts");
  ends = () => this.page.getByLabel("Ends");
  save = () => this.page.getByRole("button", { name: "Save session" });
  saved = () => this.page.getByRole("status").filter({ hasText: "Saved." });
  comment = () => this.page.getByLabel("Comment for the changelog");
  publish = () => this.page.getByRole("button", { name: "Publish program" });
  published = () => this.page.getByRole("status").filter({ hasText: /Release \d+ is published/ });
}

test.describe.serial("a session's address after a rename", () => {
  const stamp = Date.now().toString(36);
  const title = `Satellite Data Clinic ${stamp}`;
  const oldSlug = `satellite-data-clinic-${stamp}`;
  const newSlug = `satellite-clinic-${stamp}`;

  async function publish(page: Page, comment: string) {
    const console = new ConsolePages(page);
    await console.nav("Program grid").click();
    await console.comment().fill(comment);
    await console.publish().click();
    await expect(console.published()).toBeVisible();
  }

  test("an organizer renames a session, keeping its address, then changes the address on purpose and publishes", async ({ page, request }) => {
    const console = new ConsolePages(page);
    await signInAs(page, "organizer");
    await console.nav("Sessions").click();
    await page.getByRole("link", { name: "New session" }).click();
    await console.title().fill(title);
    await console.starts().fill("2025-07-11T18:00");
    await console.ends().fill("2025-07-11T18:30");
    await console.save().click();
    await expect(page).toHaveURL(/\/organizer\/sessions$/);
    await publish(page, "A satellite clinic");
    expect((await request.get(`/program/${oldSlug}`)).status()).toBe(200);

    // A new title keeps the address.
    await console.nav("Sessions").click();
    await page.getByRole("link", { name: title }).click();
    await expect(console.address()).toHaveValue(oldSlug);
    await console.title().fill(`${title} (renamed)`);
    await console.save().click();
    await expect(console.saved()).toBeVisible();
    await expect(page.getByText(`/program/${oldSlug}`).first()).toBeVisible();

    // A malformed address is refused at the field; a good one is taken.
    await console.address().fill("Satellite Clinic!");
    await console.save().click();
    await expect(page.getByText("Use lower-case letters a–z, digits and single hyphens between them, e.g. opening-ceremony")).toBeVisible();
    await console.address().fill(newSlug);
    await console.save().click();
    await expect(console.saved()).toBeVisible();

    // Still a draft: the public keeps the published page at the old address, and the new one is not public yet.
    const beforePublish = await request.get(`/program/${oldSlug}`, { maxRedirects: 0 });
    expect(beforePublish.status()).toBe(200);
    // (Only its own title: a session renamed in an earlier attempt may run at the same time.)
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(await beforePublish.text())?.[1]).toBe(title);
    expect((await request.get(`/program/${newSlug}`, { maxRedirects: 0 })).status()).toBe(404);

    await publish(page, "The satellite clinic has a shorter address");
  });

  test("the old address and its calendar file answer 308 with the new ones, in English", async ({ request }) => {
    const page = await request.get(`/program/${oldSlug}`, { maxRedirects: 0 });
    expect(page.status()).toBe(308);
    expect(new URL(page.headers()["location"] ?? "", "http://x").pathname).toBe(`/program/${newSlug}`);
    const calendar = await request.get(`/program/${oldSlug}/calendar.ics`, { maxRedirects: 0 });
    expect(calendar.status()).toBe(308);
    expect(new URL(calendar.headers()["location"] ?? "", "http://x").pathname).toBe(`/program/${newSlug}/calendar.ics`);
    const followed = await request.get(`/program/${oldSlug}/calendar.ics`);
    expect(followed.status()).toBe(200);
    expect((await followed.text()).replace(/\r\n[ \t]/g, "")).toContain(`${title} (renamed)`);
  });

  test("the old address leads to the new page in another language too, and the changes page says the address changed", async ({ page }) => {
    await page.goto("/program");
    // The site's own language switcher sets the language cookie.
    await page.getByRole("button", { name: "Русский" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", /^ru/);

    const redirect = await page.request.get(`/program/${oldSlug}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(new URL(redirect.headers()["location"] ?? "", "http://x").pathname).toBe(`/program/${newSlug}`);
    expect((await page.request.get(`/program/${oldSlug}/calendar.ics`, { maxRedirects: 0 })).status()).toBe(308);

    await page.goto(`/program/${oldSlug}`);
    await expect(page).toHaveURL(new RegExp(`/program/${newSlug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", /^ru/);
    await expect(page.getByRole("heading", { level: 1, name: `${title} (renamed)` })).toBeVisible();

    await page.goto("/program/changes");
    await expect(page.getByText(`/program/${oldSlug}`).first()).toBeVisible();
    await expect(page.getByText(new RegExp(`/program/${oldSlug}.*/program/${newSlug}`)).first()).toBeVisible();
  });
});
