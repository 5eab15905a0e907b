import { expect, signInAs, test } from "./fixtures";

// One organizer's journey through the program: create, collide, move, publish, and the public sees it.
test.describe.serial("scheduling and publishing the program", () => {
  const title = `Quantum-safe Data Corridors ${Date.now().toString(36)}`;

  test("an organizer creates a session in an occupied room, sees the conflict, moves it and publishes", async ({ page }) => {
    await signInAs(page, "organizer");
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Sessions" }).click();
    await page.getByRole("link", { name: "New session" }).click();

    await page.getByLabel("Sub-forum").selectOption({ label: "Data Governance and Ecological Collaboration" });
    await page.getByLabel("Title (English)").fill(title);
    await page.getByLabel("Room").selectOption({ label: "Main Hall (1500)" });
    // The opening ceremony holds the Main Hall from 09:00 on the first day.
    await page.getByLabel("Starts").fill("2025-07-10T09:00");
    await page.getByLabel("Ends").fill("2025-07-10T09:30");
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page).toHaveURL(/\/organizer\/sessions$/);

    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Program grid" }).click();
    const conflicts = page.getByRole("region", { name: "Conflicts" });
    await expect(conflicts.getByText("Main Hall is used by two sessions at once")).toBeVisible();
    await expect(conflicts.getByText(/1 error blocks publishing/)).toBeVisible();

    // Publishing is refused while a room is double-booked.
    await page.getByLabel("Comment for the changelog").fill("Too early");
    await page.getByRole("button", { name: "Publish program" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Fix the errors" })).toBeVisible();

    // Move it with the keyboard: one room to the right (Haihe Hall), same time.
    const card = page.getByRole("button", { name: new RegExp(title) });
    await card.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`Moved ${title} to 2025-07-10 09:00, Haihe Hall.`)).toBeAttached();
    await expect(conflicts.getByText("No conflicts: the program can be published.")).toBeVisible();

    await page.getByLabel("Comment for the changelog").fill("Added a data-corridors session to sub-forum 3");
    await page.getByRole("button", { name: "Publish program" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Release 2 is published/ })).toBeVisible();
  });

  test("the public sees the new session, its changelog entry and the exports carry it", async ({ page, request }) => {
    await page.goto("/program");
    await page.getByRole("link", { name: title }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Haihe Hall").first()).toBeVisible();

    await page.goto("/program/changes");
    await expect(page.getByText("Added a data-corridors session to sub-forum 3")).toBeVisible();
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();

    const json = await (await request.get("/program/schedule.json")).text();
    expect(json).toContain(title);
    const ics = await (await request.get("/program/calendar.ics")).text();
    expect(ics.replace(/\r\n[ \t]/g, "")).toContain(title);
  });

  test("edits after publishing stay out of the public program until the next release", async ({ page, request }) => {
    await signInAs(page, "organizer");
    await page.goto("/organizer/sessions");
    await page.getByRole("link", { name: title }).click();
    await page.getByLabel("Title (English)").fill(`${title} (draft rename)`);
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    const html = await (await request.get("/program")).text();
    expect(html).toContain(title);
    expect(html).not.toContain("draft rename");
    expect(await (await request.get("/program/schedule.json")).text()).not.toContain("draft rename");
  });

  test("a chair cannot open another sub-forum's session for editing", async ({ page, browser }) => {
    // An organizer sees the edit link of a sub-forum 1 session…
    const organizer = await browser.newPage();
    await signInAs(organizer, "organizer");
    await organizer.goto("/organizer/sessions");
    const href = await organizer.getByRole("link", { name: /Data as a Factor of Production/ }).getAttribute("href");
    await organizer.close();
    expect(href).toMatch(/^\/organizer\/sessions\/[a-z0-9]+$/);

    // …the chair of sub-forum 3 has no such link, and the page itself answers 403.
    await signInAs(page, "chair");
    await page.goto("/organizer/sessions");
    await expect(page.getByRole("cell", { name: /Data as a Factor of Production/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Data as a Factor of Production/ })).toHaveCount(0);
    const response = await page.goto(href ?? "/");
    expect(response?.status()).toBe(403);
  });
});
