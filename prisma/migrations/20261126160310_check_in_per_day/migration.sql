-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "day" CHAR(10) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckIn_forumId_day_idx" ON "CheckIn"("forumId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_participantId_day_key" ON "CheckIn"("participantId", "day");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: each earlier check-in becomes the check-in of its day in the forum's time zone
INSERT INTO "CheckIn" ("id", "forumId", "participantId", "day", "at")
SELECT 'ci' || p."id", p."forumId", p."id",
       to_char((p."checkedInAt" AT TIME ZONE 'UTC') AT TIME ZONE f."timeZone", 'YYYY-MM-DD'),
       p."checkedInAt"
FROM "Participant" p JOIN "Forum" f ON f."id" = p."forumId"
WHERE p."checkedInAt" IS NOT NULL;
