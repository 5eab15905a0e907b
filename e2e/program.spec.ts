import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The public program's controls, found as a visitor finds them. */
class ProgramPage {
  constructor(private readonly page: Page) {}
  search = () => this.page.getByLabel("Search", { exact: true });
  searchButton = () => this.page.getByRole("button", { name: "Search", exact: true });
  subForum = () => this.page.getByLabel("Sub-forum", { exact: true });
  type = () => this.page.getByLabel("Type", { exact: true });
  room = () => this.page.getByLabel("Room", { exact: true });
  subForumChip = (name: string) => this.page.getByRole("navigation", { name: "Sub-forums" }).getByRole("link", { name });
  dayTab = (name: string | RegExp) => this.page.getByRole("navigation", { name: "Days" }).getByRole("link", { name });
  view = (name: "List" | "Grid") => this.page.getByRole("navigation", { name: "View" }).getByRole("link", { name });
  exports = () => this.page.getByRole("navigation", { name: "Subscribe or download" });
  count = () => this.page.getByText(/sessions? match|^No session matches$|^All \d+ sessions$|sessions? on /);
  clearFilters = () => this.page.getByRole("link", { name: "Clear filters" });
  dayHeading = (name: RegExp) => this.page.getByRole("heading", { level: 2, name });
  sessionLink = (name: string) => this.page.getByRole("link", { name, exact: true });
}

const DATA_GOVERNANCE = "Data Governance and Ecological Collaboration";

test.describe("the public program without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("searches titles, abstracts and names in any language and keeps the state in the address", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program");
    await expect(program.count()).toHaveText(/^All \d+ sessions$/);

    // A Russian name typed in Cyrillic finds an English-language session.
    await program.search().fill("Громова");
    await program.searchButton().click();
    await expect(page).toHaveURL(/[?&]q=%D0%93/);
    await expect(program.count()).toHaveText("3 sessions match");
    await expect(program.sessionLink("Cross-border Data Flows: Rules that Travel")).toBeVisible();
    await expect(program.search()).toHaveValue("Громова");

    // Without accents and in lower case, a French title.
    await program.search().fill("ceremonie d'ouverture");
    await program.searchButton().click();
    await expect(program.count()).toHaveText("1 session matches");
    await expect(program.sessionLink("Opening Ceremony")).toBeVisible();

    // Chinese, as a substring.
    await program.search().fill("可互认");
    await program.searchButton().click();
    await expect(program.count()).toHaveText("1 session matches");
  });

  test("filters by sub-forum, type and room, with chips that keep the other filters", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program?q=data");
    await program.subForumChip(DATA_GOVERNANCE).click();
    await expect(page).toHaveURL(/q=data&subforum=data-governance-and-ecological-collaboration/);
    await expect(program.subForumChip(DATA_GOVERNANCE)).toHaveAttribute("aria-current", "true");
    await expect(program.subForum()).toHaveValue("data-governance-and-ecological-collaboration");
    const governance = Number((await program.count().textContent())?.match(/\d+/)?.[0]);
    expect(governance).toBeGreaterThan(0);

    // The chip toggles its filter off again and keeps the search.
    await program.subForumChip(DATA_GOVERNANCE).click();
    await expect(page).toHaveURL(/\/program\?q=data$/);

    await program.search().fill("");
    await program.type().selectOption({ label: "Signing ceremony" });
    await program.searchButton().click();
    await expect(program.count()).toHaveText("1 session matches");
    await expect(program.sessionLink("Digital Economy Project Signing Ceremony")).toBeVisible();

    await program.type().selectOption({ label: "All types" });
    await program.room().selectOption({ label: "Jinmen Hall" });
    await program.searchButton().click();
    await expect(program.count()).toHaveText(/^\d+ sessions match$/);
    await expect(program.sessionLink("Cross-border Data Flows: Rules that Travel")).toBeVisible();
    await expect(program.sessionLink("Opening Ceremony")).toHaveCount(0);

    await program.clearFilters().click();
    await expect(page).toHaveURL(/\/program$/);
    await expect(program.count()).toHaveText(/^All \d+ sessions$/);
  });

  test("shows one day from its tab, keeping the filters", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program?subforum=data-governance-and-ecological-collaboration");
    await program.dayTab("Fri 11 Jul").click();
    await expect(page).toHaveURL(/subforum=data-governance-and-ecological-collaboration&day=2025-07-11/);
    await expect(program.dayTab("Fri 11 Jul")).toHaveAttribute("aria-current", "page");
    await expect(program.dayHeading(/11 July 2025/)).toBeVisible();
    await expect(program.dayHeading(/10 July 2025/)).toHaveCount(0);
    await program.dayTab("All days").click();
    await expect(program.dayHeading(/10 July 2025/)).toBeVisible();
  });

  test("ignores query values it does not know instead of failing", async ({ page }) => {
    const program = new ProgramPage(page);
    const response = await page.goto("/program?subforum=nope&type=PARTY&room=..%2F&day=2030-01-01&view=table&q=&extra=1");
    expect(response?.status()).toBe(200);
    await expect(program.count()).toHaveText(/^All \d+ sessions$/);
    await expect(program.dayHeading(/10 July 2025/)).toBeVisible();
  });

  test("says so when nothing matches and offers to clear the filters", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program?q=no-such-words-anywhere");
    await expect(program.count()).toHaveText("No session matches");
    await expect(program.clearFilters().first()).toBeVisible();
  });
});

test.describe("the public program", () => {
  test("switches to the grid: rooms across, time down, parallel sessions side by side", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program?day=2025-07-10");
    await program.view("Grid").click();
    await expect(page).toHaveURL(/day=2025-07-10&view=grid/);
    const grid = page.getByRole("region", { name: /10 July 2025: rooms across, time down/ });
    await expect(grid).toBeVisible();
    const first = await grid.getByRole("link", { name: "Data as a Factor of Production: From Pilot Projects to Scale" }).boundingBox();
    const second = await grid.getByRole("link", { name: "Digital Skills for the SCO Workforce" }).boundingBox();
    expect(first && second && Math.abs(first.y - second.y) < 2 && second.x > first.x).toBe(true);
    await program.view("List").click();
    await expect(page).toHaveURL(/\/program\?day=2025-07-10$/);
  });

  test("stacks parallel sessions on a phone and keeps the grid for wide screens", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/program?day=2025-07-10&view=grid");
    await expect(program.view("Grid")).toBeHidden();
    const first = await page.getByRole("link", { name: "Data as a Factor of Production: From Pilot Projects to Scale" }).boundingBox();
    const second = await page.getByRole("link", { name: "Digital Skills for the SCO Workforce" }).boundingBox();
    expect(first && second && second.y > first.y).toBe(true);
  });

  test("links the calendar, the exports and the changes", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program");
    await expect(program.exports().getByRole("link", { name: "Calendar (.ics)" })).toHaveAttribute("href", "/program/calendar.ics");
    await expect(program.exports().getByRole("link", { name: "Schedule JSON" })).toHaveAttribute("href", "/program/schedule.json");
    await expect(program.exports().getByRole("link", { name: "Schedule XML" })).toHaveAttribute("href", "/program/schedule.xml");
    await expect(program.exports().getByRole("link", { name: "Changes" })).toHaveAttribute("href", "/program/changes");
    await expect(program.exports().getByRole("link", { name: "This sub-forum’s calendar (.ics)" })).toHaveCount(0);
    await page.goto("/program?subforum=data-governance-and-ecological-collaboration");
    await expect(program.exports().getByRole("link", { name: "This sub-forum’s calendar (.ics)" })).toHaveAttribute(
      "href",
      "/program/sub-forums/data-governance-and-ecological-collaboration/calendar.ics",
    );
  });

  test("prints without the site's navigation or the filters", async ({ page }) => {
    const program = new ProgramPage(page);
    await page.goto("/program");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(program.search()).toBeHidden();
    await expect(program.dayTab("All days")).toBeHidden();
    await expect(program.dayHeading(/10 July 2025/)).toBeVisible();
    await expect(program.sessionLink("Opening Ceremony")).toBeVisible();
  });
});

test.describe("a session page", () => {
  test("offers the session's calendar file and leads to its people", async ({ page }) => {
    await page.goto("/program/cross-border-data-flows");
    await expect(page.getByRole("heading", { level: 1, name: "Cross-border Data Flows: Rules that Travel" })).toBeVisible();
    const add = page.getByRole("link", { name: "Add to calendar" });
    await expect(add).toHaveAttribute("href", "/program/cross-border-data-flows/calendar.ics");
    await expect(add).toHaveAttribute("type", "text/calendar");
    await expect(page.getByText("Room for 240 people")).toBeVisible();

    const people = page.getByRole("region", { name: "People" });
    await expect(people.getByRole("listitem").first()).toContainText("Guo Jing");
    await people.getByRole("link", { name: "Elena Gromova" }).click();
    await expect(page).toHaveURL(/\/speakers\/elena-gromova$/);
    await expect(page.getByRole("heading", { level: 1, name: "Elena Gromova" })).toBeVisible();
  });
});

test.describe("the speakers", () => {
  test("lists everyone on stage in protocol order or A–Z", async ({ page }) => {
    await page.goto("/speakers");
    await expect(page.getByRole("heading", { level: 1, name: "Speakers" })).toBeVisible();
    const names = page.getByRole("main").getByRole("heading", { level: 2 });
    const protocol = await names.allTextContents();
    expect(protocol.length).toBeGreaterThan(10);

    await page.getByRole("navigation", { name: "Order" }).getByRole("link", { name: "A–Z" }).click();
    await expect(page).toHaveURL(/order=name/);
    const alphabetical = await names.allTextContents();
    expect(alphabetical).toEqual([...protocol].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" })));
    expect(alphabetical).not.toEqual(protocol);
  });

  test("shows a speaker's organization, country and sessions, linking back to them", async ({ page }) => {
    await page.goto("/speakers/elena-gromova");
    await expect(page.getByText("Eurasian Institute for Digital Policy")).toBeVisible();
    await expect(page.getByText("Russia", { exact: true })).toBeVisible();
    const sessions = page.getByRole("region", { name: "Sessions" });
    await expect(sessions.getByRole("listitem")).toHaveCount(3);
    await expect(sessions.getByRole("listitem").nth(1)).toContainText("Moderator");
    await sessions.getByRole("link", { name: "Personal Information Protection Across Jurisdictions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Personal Information Protection Across Jurisdictions" })).toBeVisible();
  });

  test("answers 404 for someone who is not in the published program", async ({ page }) => {
    const response = await page.goto("/speakers/no-such-person");
    expect(response?.status()).toBe(404);
  });
});

test.describe("accessibility of the program pages", () => {
  for (const path of ["/program?q=data&subforum=data-governance-and-ecological-collaboration", "/program?view=grid", "/speakers", "/speakers/elena-gromova", "/program/cross-border-data-flows"]) {
    test(`finds no WCAG A/AA violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
