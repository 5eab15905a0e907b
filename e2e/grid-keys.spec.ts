import { expect, signInAs, test } from "./fixtures";

// The grid's arrow keys reach every 5-minute mark: a session at 15:20 can be moved away and put
// back from the grid alone. A session of its own (no room, so it clashes with nothing), deleted at the end.
test("an organizer moves a session at 15:20 by five minutes with the keyboard and back", async ({ page }) => {
  const title = `Keyboard five-minute check ${Date.now().toString(36)}`;
  await signInAs(page, "organizer");
  await page.goto("/organizer/sessions/new");
  await page.getByLabel("Title (English)").fill(title);
  await page.getByLabel("Starts").fill("2025-07-11T15:20");
  await page.getByLabel("Ends").fill("2025-07-11T16:00");
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page).toHaveURL(/\/organizer\/sessions$/);

  await page.goto("/organizer/program?day=2025-07-11");
  const card = page.getByRole("button", { name: new RegExp(title) });
  await card.focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText(`Moved ${title} to 2025-07-11 15:15, No room.`)).toBeAttached();
  await expect(card).toContainText("15:15–15:55");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByText(`Moved ${title} to 2025-07-11 15:20, No room.`)).toBeAttached();
  await expect(card).toContainText("15:20–16:00");

  await page.goto("/organizer/sessions");
  await page.getByRole("link", { name: title }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete session" }).click();
  await expect(page).toHaveURL(/\/organizer\/sessions$/);
});

test("a session outside the forum's days is refused at the field", async ({ page }) => {
  await signInAs(page, "organizer");
  await page.goto("/organizer/sessions/new");
  await page.getByLabel("Title (English)").fill("Far future");
  await page.getByLabel("Starts").fill("9999-12-31T23:00");
  await page.getByLabel("Ends").fill("9999-12-31T23:30");
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Choose a time within the forum's days: 2025-07-10 to 2025-07-11.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/organizer\/sessions\/new$/);
});
