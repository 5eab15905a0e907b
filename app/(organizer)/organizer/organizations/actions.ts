"use server";
import { revalidatePath, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { addressErrorMessage } from "@/lib/addresses/schemas";
import { type ActionResult, fieldErrors, formError } from "@/lib/forms/action-result";
import { getWorkingForum } from "@/lib/forum/queries";
import { createOrganization, mergeOrganizations, updateOrganization } from "@/lib/organizations/organizations";
import { mergeOrganizationsSchema, saveOrganizationSchema } from "@/lib/organizations/schemas";
import { PUBLISHED_PROGRAM_TAG } from "@/lib/program/page-cache";
import { renewPublicPages } from "@/lib/program/published-release";
import { deleteShowcaseSchema, saveShowcaseSchema } from "@/lib/showcase/schemas";
import { deleteShowcaseProfile, saveShowcaseProfile } from "@/lib/showcase/showcase";
import { expireSigningsBoard } from "@/lib/signings/cache";

// Organizations and their showcases: organizers and admins only. Each action checks the caller,
// parses the body with the form's own schema and lets lib/organizations or lib/showcase decide.
// Organization names and showcases appear on cached public pages (session pages, the signings
// board), so every write expires them.

async function expirePublicPages() {
  await renewPublicPages();
  updateTag(PUBLISHED_PROGRAM_TAG);
  expireSigningsBoard();
  revalidatePath("/organizer", "layout");
}

export async function saveOrganizationAction(input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = saveOrganizationSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { id, values } = parsed.data;
  const result = id ? await updateOrganization(user, id, values) : await createOrganization(user, values);
  if (!result.ok && result.error === "INVALID_SLUG") return { ok: false, fieldErrors: { "values.slug": addressErrorMessage(result.slug) } };
  if (!result.ok) return formError((await getTranslations("organizations.edit"))("notFound"));
  if (!id) {
    // A new organization is on no public page yet: only the console's lists change.
    revalidatePath("/organizer", "layout");
    return { ok: true, value: { id: result.id, slug: result.slug } };
  }
  await expirePublicPages();
  return { ok: true, value: { id: result.id, slug: result.slug } };
}

export async function mergeOrganizationsAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = mergeOrganizationsSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const result = await mergeOrganizations(parsed.data.keepId, parsed.data.dropId, user);
  if (!result.ok) {
    const t = await getTranslations("organizations.merge");
    if (result.error === "SHARED_AGREEMENT") return formError(t("conflictAgreement", { agreement: result.agreement }));
    if (result.error === "SHARED_SHOWCASE") return formError(t("conflictShowcase", { forum: result.forum }));
    return formError(t("notFound"));
  }
  await expirePublicPages();
  return { ok: true, value: { id: result.id } };
}

export async function saveShowcaseAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = saveShowcaseSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum yet.");
  const result = await saveShowcaseProfile(user, forum.id, parsed.data.organizationId, parsed.data.values);
  if (!result.ok) {
    const message = (await getTranslations("showcase.edit.errors"))(result.error);
    return result.error === "UNKNOWN_SESSION" ? { ok: false, fieldErrors: { "values.sessions": message } } : formError(message);
  }
  await expirePublicPages();
  return { ok: true, value: { id: result.id } };
}

export async function deleteShowcaseAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("ADMIN", "ORGANIZER");
  const parsed = deleteShowcaseSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const forum = await getWorkingForum();
  if (!forum) return formError("There is no forum yet.");
  const result = await deleteShowcaseProfile(user, forum.id, parsed.data.organizationId);
  if (!result.ok) return formError((await getTranslations("showcase.edit.errors"))(result.error));
  await expirePublicPages();
  return { ok: true, value: { id: result.id } };
}
