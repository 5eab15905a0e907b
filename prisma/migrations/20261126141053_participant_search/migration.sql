-- Trigram search over Participant."searchText" (lib/participants/search-text.ts). pg_trgm is a
-- trusted extension: the database owner may create it, and PGlite loads it in lib/db/pglite.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Participant_forumId_countryCode_idx";

-- CreateIndex
CREATE INDEX "Participant_forumId_countryCode_fullName_idx" ON "Participant"("forumId", "countryCode", "fullName");

-- CreateIndex
CREATE INDEX "Participant_searchText_trgm_idx" ON "Participant" USING GIN ("searchText" gin_trgm_ops);
