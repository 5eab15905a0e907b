import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/** The program import page's controls, found as an organizer finds them. */
class ProgramImportPage {
  constructor(private readonly page: Page) {}
  file = () => this.page.getByLabel("Schedule file (schedule.json or schedule.xml)");
  preview = () => this.page.getByRole("button", { name: "Preview" });
  sessions = () => this.page.getByRole("table", { name: "Sessions" });
  rooms = () => this.page.getByRole("table", { name: "Rooms" });
  people = () => this.page.getByRole("table", { name: "Speakers (people)" });
  importButton = () => this.page.getByRole("button", { name: /^Import \d+ sessions?$/ });
  done = () => this.page.getByRole("status").filter({ hasText: "Imported:" });
  toSessions = () => this.page.getByRole("link", { name: "Open the sessions list" });
}

const FIXTURE = path.join(__dirname, "data", "program-import.schedule.json");

test("an organizer previews a pretalx schedule, imports it, and finds the sessions in the console but not yet in public", async ({ page, request }) => {
  await signInAs(page, "organizer");
  await page.goto("/organizer/program");
  await page.getByRole("link", { name: "Import a program" }).click();
  const form = new ProgramImportPage(page);

  // Without a file, the form says so at the field.
  await form.preview().click();
  await expect(page.getByText("Choose a schedule.json or schedule.xml file.")).toBeVisible();

  await form.file().setInputFiles(FIXTURE);
  await form.preview().click();
  const talk = form.sessions().getByRole("row").filter({ hasText: "Evening talk on open data portals" });
  await expect(talk).toContainText("create");
  await expect(talk).toContainText("Imported Speaker Kamila Yusupova");
  // Interpreted, not refused: pretalx's "Talk" is not a Concord type.
  await expect(talk).toContainText('Type "Talk" is not a Concord session type');
  await expect(form.rooms().getByRole("row").filter({ hasText: "Jinmen Hall" })).toContainText("match by slug");
  await expect(form.people().getByRole("row").filter({ hasText: "Imported Speaker Kamila Yusupova" })).toContainText("create");
  await expect(page.getByText("No problem stops the import.")).toBeVisible();

  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);

  await expect(form.importButton()).toHaveText("Import 2 sessions");
  await form.importButton().click();
  await expect(form.done()).toBeVisible();

  await form.toSessions().click();
  await expect(page.getByRole("link", { name: "Evening talk on open data portals" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Evening panel on data licences" })).toBeVisible();

  // The working copy only: the public program shows it after the next publish.
  expect(await (await request.get("/program")).text()).not.toContain("Evening talk on open data portals");
});

test("a file with problems keeps the import button disabled", async ({ page }) => {
  await signInAs(page, "organizer");
  await page.goto("/organizer/program/import");
  const form = new ProgramImportPage(page);
  await form.file().setInputFiles({
    name: "schedule.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        schedule: {
          conference: {
            acronym: "broken",
            rooms: [{ name: "Jinmen Hall" }],
            days: [{ rooms: { "Jinmen Hall": [{ guid: "0c6a2f0e-4c1e-4a8e-9d6b-3f1f4f8a2c01", id: 1, date: "2031-01-01T09:00:00+08:00", duration: "00:30", room: "Jinmen Hall", title: "" }] } }],
          },
        },
      }),
    ),
  });
  await form.preview().click();
  const row = form.sessions().getByRole("row").filter({ hasText: "The title is missing." });
  await expect(row).toContainText("Outside the forum's days (2025-07-10 – 2025-07-11).");
  await expect(form.importButton()).toBeDisabled();
});
