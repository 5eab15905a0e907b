import "server-only";
import { getTranslations } from "next-intl/server";
import type { PublishProgramResult } from "@/lib/program/publish";

// Kept out of the "use server" files: every function exported there is an endpoint anyone can call.

/** Why a publish (or a republish) made no release, in the organizer's words. */
export async function publishRefusal(result: Exclude<PublishProgramResult, { ok: true }>): Promise<string> {
  const t = await getTranslations("schedule.publish.errors");
  switch (result.reason) {
    case "BLOCKING_CONFLICTS":
      // Seats are not on the grid: say what to change rather than where to look.
      if (result.conflicts.some((c) => c.kind === "CAPACITY_BELOW_CONFIRMED")) return (await getTranslations("schedule"))("conflict.CAPACITY_BELOW_CONFIRMED");
      return t("blockingConflicts");
    case "CONCURRENT_PUBLISH":
      return t("concurrentPublish");
    case "NOTHING_CHANGED":
      return t("nothingChanged", { version: result.version });
    case "PREVIEW_OUTDATED":
      return t("previewOutdated");
  }
}
