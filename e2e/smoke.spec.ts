import { expect, test } from "@playwright/test";

// Proves the harness itself: the production build is served on the seeded database.
test("serves the home page with a heading", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
