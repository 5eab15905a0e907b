// End-to-end tests in Debian's Chromium (Playwright cannot download its browsers here) against the
// production build (`next build` first: `npm run test:e2e` does it), served by `next start` on a
// fresh PGlite folder that is migrated and seeded with the demo forum on every run.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
const CI = process.env.CI === "true" || process.env.CI === "1";
// Playwright loads this file as CommonJS (the package has no "type": "module").
const bin = path.join(__dirname, "node_modules", ".bin");

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Without the background-networking flags Chromium keeps calling the closed network.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  },
};
// Specs that change what other specs read run after all the others, one stage at a time: the
// signings board's figures (agreements), and the program's working copy and releases (each of the
// others edits, imports, publishes or resets the program, and checks what the public sees).
const STAGES = [/(?:agreements|grid-keys)\.spec\.ts$/, /audit\.spec\.ts$/, /program-import\.spec\.ts$/, /publish-preview\.spec\.ts$/, /addresses\.spec\.ts$/];

export default defineConfig({
  testDir: "e2e",
  // PGlite is one connection and this machine has two cores: two browsers at most.
  workers: 2,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    navigationTimeout: 30_000,
  },
  projects: [
    { name: "chromium", use: browser, testIgnore: STAGES },
    ...STAGES.map((testMatch, i) => ({ name: `after-${i + 1}`, use: browser, testMatch, dependencies: [i === 0 ? "chromium" : `after-${i}`] })),
  ],
  webServer: {
    // A fresh database every run: migrate and seed before the server opens the folder (PGlite has
    // no lock, so nothing else may have it open), then `exec` so Playwright stops next-server itself.
    command: [
      "rm -rf .data/e2e",
      "tsx scripts/db.ts deploy",
      "tsx prisma/seed.ts",
      `exec next start -p ${PORT}`,
    ].join(" && "),
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      // Node 24 and the project's tools first, however Playwright was started.
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      DATABASE_URL: "file:.data/e2e",
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      // The demo accounts sign in during the tests; a production start refuses them otherwise.
      CONCORD_DEMO: "1",
      NODE_ENV: "production",
    },
  },
});
