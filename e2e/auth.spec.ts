import { DEMO_PASSWORD, DEMO_USERS, expect, LoginPage, signInAs, test, type DemoRole } from "./fixtures";

test.describe("accounts and roles", () => {
  for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
    test(`signs the demo ${role} in and lands on their area`, async ({ page }) => {
      await signInAs(page, role);
      await expect(page).toHaveURL(new RegExp(`${DEMO_USERS[role].home}$`));
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    });
  }

  test("refuses a wrong password with one plain message", async ({ page }) => {
    await page.goto("/login");
    await new LoginPage(page).signIn(DEMO_USERS.organizer.email, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toHaveText("Email or password is incorrect");
    await expect(page).toHaveURL(/\/login/);
  });

  test("refuses the console to a delegate with a 403 page", async ({ page }) => {
    await signInAs(page, "delegate");
    const response = await page.goto("/organizer");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });

  test("sends an anonymous visitor to sign in and back to the page they asked for", async ({ page }) => {
    await page.goto("/organizer/participants");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forganizer%2Fparticipants/);
    await new LoginPage(page).signIn(DEMO_USERS.organizer.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/organizer\/participants$/);
    await expect(page.getByRole("heading", { level: 1, name: "Participants" })).toBeVisible();
  });

  test("sends an anonymous visitor from /me to sign in and back", async ({ page }) => {
    await page.goto("/me");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme/);
    await new LoginPage(page).signIn(DEMO_USERS.delegate.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "My registration" })).toBeVisible();
    await expect(page.getByText("Approved", { exact: true })).toBeVisible();
  });

  test("signs out", async ({ page }) => {
    await signInAs(page, "organizer");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/organizer");
    await expect(page).toHaveURL(/\/login/);
  });
});
