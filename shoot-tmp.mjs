import { chromium } from "@playwright/test";
const base = "http://localhost:3005";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const page = await ctx.newPage();
await page.goto(base + "/login");
await page.getByLabel("Email").fill(process.argv[2] ?? "organizer@concord.demo");
await page.getByLabel("Password").fill("concord-demo-2025");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => u.pathname !== "/login");
for (const [name, path, full] of JSON.parse(process.argv[3])) {
  const r = await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!full });
  console.log(name, r?.status());
}
await browser.close();
