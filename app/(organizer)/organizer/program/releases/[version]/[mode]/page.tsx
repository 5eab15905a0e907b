import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ProgramPreviewView } from "@/components/organizer/program-preview";
import { RollbackForm } from "@/components/organizer/rollback-form";
import { getWorkingForum } from "@/lib/forum/queries";
import { previewRepublish } from "@/lib/program/publish";
import { previewReset } from "@/lib/program/reset";
import { republishReleaseAction, resetWorkingCopyAction } from "../../actions";

type Params = Promise<{ version: string; mode: string }>;

/** "/releases/3/republish" → version 3, "republish"; anything else is no page. */
function parseParams({ version, mode }: Awaited<Params>): { version: number; mode: "republish" | "reset" } | null {
  if (!/^[1-9]\d{0,5}$/.test(version) || (mode !== "republish" && mode !== "reset")) return null;
  return { version: Number(version), mode };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const parsed = parseParams(await params);
  if (!parsed) return {};
  return { title: (await getTranslations("rollback"))(`${parsed.mode}.title`, { version: parsed.version }) };
}

/** The confirmation step of a rollback: what it will change, then the button that does it. */
export default async function RollbackPage({ params }: { params: Params }) {
  await requireRole("ADMIN", "ORGANIZER");
  const parsed = parseParams(await params);
  if (!parsed) notFound();
  const { version, mode } = parsed;
  const t = await getTranslations("rollback");
  const forum = await getWorkingForum();
  if (!forum) notFound();
  const republish = mode === "republish" ? await previewRepublish(forum.id, version) : null;
  const reset = mode === "reset" ? await previewReset(forum.id, version) : null;
  const preview = republish ?? reset;
  if (!preview) notFound();
  if ("reason" in preview && preview.reason === "NOT_FOUND") notFound();

  const back = (
    <Link href="/organizer/program/releases" className="inline-block text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-700">
      {t("backToReleases")}
    </Link>
  );
  if ("reason" in preview) {
    return (
      <div className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold text-slate-900">{t(`${mode}.title`, { version })}</h1>
        <p role="alert" className="text-sm font-medium text-red-700">
          {t("unsupported", { version })}
        </p>
        {back}
      </div>
    );
  }

  // A republish becomes the release after the current one; a reset makes no release.
  const current = republish && !("reason" in republish) ? (republish.base?.version ?? 0) : 0;
  const next = current + 1;
  const seatsLost = reset && !("reason" in reset) ? reset.seatsLost : 0;
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t(`${mode}.title`, { version })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t(`${mode}.intro`, { version, next, current })}</p>
        {back}
      </div>
      <ProgramPreviewView
        id="rollback-preview"
        heading={t(`${mode}.previewTitle`, { next })}
        preview={preview}
        unchangedText={t(`${mode}.unchanged`, { version })}
      />
      {seatsLost > 0 ? <p className="text-sm font-medium text-amber-800">{t("reset.seatsLost", { count: seatsLost })}</p> : null}
      <RollbackForm
        mode={mode}
        version={version}
        nextVersion={next}
        digest={preview.digest}
        confirm={mode === "republish" ? republishReleaseAction : resetWorkingCopyAction}
      />
    </div>
  );
}
