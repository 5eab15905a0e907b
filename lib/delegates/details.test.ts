import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/participants/search-text";
import { participantDetailsSchema, type ParticipantDetailsInput } from "@/lib/registration/schemas";
import { createDelegation, createForum, createOrganization } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { REVIEWED_FIELD_MESSAGE, updateMyDetails } from "./details";
import { createDelegate } from "./testing";

type Participant = Awaited<ReturnType<typeof createDelegate>>["participant"];

/** What the form sends when the delegate changes `changes` and leaves the rest as it is. */
function edited(p: Participant, changes: Partial<ParticipantDetailsInput> = {}) {
  return participantDetailsSchema.parse({
    fullName: p.fullName,
    latinName: p.latinName,
    category: p.category,
    organizationName: p.organizationName,
    jobTitle: p.jobTitle,
    countryCode: p.countryCode,
    delegationId: p.delegationId ?? "",
    preferredLocale: p.preferredLocale,
    consentPublicList: p.consentPublicList,
    ...changes,
  });
}

describe("a delegate editing their own details", () => {
  it("saves the changed fields, refreshes the search text and the account name, and audits what changed", async () => {
    const forum = await createForum(testDb());
    const { participant, ref, user } = await createDelegate(forum.id, { status: "PENDING", fullName: "Айгерим Сапарова", latinName: "Aigerim Saparova", jobTitle: "Manager" });

    const result = await updateMyDetails(ref, edited(participant, { fullName: "Айгерим Сапарова-Ким", jobTitle: "Head of International Business", category: "GOVERNMENT" }));

    expect(result).toEqual({ ok: true, value: { changed: ["fullName", "category", "jobTitle"] } });
    const after = await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect(after).toMatchObject({ fullName: "Айгерим Сапарова-Ким", jobTitle: "Head of International Business", category: "GOVERNMENT", status: participant.status });
    expect(after.searchText).toContain(foldForSearch("Айгерим Сапарова-Ким"));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Айгерим Сапарова-Ким");
    const audit = await testDb().auditEntry.findMany({ where: { entityType: "Participant", entityId: participant.id, action: "participant.updated" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, forumId: forum.id });
    expect(audit[0]?.data).toMatchObject({
      fields: ["fullName", "category", "jobTitle"],
      changes: { jobTitle: { from: "Manager", to: "Head of International Business" }, category: { from: "BUSINESS", to: "GOVERNMENT" } },
    });
  });

  it("reaches only the caller's own registration: another delegate's row is untouched", async () => {
    const forum = await createForum(testDb());
    const me = await createDelegate(forum.id, { status: "PENDING" });
    const other = await createDelegate(forum.id, { jobTitle: "Professor" });

    // Whatever the form carries, the row written is the one of the signed-in user.
    await updateMyDetails(me.ref, edited(other.participant, { jobTitle: "Hijacked" }));

    expect((await testDb().participant.findUniqueOrThrow({ where: { id: other.participant.id } })).jobTitle).toBe("Professor");
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: me.participant.id } })).jobTitle).toBe("Hijacked");
  });

  it("answers NOT_REGISTERED for a user without a registration in the forum", async () => {
    const [forum, elsewhere] = [await createForum(testDb()), await createForum(testDb())];
    const { participant, user } = await createDelegate(elsewhere.id);
    expect(await updateMyDetails({ forumId: forum.id, userId: user.id }, edited(participant))).toMatchObject({ ok: false, error: "NOT_REGISTERED" });
  });

  it("writes nothing and audits nothing when nothing changed", async () => {
    const forum = await createForum(testDb());
    const { participant, ref } = await createDelegate(forum.id);
    expect(await updateMyDetails(ref, edited(participant))).toEqual({ ok: true, value: { changed: [] } });
    expect(await testDb().auditEntry.count({ where: { entityId: participant.id } })).toBe(0);
  });

  it("refuses a delegation of another forum or of another country than the one chosen", async () => {
    const [forum, elsewhere] = [await createForum(testDb()), await createForum(testDb())];
    const kz = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" });
    const foreign = await createDelegation(testDb(), { forumId: elsewhere.id, countryCode: "KZ" });
    const { participant, ref } = await createDelegate(forum.id, { status: "PENDING", countryCode: "UZ" });

    expect(await updateMyDetails(ref, edited(participant, { delegationId: foreign.id }))).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { delegationId: expect.any(String) } });
    expect(await updateMyDetails(ref, edited(participant, { delegationId: kz.id }))).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { delegationId: expect.any(String) } });
    expect(await updateMyDetails(ref, edited(participant, { countryCode: "KZ", delegationId: kz.id }))).toMatchObject({ ok: true });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).delegationId).toBe(kz.id);
  });

  it("leaves the old country's delegation when only the country changes, and gives up its headship", async () => {
    const forum = await createForum(testDb());
    const kz = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" });
    const { participant, ref } = await createDelegate(forum.id, { status: "PENDING", countryCode: "KZ", delegationId: kz.id });
    await testDb().delegation.update({ where: { id: kz.id }, data: { headId: participant.id } });

    const result = await updateMyDetails(ref, edited(participant, { countryCode: "RU" }));

    expect(result).toEqual({ ok: true, value: { changed: ["countryCode", "delegationId"] } });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).toMatchObject({ countryCode: "RU", delegationId: null });
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: kz.id } })).headId).toBeNull();
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: participant.id, action: "participant.updated" } });
    expect(audit.data).toMatchObject({ leftHeadOfDelegation: kz.id, changes: { delegationId: { from: kz.id, to: null } } });
  });

  it("unlinks the matched organization when the organization's name is changed", async () => {
    const forum = await createForum(testDb());
    const organization = await createOrganization(testDb());
    const { participant, ref } = await createDelegate(forum.id, { status: "PENDING", organizationId: organization.id, organizationName: organization.nameEn });
    await updateMyDetails(ref, edited(participant, { organizationName: "Astana Hub" }));
    const after = await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect(after).toMatchObject({ organizationName: "Astana Hub", organizationId: null });
    expect(after.searchText).toContain("astana hub");
  });

  it("keeps what the organizers approved: name, country, organization, category and delegation are theirs to change after approval", async () => {
    const forum = await createForum(testDb());
    const { participant, ref } = await createDelegate(forum.id, { status: "APPROVED", fullName: "Dilshod Rakhimov", jobTitle: "Adviser" });

    const refused = await updateMyDetails(ref, edited(participant, { fullName: "Someone Else", countryCode: "RU", jobTitle: "Director" }));
    expect(refused).toEqual({ ok: false, error: "INVALID", fieldErrors: { fullName: REVIEWED_FIELD_MESSAGE, countryCode: REVIEWED_FIELD_MESSAGE } });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).toMatchObject({ fullName: "Dilshod Rakhimov", jobTitle: "Adviser" });

    // The rest stays theirs.
    expect(await updateMyDetails(ref, edited(participant, { jobTitle: "Director", preferredLocale: "RU" }))).toEqual({ ok: true, value: { changed: ["jobTitle", "preferredLocale"] } });
  });

  it("refuses to change a cancelled registration", async () => {
    const forum = await createForum(testDb());
    const { participant, ref } = await createDelegate(forum.id, { status: "CANCELLED", cancelledAt: new Date() });
    expect(await updateMyDetails(ref, edited(participant, { jobTitle: "Back again" }))).toMatchObject({ ok: false, error: "CLOSED" });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).jobTitle).toBe(participant.jobTitle);
  });

  it("never lets the form carry a status: the shared schema refuses fields it does not have", () => {
    const input = { fullName: "A", category: "BUSINESS", organizationName: "B", countryCode: "KZ", preferredLocale: "EN", status: "APPROVED" };
    expect(participantDetailsSchema.safeParse(input).success).toBe(false);
  });
});
