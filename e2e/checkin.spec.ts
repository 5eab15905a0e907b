import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import QRCode from "qrcode";
import { CheckInPage } from "./pages";
import { expect, signInAs, test } from "./fixtures";

// The door, as staff use it: a badge code typed or scanned, the guest's card, "Check in" once, the
// day's count; and nothing else of the participants. The demo delegate (seeded APPROVED, not
// checked in) is the guest; their badge code is read from their own badge page, as they would
// show it — the e2e server owns its PGlite folder, so the test never opens the database itself.

const GUEST = { fullName: "Айгерим Сапарова", latinName: "Aigerim Saparova", organization: "Astana Digital Solutions" };
const STAFF_NAME = "Demo Check-in Staff";
// 16 base32 characters (lib/participants/codes.ts), perhaps printed in groups of four.
const BADGE_CODE = /\b[A-Z2-7]{4}(?:[ -]?[A-Z2-7]{4}){3}\b/;

/** The demo delegate's badge code, printed under the QR code on their badge page. */
async function demoDelegateBadgeCode(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAs(page, "delegate");
    await page.goto("/me/badge");
    await page.getByRole("article", { name: "My badge" }).waitFor();
    const text = await page.locator("main").innerText();
    const found = BADGE_CODE.exec(text);
    if (!found) throw new Error(`No badge code on the delegate's badge page (${page.url()})`);
    return found[0].replace(/[ -]/g, "");
  } finally {
    await context.close();
  }
}

test.describe("check-in at the door", () => {
  test("staff types a badge code, checks the guest in once, and sees the day's count rise", async ({ page, browser }) => {
    const code = await demoDelegateBadgeCode(browser);
    await signInAs(page, "staff");
    await expect(page).toHaveURL(/\/checkin$/);
    const door = new CheckInPage(page);
    await expect(door.codeField()).toBeFocused();
    const before = await door.count();

    // Typed the way people type: lower case, in groups.
    await door.lookUp(code.toLowerCase().replace(/(.{4})(?=.)/g, "$1 "));
    await expect(door.resultHeading("Approved: ready to check in")).toBeVisible();
    await expect(page.getByText(GUEST.fullName)).toBeVisible();
    await expect(page.getByText(GUEST.latinName)).toBeVisible();
    await expect(page.getByText(GUEST.organization)).toBeVisible();
    await expect(page.getByText("Business", { exact: true })).toBeVisible();
    await expect(page.getByText("Approved", { exact: true })).toBeVisible();
    // The door sees no e-mail address.
    await expect(page.getByText("delegate@concord.demo")).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await door.checkInButton().click();
    await expect(door.resultHeading("Checked in")).toBeVisible();
    // At least: the journey spec may check someone in on the other worker meanwhile.
    await expect.poll(() => door.count()).toBeGreaterThanOrEqual(before + 1);
    await expect(door.checkInButton()).toHaveCount(0);
    // Ready for the next badge at once.
    await expect(door.codeField()).toBeFocused();
    await expect(door.codeField()).toHaveValue("");

    // The same badge again: amber, with the time and who checked them in; the count stays.
    await door.lookUp(code);
    await expect(door.resultHeading(/^Already checked in at \d{2}:\d{2}/)).toBeVisible();
    await expect(page.getByText(`Checked in by ${STAFF_NAME}.`)).toBeVisible();
    await expect(door.checkInButton()).toHaveCount(0);
    // At least: the journey spec may check someone in on the other worker meanwhile.
    await expect.poll(() => door.count()).toBeGreaterThanOrEqual(before + 1);

    // Reloading the page never turns an earlier check-in green again, nor checks anyone in twice.
    await page.reload();
    await expect(door.resultHeading(/^Already checked in at/)).toBeVisible();
    // At least: the journey spec may check someone in on the other worker meanwhile.
    await expect.poll(() => door.count()).toBeGreaterThanOrEqual(before + 1);
  });

  test("tells staff what is wrong with a code that is not one, keeping what was typed", async ({ page }) => {
    await signInAs(page, "staff");
    const door = new CheckInPage(page);
    await door.lookUp("ab");
    await expect(page.getByText("Type the code printed on the badge")).toBeVisible();
    await expect(door.codeField()).toHaveValue("ab");
    await expect(door.codeField()).toHaveAttribute("aria-invalid", "true");
  });

  test("keeps staff out of the console, the participant list and its export", async ({ page, browser }) => {
    // Where the export lives, as an organizer finds it.
    const organizerContext = await browser.newContext();
    const organizer = await organizerContext.newPage();
    await signInAs(organizer, "organizer");
    await organizer.goto("/organizer/participants");
    const exportLink = organizer.getByRole("link", { name: /export/i }).first();
    await expect(exportLink).toBeVisible();
    const exportHref = await exportLink.getAttribute("href");
    await organizerContext.close();
    expect(exportHref).toBeTruthy();

    await signInAs(page, "staff");
    // No way into the console from the door page.
    await expect(page.getByRole("link", { name: /console|participants/i })).toHaveCount(0);
    for (const path of ["/organizer", "/organizer/participants", "/me"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    const exported = await page.request.get(exportHref ?? "/organizer/participants");
    expect(exported.status(), exportHref ?? "").toBe(403);
    expect(await exported.text()).not.toContain("delegate@concord.demo");
  });
});

// Chromium's fake camera plays a Y4M file: a still frame of a QR code. The file exists (blank)
// before the browser starts, and the test writes the badge into it before starting the camera
// (Chromium reads it when capture starts). Linux Chromium has no BarcodeDetector, so this
// exercises the jsQR path.
const FAKE_CAMERA = path.join(os.tmpdir(), `concord-e2e-badge-${process.pid}.y4m`);

const cameraTest = test.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      fs.writeFileSync(FAKE_CAMERA, qrVideo(null));
      await use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${FAKE_CAMERA}`],
      });
      fs.rmSync(FAKE_CAMERA, { force: true });
    },
    { scope: "worker" },
  ],
});

/** A 640×480 YUV 4:2:0 video of one QR code (or of a white page), dark on white, centred. */
function qrVideo(text: string | null): Buffer {
  const width = 640;
  const height = 480;
  const luma = Buffer.alloc(width * height, 235);
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  if (text !== null) drawQr(luma, width, height, text);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

function drawQr(luma: Buffer, width: number, height: number, text: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cells = modules.size + 8;
  const scale = Math.floor((Math.min(width, height) * 0.8) / cells);
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) luma.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
}

cameraTest.describe("scanning with the camera", () => {
  cameraTest("staff scans a badge's QR code and sees who it is", async ({ page, browser }) => {
    const code = await demoDelegateBadgeCode(browser);
    // A QR code holding more than the bare code is read too.
    fs.writeFileSync(FAKE_CAMERA, qrVideo(`CONCORD:${code}`));
    await signInAs(page, "staff");
    const door = new CheckInPage(page);

    await door.startCamera().click();
    await expect(door.stopCamera()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]code=${code}`), { timeout: 20_000 });
    await expect(page.getByText(GUEST.fullName)).toBeVisible();
    // Scanning only looks the badge up; checking in stays a press of the button.
    await expect(page.getByRole("heading", { level: 2, name: /Approved: ready to check in|Already checked in/ })).toBeVisible();

    await door.stopCamera().click();
    await expect(door.startCamera()).toBeVisible();
  });
});
