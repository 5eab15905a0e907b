-- The personal calendar feed's URL is no longer stored: the column keeps a random key, and the URL's
-- token is that key with its HMAC under the server's secret (lib/participants/codes.ts), so a copy
-- of the database opens no feed. Written by hand: a rename keeps the keys (Prisma would drop and
-- re-add the column). Feed URLs handed out before this change stop working: the agenda page shows
-- the new one.
ALTER TABLE "Participant" RENAME COLUMN "calendarToken" TO "calendarKey";
ALTER INDEX "Participant_calendarToken_key" RENAME TO "Participant_calendarKey_key";
