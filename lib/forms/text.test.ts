import { describe, expect, it } from "vitest";
import { agreementPartySchema, agreementSchema, sectorSchema } from "@/lib/agreements/schemas";
import { createDelegationSchema } from "@/lib/delegations/schemas";
import { organizationSchema } from "@/lib/organizations/schemas";
import { forumSettingsSchema, personSchema, roomSchema, sessionSchema, subForumSchema } from "@/lib/program/schemas";
import { participantDetailsSchema } from "@/lib/registration/schemas";
import { showcaseProfileSchema } from "@/lib/showcase/schemas";
import { oneLine, paragraphs } from "./text";

const HOSTILE = "Opening\r\nBEGIN:VALARM\u0000\u0085\u2028END:VALARM\tnow";
const ONE_LINE = "Opening BEGIN:VALARM END:VALARM now";

describe("shared text rules", () => {
  it("turns every control character and line separator of a one-line field into a single space", () => {
    expect(oneLine.parse(HOSTILE)).toBe(ONE_LINE);
  });

  it("keeps a paragraph's line breaks as \\n and drops other control characters", () => {
    expect(paragraphs.parse("First\r\nSecond\u0000\rThird\u2028Fourth\u0007")).toBe("First\nSecond\nThird\nFourth");
  });
});

describe("single-line fields in every schema", () => {
  const sessionBase = { type: "PLENARY", titleEn: "x", startsAt: "2025-07-10T09:00", endsAt: "2025-07-10T10:00" };
  const cases: [string, (title: string) => unknown][] = [
    ["session title", (t) => sessionSchema.parse({ ...sessionBase, titleEn: t, titleZh: t }).titleZh],
    ["session title (English)", (t) => sessionSchema.parse({ ...sessionBase, titleEn: t }).titleEn],
    ["room name", (t) => roomSchema.parse({ nameEn: t, capacity: 10 }).nameEn],
    ["sub-forum title", (t) => subForumSchema.parse({ titleEn: t, color: "#123456", chairIds: [] }).titleEn],
    ["person's title", (t) => personSchema.parse({ nameEn: "A", titleEn: t, protocolRank: 1 }).titleEn],
    [
      "forum venue",
      (t) => forumSettingsSchema.parse({ nameEn: "F", themeEn: "T", venueEn: t, cityEn: "C", startDate: "2025-07-10", endDate: "2025-07-11", timeZone: "Asia/Shanghai" }).venueEn,
    ],
    ["agreement party's signatory", (t) => agreementPartySchema.parse({ organizationId: "abc", role: "Investor", signatoryName: t }).signatoryName],
    [
      "agreement title",
      (t) =>
        agreementSchema.parse({
          titleEn: t,
          sectorId: "sector1",
          value: "100",
          status: "PLANNED",
          visibility: "PUBLIC",
          parties: [
            { organizationId: "org1", role: "A", signatoryName: "X" },
            { organizationId: "org2", role: "B", signatoryName: "Y" },
          ],
        }).titleEn,
    ],
    ["sector name", (t) => sectorSchema.parse({ nameEn: t, color: "#123456" }).nameEn],
    ["delegation name", (t) => createDelegationSchema.parse({ countryCode: "KZ", name: t }).name],
    ["organization name", (t) => organizationSchema.parse({ nameEn: t, kind: "COMPANY", countryCode: "CN" }).nameEn],
    ["showcase headline", (t) => showcaseProfileSchema.parse({ headlineEn: t }).headlineEn],
    [
      "delegate's organization",
      (t) => participantDetailsSchema.parse({ fullName: "A B", category: "BUSINESS", organizationName: t, countryCode: "KZ", preferredLocale: "EN" }).organizationName,
    ],
  ];
  it.each(cases)("strips control characters from the %s", (_name, parse) => {
    expect(parse(HOSTILE)).toBe(ONE_LINE);
  });

  it("keeps the line breaks of an abstract", () => {
    expect(sessionSchema.parse({ ...sessionBase, abstractEn: "One\r\nTwo" }).abstractEn).toBe("One\nTwo");
  });
});
