import type { Page } from "@playwright/test";

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
    if (values.consent) await this.consentData().check();
    await this.consentPublicList().check();
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
  seatsLeft = () => this.region().getByText(/seats? left of \d+$/);
  take = () => this.region().getByRole("button", { name: "Take a seat" });
  join = () => this.region().getByRole("button", { name: "Join the waitlist" });
  cancel = () => this.region().getByRole("button", { name: "Cancel my seat" });
  leave = () => this.region().getByRole("button", { name: "Leave the waitlist" });
  star = () => this.region().getByRole("button", { name: /^Star(red)?$/ });
  hasSeat = () => this.region().getByText("You have a seat.");
  waitlistPlace = () => this.region().getByText(/^You are number \d+ on the waitlist$/);
  outcome = () => this.region().getByRole("status");
  signInLink = () => this.region().getByRole("link", { name: "Sign in to take a seat" });
  /** Ready once the visitor's own state has loaded in the browser. */
  ready = () => this.region().getByRole("button").or(this.signInLink()).first();
}
