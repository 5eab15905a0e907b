import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "concord-demo-2025";

export const DEMO_USERS = {
  admin: { email: "admin@concord.demo", home: "/organizer" },
  organizer: { email: "organizer@concord.demo", home: "/organizer" },
  chair: { email: "chair@concord.demo", home: "/organizer" },
  staff: { email: "staff@concord.demo", home: "/checkin" },
  delegate: { email: "delegate@concord.demo", home: "/me" },
  head: { email: "head@concord.demo", home: "/me" },
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

/** The sign-in page's controls, found as a person finds them. */
export class LoginPage {
  constructor(private readonly page: Page) {}
  email = () => this.page.getByLabel("Email");
  password = () => this.page.getByLabel("Password");
  submit = () => this.page.getByRole("button", { name: "Sign in" });
  async signIn(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
  }
}

/** Signs in through the real form, as the person would. */
export async function signInAs(page: Page, role: DemoRole) {
  await page.goto("/login");
  await new LoginPage(page).signIn(DEMO_USERS[role].email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== "/login");
}

export const test = base;
export { expect };
