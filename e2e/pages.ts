import { expect, type Page } from "@playwright/test";

/** The registration form's controls, found by their labels. */
export class RegistrationPage {
  constructor(private readonly page: Page) {}
  fullName = () => this.page.getByLabel("Full name", { exact: true });
  latinName = () => this.page.getByLabel("Name in Latin letters (optional)");
  email = () => this.page.getByLabel("Email", { exact: true });
  password = () => this.page.getByLabel("Password", { exact: true });
  category = () => this.page.getByLabel("Category", { exact: true });
  organization = () => this.page.getByLabel("Organization", { exact: true });
  jobTitle = () => this.page.getByLabel("Job title (optional)");
  country = () => this.page.getByLabel("Country", { exact: true });
  delegation = () => this.page.getByLabel("Delegation", { exact: true });
  language = () => this.page.getByLabel("Preferred language");
  consentData = () => this.page.getByLabel(/I agree that the organizers process my personal data/);
  consentPublicList = () => this.page.getByLabel(/public list of participants/);
  submit = () => this.page.getByRole("button", { name: "Register", exact: true });

  async fill(values: { fullName: string; latinName: string; email: string; password: string; consent: boolean }) {
    await this.fullName().fill(values.fullName);
    await this.latinName().fill(values.latinName);
    await this.organization().fill("Kazakhtelecom");
    await this.jobTitle().fill("Head of International Cooperation");
    await this.email().fill(values.email);
    await this.password().fill(values.password);
    await this.category().selectOption({ label: "Business" });
    await this.country().selectOption({ label: "Kazakhstan" });
    await this.delegation().selectOption({ index: 0 });
    await this.language().selectOption({ label: "Русский" });
    // A click that lands before the form has hydrated can be undone by it: check until it stays.
    const boxes = values.consent ? [this.consentData(), this.consentPublicList()] : [this.consentPublicList()];
    for (const box of boxes) {
      await expect(async () => {
        await box.check();
        await expect(box).toBeChecked({ timeout: 500 });
      }).toPass();
    }
  }
}

/** An address nobody has registered with yet. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.kz`;
}

/** The seat panel on a session page, found as a person finds it (no assertions here). */
export class SeatPanel {
  constructor(private readonly page: Page) {}
  region = () => this.page.getByRole("region", { name: "Seats" });
  seatsLeft = () => this.region().getByText(/places? to book · (none|\d+) left$/);
  take = () => this.region().getByRole("button", { name: "Take a seat" });
  join = () => this.region().getByRole("button", { name: "Join the waitlist" });
  cancel = () => this.region().getByRole("button", { name: "Cancel my seat" });
  leave = () => this.region().getByRole("button", { name: "Leave the waitlist" });
  star = () => this.region().getByRole("button", { name: /^Star(red)?$/ });
  hasSeat = () => this.region().getByText("You have a seat.");
  waitlistPlace = () => this.region().getByText(/^You are number \d+ on the waitlist$/);
  outcome = () => this.region().getByRole("status");
  signInLink = () => this.region().getByRole("link", { name: "Sign in to take a seat" });
  /** The places the published program offers, shown before (or without) the live figures. */
  offered = () => this.region().getByText(/^\d+ places? to book$/);
  checking = () => this.region().getByText("Checking your seat and the places left…");
  noScriptNote = () => this.region().getByText(/with JavaScript turned on/);
  /** Ready once the visitor's own state has loaded in the browser. */
  ready = () => this.region().getByRole("button").or(this.signInLink()).first();
}

/** The door's controls, found as a person finds them (no assertions here). */
export class CheckInPage {
  constructor(private readonly page: Page) {}
  codeField = () => this.page.getByLabel("Badge code");
  lookUpButton = () => this.page.getByRole("button", { name: "Look up" });
  checkInButton = () => this.page.getByRole("button", { name: "Check in", exact: true });
  todayCount = () => this.page.getByRole("status", { name: "Checked in today" });
  resultHeading = (name: string | RegExp) => this.page.getByRole("heading", { level: 2, name, exact: typeof name === "string" ? true : undefined });
  startCamera = () => this.page.getByRole("button", { name: "Start camera" });
  stopCamera = () => this.page.getByRole("button", { name: "Stop camera" });
  async lookUp(code: string) {
    await this.codeField().fill(code);
    await this.lookUpButton().click();
  }
  async count(): Promise<number> {
    return Number(await this.todayCount().innerText());
  }
}

/** The program grid's publish panel and its preview (no assertions here). */
export class PublishPanelPage {
  constructor(private readonly page: Page) {}
  region = () => this.page.getByRole("region", { name: "Publish the program" });
  preview = () => this.region().getByRole("region", { name: /^What release \d+ will change$/ });
  comment = () => this.region().getByLabel("Comment for the changelog");
  publish = () => this.region().getByRole("button", { name: "Publish program" });
  published = () => this.region().getByRole("status");
  refusal = () => this.region().getByRole("alert");
  releasesLink = () => this.region().getByRole("link", { name: "Releases and rollback" });
  /** The version the preview is for, read from its heading. */
  async nextVersion(): Promise<number> {
    const heading = await this.preview().getByRole("heading", { level: 3 }).innerText();
    return Number(/release (\d+)/.exec(heading)?.[1] ?? Number.NaN);
  }
}

/** The console's releases list and a rollback's confirmation step (no assertions here). */
export class ReleasesPage {
  constructor(private readonly page: Page) {}
  release = (version: number) => this.page.getByRole("article", { name: new RegExp(`^Release ${version}\\b`) });
  republishLink = (version: number) => this.page.getByRole("link", { name: `Publish release ${version} again…` });
  resetLink = (version: number) => this.page.getByRole("link", { name: `Reset the working copy to release ${version}…` });
  preview = () => this.page.getByRole("region", { name: /^What (release \d+ will change for the public|will change in the working copy)$/ });
  comment = () => this.page.getByLabel("Comment for the changelog");
  confirmRepublish = (version: number, next: number) => this.page.getByRole("button", { name: `Publish release ${version} again as release ${next}` });
  confirmReset = (version: number) => this.page.getByRole("button", { name: `Reset the working copy to release ${version}` });
  outcome = () => this.page.getByRole("status");
}

/** The audit log's filters and table, found as a person finds them (no assertions here). */
export class AuditLogPage {
  constructor(private readonly page: Page) {}
  heading = () => this.page.getByRole("heading", { level: 1 });
  table = () => this.page.getByRole("region", { name: "Audit log" });
  /** The rows whose "What" reads `action` ("Session edited"). */
  row = (action: string) => this.table().getByRole("row").filter({ has: this.page.getByRole("cell", { name: action, exact: true }) });
  empty = () => this.table().getByText("No entries match.");
  person = () => this.page.getByLabel("Person");
  from = () => this.page.getByLabel("From");
  to = () => this.page.getByLabel("To", { exact: true });
  filter = () => this.page.getByRole("button", { name: "Filter" });
  problem = () => this.page.getByRole("alert").filter({ hasText: "filters" });
}
