import { expect, test } from "./fixtures";

// The demo seed signs one confidential agreement beside the 21 public ones: the board may count it,
// never show it. Its title and its parties' names must appear in no public response.
const CONFIDENTIAL = ["Strategic Data Reserve Cooperation", "Jinhai Strategic Data Reserve Co., Ltd.", "战略数据储备合作项目"] as const;

/** The CSV's lines (every record ends with CRLF; no cell of this export holds a line break). */
const records = (csv: string) => csv.split("\r\n").slice(0, -1);

const SECTORS = ["Computing-power infrastructure", "Low-altitude economy", "Smart health", "Smart energy"] as const;

test.describe("the public signings board", () => {
  test("shows the demo's 21 agreements worth ¥1.35 billion, exactly", async ({ page }) => {
    await page.goto("/signings");
    await expect(page.getByRole("heading", { level: 1, name: "Signings board" })).toBeVisible();
    const headline = page.getByRole("region", { name: "Signed so far" });
    await expect(headline).toContainText("21 agreements");
    await expect(headline).toContainText("¥1.35 billion");
    await expect(headline).toContainText("Exactly ¥1,350,000,000.00");
    await expect(page.getByRole("heading", { level: 2, name: /Signed agreements \(21 agreements\)/ })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(21);
  });

  test("gives each chart its figures in a table: the four sectors, and regions adding up to the total", async ({ page }) => {
    await page.goto("/signings");
    await expect(page.getByRole("img", { name: /By sector/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /By region or country/ })).toBeVisible();
    const sectors = page.getByRole("table", { name: "Totals by sector" });
    for (const name of SECTORS) await expect(sectors.getByRole("rowheader", { name })).toBeVisible();
    await expect(sectors.getByRole("row", { name: /Computing-power infrastructure/ })).toContainText("¥580,000,000.00");
    await expect(sectors.getByRole("row", { name: /Total/ })).toContainText("¥1,350,000,000.00");
    const regions = page.getByRole("table", { name: "Totals by region or country" });
    await expect(regions.getByRole("rowheader", { name: "Tianjin" })).toBeVisible();
    await expect(regions.getByRole("rowheader", { name: "Kazakhstan" })).toBeVisible();
    await expect(regions.getByRole("row", { name: /Total/ })).toContainText("¥1,350,000,000.00");
  });

  test("narrows the list to one sector, then to one country, with a plain form", async ({ page }) => {
    await page.goto("/signings");
    await page.getByLabel("Sector", { exact: true }).selectOption({ label: "Smart health" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/[?&]sector=smart-health/);
    await expect(page.getByRole("article")).toHaveCount(5);
    await expect(page.getByRole("region", { name: "For the filters chosen" })).toContainText("¥220 million");
    for (const card of await page.getByRole("article").all()) await expect(card).toContainText("Smart health");

    await page.getByLabel("Sector", { exact: true }).selectOption({ label: "All sectors" });
    await page.getByLabel("Region or country", { exact: true }).selectOption({ label: "Kazakhstan" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/[?&]region=KZ/);
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(3);
    for (const card of await cards.all()) await expect(card).toContainText("Kazakhstan");

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByRole("article")).toHaveCount(21);
  });

  test("ignores filters it does not know instead of failing", async ({ page }) => {
    const response = await page.goto("/signings?sector=%27%3Bdrop&region=ZZ&region=KZ");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("region", { name: "Signed so far" })).toContainText("21 agreements");
  });

  test("links each party to its organization's page", async ({ page }) => {
    await page.goto("/signings");
    const first = page.getByRole("article").first();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/organizations\/[a-z0-9-]+$/);
  });

  test("says a confidential agreement is left out, and shows it nowhere: HTML, RSC payload, CSV", async ({ page, request }) => {
    await page.goto("/signings");
    await expect(page.getByText("1 confidential agreement is not shown")).toBeVisible();

    const html = await (await request.get("/signings")).text();
    expect(html).toContain("Binhai Intelligent Computing Center, Phase II");
    const rsc = await request.get("/signings", { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    const payload = await rsc.text();
    expect(payload).toContain("Binhai Intelligent Computing Center, Phase II");
    const csvResponse = await request.get("/signings/export.csv");
    expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const csv = await csvResponse.text();
    expect(csv).toContain("Binhai Intelligent Computing Center, Phase II");
    expect(records(csv)).toHaveLength(22);

    for (const secret of CONFIDENTIAL) {
      expect(html).not.toContain(secret);
      expect(payload).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
    // Its company, named by nothing public, has no page whose existence would confirm it.
    expect((await request.get("/organizations/jinhai-strategic-data-reserve")).status()).toBe(404);
    // The host city, party to it and to public agreements, shows the public ones only.
    const host = await (await request.get("/organizations/tianjin-municipal-government")).text();
    for (const secret of CONFIDENTIAL) expect(host).not.toContain(secret);
  });

  test("exports the filtered list as CSV", async ({ request }) => {
    const csv = await (await request.get("/signings/export.csv?sector=smart-health")).text();
    const lines = records(csv);
    expect(lines[0]).toBe("\uFEFFsigned_at,title,title_zh,sector,value,currency,parties,party_regions,signatories,sample_data");
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(1)) expect(line).toContain(",Smart health,");
  });
});
