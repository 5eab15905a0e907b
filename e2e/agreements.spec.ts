import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// An organizer records an agreement between two organizations (after a field error), signs it on
// the ceremony's run sheet, and the console's total of signed agreements and the public signings
// board's total both rise by exactly its value. It runs after the other specs (playwright.config.ts:
// the "after" project), since it changes the board they read.

/** The agreements console, found as a person finds it (no assertions here). */
class AgreementsConsole {
  constructor(private readonly page: Page) {}
  goto = () => this.page.goto("/organizer/agreements");
  byStatus = () => this.page.getByRole("table", { name: "By status" });
  /** The value cell of a status row: one line per currency. */
  statusTotal = (status: string) => this.byStatus().getByRole("row", { name: new RegExp(`^${status}\\b`) }).getByRole("cell").nth(1);
  statusCount = (status: string) => this.byStatus().getByRole("row", { name: new RegExp(`^${status}\\b`) }).getByRole("cell").nth(0);
  newAgreement = () => this.page.getByRole("link", { name: "New agreement" });
  runSheet = () => this.page.getByRole("link", { name: "Run sheet" });
  list = () => this.page.getByRole("region", { name: "Agreements" });
}

/** The agreement form. */
class AgreementForm {
  constructor(private readonly page: Page) {}
  title = () => this.page.getByLabel("Title (English)");
  sector = () => this.page.getByLabel("Sector");
  value = () => this.page.getByLabel("Value", { exact: true });
  currency = () => this.page.getByLabel("Currency");
  ceremony = () => this.page.getByLabel("Signing ceremony");
  party = (n: number) => this.page.getByRole("group", { name: `Party ${n}` });
  organization = (n: number) => this.party(n).getByLabel("Organization", { exact: true });
  role = (n: number) => this.party(n).getByLabel("Role");
  signatoryName = (n: number) => this.party(n).getByLabel("Signatory's name");
  signatoryTitle = (n: number) => this.party(n).getByLabel("Signatory's title");
  removeParty = (n: number) => this.page.getByRole("button", { name: `Remove party ${n}` });
  addParty = () => this.page.getByRole("button", { name: "Add a party" });
  submit = () => this.page.getByRole("button", { name: "Create agreement" });
  async fillParty(n: number, p: { organization: string; role: string; name: string; title: string }) {
    await this.organization(n).fill(p.organization);
    await this.role(n).fill(p.role);
    await this.signatoryName(n).fill(p.name);
    await this.signatoryTitle(n).fill(p.title);
  }
}

/** "¥1,350,000,000.00" (one line of a total cell) → fen. */
function yuanToFen(text: string): bigint {
  const line = text.split("\n").find((l) => l.includes("¥"));
  return line ? BigInt(line.replace(/[^0-9]/g, "")) : 0n;
}

/** The public board's exact headline figure ("Exactly ¥1,350,000,000.00") in fen. */
async function boardTotal(page: Page): Promise<bigint> {
  await page.goto("/signings");
  const exact = await page.getByRole("region", { name: "Signed so far" }).getByText(/^Exactly /).innerText();
  return yuanToFen(exact);
}

test.describe("agreements for organizers", () => {
  test("creates an agreement between two organizations, signs it on the run sheet, and the signed total rises by exactly its value", async ({ page }) => {
    const boardBefore = await boardTotal(page);
    await signInAs(page, "organizer");
    const console_ = new AgreementsConsole(page);
    await console_.goto();
    await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
    const signedBefore = yuanToFen(await console_.statusTotal("Signed").innerText());
    const signedCountBefore = Number(await console_.statusCount("Signed").innerText());

    await console_.newAgreement().click();
    await expect(page.getByRole("heading", { level: 1, name: "New agreement" })).toBeVisible();
    const form = new AgreementForm(page);
    const title = `Tianjin–Almaty Port Data Exchange (e2e ${Date.now()})`;
    await form.title().fill(title);
    await form.sector().selectOption({ label: "Smart energy" });
    await form.value().fill("12,345,678.90");
    await expect(form.currency()).toHaveValue("CNY");
    await form.ceremony().selectOption({ index: 1 });
    await form.fillParty(1, { organization: "Tianjin Binhai Computing Power Investment Group Co., Ltd.", role: "Investor", name: "Zhang Wei", title: "Chairman" });

    // One party only: the form refuses, says why, and keeps what was typed.
    await form.removeParty(2).click();
    await form.submit().click();
    await expect(page.getByRole("alert").filter({ hasText: "An agreement has at least two parties" })).toBeVisible();
    await expect(page).toHaveURL(/\/organizer\/agreements\/new$/);
    await expect(form.title()).toHaveValue(title);

    await form.addParty().click();
    await form.fillParty(2, { organization: "Almaty Cloud Systems JSC", role: "International partner", name: "Dinara Serikbayeva", title: "Managing Director" });
    await form.submit().click();
    await page.waitForURL(/\/organizer\/agreements$/);
    await expect(console_.list().getByRole("link", { name: title })).toBeVisible();
    // Planned, it does not count as signed yet.
    expect(yuanToFen(await console_.statusTotal("Signed").innerText())).toBe(signedBefore);

    await console_.runSheet().click();
    await page.getByRole("link", { name: /Signing Ceremony/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Run sheet:/ })).toBeVisible();
    const signing = page.getByRole("listitem", { name: title });
    await expect(signing.getByText("Zhang Wei")).toBeVisible();
    await expect(signing.getByText("Almaty Cloud Systems JSC")).toBeVisible();
    await signing.getByRole("button", { name: /^Mark signed/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "is signed" })).toBeVisible();
    await expect(signing.getByRole("button", { name: /^Mark signed/ })).toHaveCount(0);
    await expect(signing.getByText(/signed \d/)).toBeVisible();

    await console_.goto();
    expect(yuanToFen(await console_.statusTotal("Signed").innerText())).toBe(signedBefore + 1_234_567_890n);
    expect(Number(await console_.statusCount("Signed").innerText())).toBe(signedCountBefore + 1);

    // The public board has it at once, with its parties, and its total rose by exactly its value.
    expect(await boardTotal(page)).toBe(boardBefore + 1_234_567_890n);
    const card = page.getByRole("article").filter({ hasText: title });
    await expect(card).toBeVisible();
    await expect(card.getByRole("link", { name: "Almaty Cloud Systems JSC" })).toBeVisible();
  });
});
