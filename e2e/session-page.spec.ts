import { expect, test } from "./fixtures";
import { SeatPanel } from "./pages";

// A session page says what each figure is: the room's size and the places delegates can book are
// different numbers. Without JavaScript the seat box says what the published program offers and
// what needs JavaScript, never "Checking…" forever. (The page is the same cached HTML for
// everyone: nothing here is the visitor's own.)
const SESSION = { slug: "roundtable-data-classification-toolkit", capacity: 40 };

test.describe("a session page with seat booking", () => {
  test("tells the room's size apart from the places to book, and the places left", async ({ page }, testInfo) => {
    await page.goto(`/program/${SESSION.slug}`);
    const seats = new SeatPanel(page);
    await expect(page.getByText(/^Room for \d+ people$/)).toBeVisible();
    await expect(seats.seatsLeft()).toHaveText(new RegExp(`^${SESSION.capacity} places to book · (none|\\d+) left$`));
    await expect(seats.checking()).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("session-page.png"), fullPage: true });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("shows the places the program offers and says what needs JavaScript", async ({ page }, testInfo) => {
      await page.goto(`/program/${SESSION.slug}`);
      const seats = new SeatPanel(page);
      await expect(seats.offered()).toHaveText(`${SESSION.capacity} places to book`);
      await expect(seats.noScriptNote()).toBeVisible();
      await expect(seats.checking()).toHaveCount(0);
      await expect(page.getByText(/^Room for \d+ people$/)).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath("session-page-no-js.png"), fullPage: true });
    });
  });
});
