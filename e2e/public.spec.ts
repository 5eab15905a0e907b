import { expect, signInAs, test } from "./fixtures";

test.describe("the public site", () => {
  test("shows the demo forum on the home page with live figures", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "2025 SCO Digital Economy Forum" })).toBeVisible();
    await expect(page.getByText("New Bonds in the Digital Economy, New Horizons for Cooperation")).toBeVisible();
    const figures = page.getByRole("region", { name: "The forum in figures" });
    await expect(figures.getByText("sub-forums")).toBeVisible();
    await expect(figures.getByText("agreements signed")).toBeVisible();
    await expect(figures.getByText("21", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Data Governance and Ecological Collaboration" })).toBeVisible();
  });

  test("lists the published program by day and opens a session", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "View the program" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Program" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /10 July 2025/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /11 July 2025/ })).toBeVisible();
    await page.getByRole("link", { name: "Opening Ceremony" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Opening Ceremony" })).toBeVisible();
    await expect(page.getByText(/Asia\/Shanghai|GMT\+8/).first()).toBeVisible();
  });

  test("answers an unknown address with a real 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("shows the program in Chinese when the visitor picks it", async ({ page }) => {
    await page.goto("/program");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("开幕式").first()).toBeVisible();
  });
});

test.describe("security headers", () => {
  test("sends a content security policy that forbids framing, and no sniffing or full referrers", async ({ request }) => {
    for (const path of ["/", "/program", "/login"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });
});

test.describe("caching", () => {
  test("lets shared caches keep public pages and exports briefly, and never the console", async ({ page, request }) => {
    for (const path of ["/", "/program", "/program/opening-ceremony", "/speakers"]) {
      expect((await request.get(path)).headers()["cache-control"], path).toMatch(/^public, .*s-maxage=\d+/);
    }
    const json = await request.get("/program/schedule.json");
    expect(json.headers()["cache-control"]).toMatch(/^public/);
    const etag = json.headers()["etag"];
    expect(etag).toBeTruthy();
    expect((await request.get("/program/schedule.json", { headers: { "If-None-Match": etag ?? "" } })).status()).toBe(304);

    // The plain program and the session pages are rendered once per language and release, then
    // served from Next's cache with a validator: a second request is a hit and can answer 304.
    for (const path of ["/program", "/program/opening-ceremony"]) {
      await request.get(path);
      const cached = await request.get(path);
      expect(cached.headers()["x-nextjs-cache"], path).toBe("HIT");
      const pageTag = cached.headers()["etag"];
      expect(pageTag, path).toBeTruthy();
      expect((await request.get(path, { headers: { "If-None-Match": pageTag ?? "" } })).status(), path).toBe(304);
    }
    // The cached pages are reached through the public addresses only.
    expect((await request.get("/p/en/made-up-release/program")).status()).toBe(404);
    // Each language has its own cached page, and the address stays the same.
    const chinese = await request.get("/program", { headers: { Cookie: "NEXT_LOCALE=zh" } });
    expect(await chinese.text()).toContain('lang="zh-Hans"');

    await signInAs(page, "organizer");
    const console = await page.request.get("/organizer/program");
    expect(console.headers()["cache-control"]).not.toMatch(/public/);
    const signedInProgram = await page.request.get("/program");
    expect(signedInProgram.headers()["cache-control"]).not.toMatch(/public/);
  });
});
