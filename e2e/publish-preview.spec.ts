import { expect, signInAs, test } from "./fixtures";
import { PublishPanelPage, ReleasesPage } from "./pages";
import type { Page } from "@playwright/test";

// Publishing what was previewed, and rolling back. Runs in the "after" project (playwright.config.ts):
// it publishes releases, which other specs count on not happening while they run.

const stamp = Date.now().toString(36);
const first = { was: "Joint Degrees and Cross-border Online Learning", now: `Joint Degrees Online ${stamp}` };
const second = { was: "Trusted Data Spaces for Manufacturing", now: `Trusted Data Spaces ${stamp}` };

async function retitle(page: Page, from: string, to: string) {
  await page.goto("/organizer/sessions");
  await page.getByRole("link", { name: from, exact: true }).click();
  await page.getByLabel("Title (English)").fill(to);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test.describe.serial("previewing what is published, and rolling back", () => {
  let released = 0;

  test("an organizer publishes only the preview they saw: an edit in between refuses and shows the new preview", async ({ page, browser }) => {
    await signInAs(page, "organizer");
    await retitle(page, first.was, first.now);

    await page.goto("/organizer/program");
    const panel = new PublishPanelPage(page);
    await expect(panel.preview().getByRole("heading", { name: /^Retitled/ })).toBeVisible();
    await expect(panel.preview().getByText(first.now).first()).toBeVisible();
    await expect(panel.preview().getByText(second.now)).toHaveCount(0);
    const next = await panel.nextVersion();

    // Someone else edits the program while the preview is open.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signInAs(otherPage, "admin");
    await retitle(otherPage, second.was, second.now);
    await other.close();

    await panel.comment().fill("Two sessions renamed");
    await panel.publish().click();
    await expect(panel.refusal()).toContainText("The program changed after this preview was shown, so nothing was published.");
    await expect(panel.preview().getByText(second.now).first()).toBeVisible();
    await expect(panel.preview().getByText(first.now).first()).toBeVisible();

    await panel.publish().click();
    await expect(panel.published()).toHaveText(`Release ${next} is published.`);
    await expect(panel.preview().getByText(/^Nothing changed since release \d+/)).toBeVisible();
    released = next;

    const changes = await page.request.get("/program/changes");
    expect(await changes.text()).toContain(second.now);
  });

  test("an organizer publishes the release before again, then resets the working copy to it", async ({ page }) => {
    expect(released).toBeGreaterThan(1);
    const before = released - 1;
    await signInAs(page, "organizer");
    await page.goto("/organizer/program");
    await new PublishPanelPage(page).releasesLink().click();
    const releases = new ReleasesPage(page);
    await expect(releases.release(released).getByText("Current")).toBeVisible();

    // Publish again: the preview names the sessions whose titles go back.
    await releases.republishLink(before).click();
    await expect(releases.preview().getByText(first.was).first()).toBeVisible();
    await expect(releases.preview().getByText(`Was “${first.now}”`)).toBeVisible();
    await releases.comment().fill(`Back to release ${before}`);
    await releases.confirmRepublish(before, released + 1).click();
    await expect(releases.outcome()).toHaveText(`Release ${released + 1} is published.`);
    expect(await (await page.request.get("/program")).text()).toContain(first.was);

    // The working copy still has the new titles: resetting it to the release just published brings the old ones back.
    await page.goto("/organizer/program/releases");
    await releases.resetLink(released + 1).click();
    await expect(releases.preview().getByRole("heading", { name: /^Retitled/ })).toBeVisible();
    await expect(releases.preview().getByText(second.was).first()).toBeVisible();
    await releases.confirmReset(released + 1).click();
    await expect(releases.outcome()).toContainText(`The working copy is now release ${released + 1}.`);

    await page.goto("/organizer/sessions");
    await expect(page.getByRole("link", { name: first.was, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: second.was, exact: true })).toBeVisible();
    await page.goto("/organizer/program");
    await expect(new PublishPanelPage(page).preview().getByText(`Nothing changed since release ${released + 1}`, { exact: false })).toBeVisible();
  });

  test("a chair can neither publish nor roll back", async ({ page }) => {
    await signInAs(page, "chair");
    await page.goto("/organizer/program");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(new PublishPanelPage(page).region()).toHaveCount(0);
    expect((await page.goto("/organizer/program/releases"))?.status()).toBe(403);
    expect((await page.goto("/organizer/program/releases/1/reset"))?.status()).toBe(403);
  });
});
