import AxeBuilder from "@axe-core/playwright";
import { expect, signInAs, test, type DemoRole } from "./fixtures";

const pages: { path: string; as?: DemoRole }[] = [
  { path: "/" },
  { path: "/program" },
  { path: "/program/opening-ceremony" },
  { path: "/program/changes" },
  { path: "/speakers" },
  { path: "/signings" },
  { path: "/organizations/tianjin-haihe-digital-industry-group" },
  { path: "/program/tianjin-soe-digital-technology-promotion" },
  { path: "/organizer/program", as: "organizer" },
  { path: "/organizer/sessions/new", as: "organizer" },
  { path: "/organizer/rooms", as: "organizer" },
  { path: "/organizer/sub-forums", as: "organizer" },
  { path: "/organizer/people", as: "organizer" },
  { path: "/organizer/settings", as: "organizer" },
  { path: "/login" },
  { path: "/no-such-page" },
  { path: "/organizer", as: "organizer" },
  { path: "/organizer/sessions", as: "organizer" },
  { path: "/organizer/participants", as: "organizer" },
  { path: "/organizer/agreements", as: "organizer" },
  { path: "/organizer/agreements/new", as: "organizer" },
  { path: "/organizer/agreements/run-sheet", as: "organizer" },
  { path: "/organizer/organizations", as: "organizer" },
  { path: "/organizer/organizations/new", as: "organizer" },
  { path: "/me", as: "delegate" },
  { path: "/checkin", as: "staff" },
];

test.describe("accessibility", () => {
  for (const { path, as } of pages) {
    test(`finds no WCAG A/AA violation on ${path}${as ? ` as ${as}` : ""}`, async ({ page }) => {
      if (as) await signInAs(page, as);
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
