-- CreateEnum
CREATE TYPE "AddressKind" AS ENUM ('SESSION', 'SUB_FORUM', 'PERSON');

-- CreateTable
CREATE TABLE "PublishedAddress" (
    "forumId" TEXT NOT NULL,
    "kind" "AddressKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedAddress_pkey" PRIMARY KEY ("forumId","kind","slug")
);

-- CreateIndex
CREATE INDEX "PublishedAddress_kind_slug_idx" ON "PublishedAddress"("kind", "slug");

-- CreateIndex
CREATE INDEX "PublishedAddress_entityId_idx" ON "PublishedAddress"("entityId");

-- AddForeignKey
ALTER TABLE "PublishedAddress" ADD CONSTRAINT "PublishedAddress_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every slug the releases already published, each held by the entity of the latest
-- release that had it, so the addresses given out before this migration redirect too.
INSERT INTO "PublishedAddress" ("forumId", "kind", "slug", "entityId")
SELECT DISTINCT ON (a."forumId", a."kind", a."slug") a."forumId", a."kind", a."slug", a."entityId"
FROM (
    SELECT r."forumId", r."version", l."kind", e->>'slug' AS "slug", e->>'id' AS "entityId"
    FROM "ProgramRelease" r
    CROSS JOIN (VALUES ('sessions', 'SESSION'::"AddressKind"), ('subForums', 'SUB_FORUM'::"AddressKind"), ('people', 'PERSON'::"AddressKind")) AS l("key", "kind")
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r."snapshot"->l."key") = 'array' THEN r."snapshot"->l."key" ELSE '[]'::jsonb END) AS e
) a
WHERE a."slug" IS NOT NULL AND a."entityId" IS NOT NULL
ORDER BY a."forumId", a."kind", a."slug", a."version" DESC
ON CONFLICT DO NOTHING;
