import type { Browser, Page, TestInfo } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, expect, LoginPage, test } from "./fixtures";
import { SeatPanel } from "./pages";

// Seats on a session page, as two delegates live it: the first takes the last seat, the second
// joins the waitlist and sees their place, the first cancels, and the second has the seat.
//
// What the demo data must hold (prisma/seed):
// - SESSION below with seat booking, CAPACITY seats, all but one already taken by sample delegates
//   (seatsTaken = CAPACITY − 1, as many CONFIRMED Seat rows), nobody waitlisted;
// - a second approved demo delegate, SECOND_DELEGATE, with a user account (password DEMO_PASSWORD).
// No other spec may take seats in SESSION. The test starts by giving back whatever either delegate
// holds there, so a retry starts from the same state.

const SESSION = {
  slug: "roundtable-data-classification-toolkit",
  title: "Roundtable: A Shared Toolkit for Data Classification and Grading",
  capacity: 40,
};
const FIRST_DELEGATE = DEMO_USERS.delegate.email;
const SECOND_DELEGATE = DEMO_USERS.head.email;

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await new LoginPage(page).signIn(email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== "/login");
}

async function delegatePage(browser: Browser, testInfo: TestInfo, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function openSession(page: Page): Promise<SeatPanel> {
  await page.goto(`/program/${SESSION.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: SESSION.title })).toBeVisible();
  const panel = new SeatPanel(page);
  await expect(panel.ready()).toBeVisible();
  return panel;
}

/** Gives back a seat or a waitlist place left over from an earlier attempt. */
async function giveBackAnything(page: Page) {
  const panel = await openSession(page);
  for (const button of [panel.cancel(), panel.leave()]) {
    if (await button.isVisible()) {
      await button.click();
      await expect(panel.outcome()).toHaveText(/^(Your seat is cancelled\.|You left the waitlist\.)$/);
    }
  }
}

test.describe("seats in a session with limited places", () => {
  test("a visitor is asked to sign in before taking a seat, and comes back to the session", async ({ page }) => {
    const panel = await openSession(page);
    await expect(panel.seatsLeft()).toBeVisible();
    await panel.signInLink().click();
    await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(`/program/${SESSION.slug}`)}`));
    await new LoginPage(page).signIn(FIRST_DELEGATE, DEMO_PASSWORD);
    await page.waitForURL(`**/program/${SESSION.slug}`);
    await expect(new SeatPanel(page).ready()).toBeVisible();
  });

  test("the first delegate takes the last seat, the second waits as number 1 and gets it when the first cancels", async ({ browser }, testInfo) => {
    const first = await delegatePage(browser, testInfo, FIRST_DELEGATE);
    const second = await delegatePage(browser, testInfo, SECOND_DELEGATE);
    await giveBackAnything(first);
    await giveBackAnything(second);

    // The last seat.
    const a = await openSession(first);
    await expect(a.seatsLeft(), "the seed leaves exactly one seat free in this session").toHaveText(`${SESSION.capacity} places to book · 1 left`);
    await a.take().click();
    await expect(a.outcome()).toHaveText("Your seat is confirmed.");
    await expect(a.hasSeat()).toBeVisible();
    await expect(a.seatsLeft()).toHaveText(`${SESSION.capacity} places to book · none left`);
    await expect(a.cancel()).toBeEnabled();

    // Full: the second delegate queues.
    const b = await openSession(second);
    await expect(b.seatsLeft()).toHaveText(`${SESSION.capacity} places to book · none left`);
    await expect(b.take()).toHaveCount(0);
    await b.join().click();
    await expect(b.outcome()).toHaveText("The session is full: you are number 1 on the waitlist.");
    await expect(b.waitlistPlace()).toHaveText("You are number 1 on the waitlist");
    // Asking again (a replayed click) keeps one place.
    await second.reload();
    await expect(new SeatPanel(second).waitlistPlace()).toHaveText("You are number 1 on the waitlist");

    // The first gives the seat back: the second has it, without doing anything.
    await a.cancel().click();
    await expect(a.outcome()).toHaveText("Your seat is cancelled.");
    await expect(a.hasSeat()).toHaveCount(0);
    await expect(a.join()).toBeVisible();

    const promoted = await openSession(second);
    await expect(promoted.hasSeat()).toBeVisible();
    await expect(promoted.waitlistPlace()).toHaveCount(0);
    await expect(promoted.cancel()).toBeVisible();

    // Leave the session as the seed made it, for the next run on the same database.
    await promoted.cancel().click();
    await expect(promoted.outcome()).toHaveText("Your seat is cancelled.");
    await first.context().close();
    await second.context().close();
  });

  test("a delegate stars the session and unstars it", async ({ browser }, testInfo) => {
    const page = await delegatePage(browser, testInfo, FIRST_DELEGATE);
    const panel = await openSession(page);
    const star = panel.star();
    if ((await star.getAttribute("aria-pressed")) === "true") {
      await star.click();
      await expect(star).toHaveAttribute("aria-pressed", "false");
    }
    await star.click();
    await expect(panel.outcome()).toHaveText("Added to your agenda.");
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await expect(star).toHaveText("Starred");
    await page.reload();
    await expect(new SeatPanel(page).star()).toHaveAttribute("aria-pressed", "true");
    await new SeatPanel(page).star().click();
    await expect(new SeatPanel(page).outcome()).toHaveText("Removed from your agenda.");
    await expect(new SeatPanel(page).star()).toHaveAttribute("aria-pressed", "false");
    await page.context().close();
  });
});
