import { expect, signInAs, test } from "./fixtures";
import { RegistrationPage, uniqueEmail } from "./pages";

test.describe("registration", () => {
  test("a visitor registers, and the link in the outbox confirms their e-mail", async ({ page }) => {
    const email = uniqueEmail("aigerim");
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1, name: "Register" })).toBeVisible();
    const form = new RegistrationPage(page);
    await form.fill({ fullName: "Айгерим Сериккызы", latinName: "Aigerim Serikkyzy", email, password: "Almaty-apples-2025", consent: true });
    await form.submit().click();

    await expect(page.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();
    await expect(page).toHaveURL(/\/register\/check-email$/);

    await signInAs(page, "organizer");
    await page.goto("/organizer/outbox");
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    await page.getByLabel("Recipient").fill(email);
    await page.getByRole("button", { name: "Filter" }).click();
    const table = page.getByRole("region", { name: "Outbox" });
    await expect(table.getByRole("cell", { name: email })).toBeVisible();
    await table.getByText(/^Confirm your e-mail address for /).click();
    const message = table.getByRole("group", { name: `Message to ${email}` });
    await expect(message).toContainText("Dear Айгерим Сериккызы");
    const outbox = page.url();
    await message.getByRole("link", { name: /\/register\/confirm\?token=/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: "E-mail confirmed" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

    // The link works once; following it again is harmless.
    await page.goto(outbox);
    await page.getByRole("region", { name: "Outbox" }).getByText(/^Confirm your e-mail address for /).click();
    await page.getByRole("group", { name: `Message to ${email}` }).getByRole("link", { name: /\/register\/confirm\?token=/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Already confirmed" })).toBeVisible();
  });

  test("a missing consent is shown at the checkbox and everything typed stays", async ({ page }) => {
    const email = uniqueEmail("nurlan");
    await page.goto("/register");
    const form = new RegistrationPage(page);
    await form.fill({ fullName: "Нурлан Абенов", latinName: "Nurlan Abenov", email, password: "Steppe-eagle-2025", consent: false });
    await form.submit().click();

    await expect(page.getByText("You must agree to data processing to register")).toBeVisible();
    await expect(form.consentData()).toHaveAttribute("aria-invalid", "true");
    await expect(form.fullName()).toHaveValue("Нурлан Абенов");
    await expect(form.latinName()).toHaveValue("Nurlan Abenov");
    await expect(form.email()).toHaveValue(email);
    await expect(form.country()).toHaveValue("KZ");
    await expect(form.category()).toHaveValue("BUSINESS");
    await expect(form.consentPublicList()).toBeChecked();
    await expect(page).toHaveURL(/\/register$/);
  });

  test("an e-mail already registered is refused at the e-mail field, after the server checked it", async ({ page }) => {
    await page.goto("/register");
    const form = new RegistrationPage(page);
    await form.fill({ fullName: "Demo Delegate", latinName: "Demo Delegate", email: "delegate@concord.demo", password: "Another-password-2025", consent: true });
    await form.submit().click();

    await expect(page.getByText("This e-mail address is already registered. Sign in, or use another address.")).toBeVisible();
    await expect(form.email()).toHaveAttribute("aria-invalid", "true");
    await expect(form.email()).toHaveValue("delegate@concord.demo");
    await expect(form.fullName()).toHaveValue("Demo Delegate");
    await expect(form.consentData()).toBeChecked();
  });

  test("a weak password is explained at the password field", async ({ page }) => {
    await page.goto("/register");
    const form = new RegistrationPage(page);
    await form.fill({ fullName: "Test Person", latinName: "", email: uniqueEmail("weak"), password: "aaaaaaaaaaaaaaaa", consent: true });
    await form.submit().click();
    await expect(page.getByText(/Mix at least two kinds of character/)).toBeVisible();
    await expect(form.password()).toHaveAttribute("aria-invalid", "true");
  });
});
