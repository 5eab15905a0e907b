import { describe, expect, it } from "vitest";
import { CONSENT_DATA_MESSAGE, participantDetailsSchema, passwordCharacterClasses, registrationSchema } from "@/lib/registration/schemas";

const valid = {
  fullName: "  张伟 ",
  latinName: "Zhang Wei",
  email: " Zhang.Wei@Example.ORG ",
  password: "correct horse battery",
  category: "GOVERNMENT",
  organizationName: "National Data Administration",
  jobTitle: "Director",
  countryCode: "cn",
  delegationId: "",
  preferredLocale: "ZH",
  consentData: true,
  consentPublicList: false,
};

function errorsOf(input: unknown): Record<string, string> {
  const parsed = registrationSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("registrationSchema", () => {
  it("accepts a full registration and normalises what was typed", () => {
    const parsed = registrationSchema.parse(valid);
    expect(parsed).toMatchObject({ fullName: "张伟", email: "zhang.wei@example.org", countryCode: "CN", delegationId: null, inviteToken: null });
  });

  it("refuses a password shorter than 12 characters at the password field", () => {
    expect(errorsOf({ ...valid, password: "Short1!" })).toEqual({ password: "Use at least 12 characters" });
  });

  it("refuses a password of one kind of character", () => {
    expect(errorsOf({ ...valid, password: "aaaaaaaaaaaaaaaa" }).password).toMatch(/two kinds/);
    expect(passwordCharacterClasses("abcDEF123!")).toBe(4);
  });

  it("refuses the e-mail address as password", () => {
    expect(errorsOf({ ...valid, email: "wei@example.org", password: "WEI@example.org" }).password).toMatch(/must not be your e-mail/);
  });

  it("refuses a registration without consent to data processing, at the consent field", () => {
    expect(errorsOf({ ...valid, consentData: false })).toEqual({ consentData: CONSENT_DATA_MESSAGE });
    const withoutConsent: Record<string, unknown> = { ...valid };
    delete withoutConsent.consentData;
    expect(errorsOf(withoutConsent)).toEqual({ consentData: CONSENT_DATA_MESSAGE });
  });

  it("refuses an unknown country, a non-Latin transliteration and an invalid e-mail", () => {
    const errors = errorsOf({ ...valid, countryCode: "XX", latinName: "Чжан", email: "not-an-email" });
    expect(Object.keys(errors).sort()).toEqual(["countryCode", "email", "latinName"]);
  });

  it("refuses fields the form does not have", () => {
    expect(registrationSchema.safeParse({ ...valid, role: "ADMIN" }).success).toBe(false);
  });

  it("lets the details schema stand alone for editing after registration", () => {
    const details: Record<string, unknown> = { ...valid, latinName: "" };
    for (const key of ["email", "password", "consentData"]) delete details[key];
    expect(participantDetailsSchema.parse(details).latinName).toBeNull();
    expect(participantDetailsSchema.safeParse({ ...details, password: "x" }).success).toBe(false);
  });
});
