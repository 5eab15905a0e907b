-- AlterTable
ALTER TABLE "ProgramSession" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "publishedCapacity" INTEGER,
ADD COLUMN     "publishedSeatBooking" BOOLEAN NOT NULL DEFAULT false;

-- Seats follow the published release, not the working copy (issue 11). "publishedCapacity" and
-- "publishedSeatBooking" hold the latest release's seat settings and change only when a release is
-- published (lib/seats/release.ts); "deletedAt" keeps a deleted session's row until then.
-- Existing sessions start from their forum's latest release snapshot: a session in it gets the
-- capacity and booking published there (its current columns where the snapshot lacks them); a
-- session in no release keeps booking off, as the public has never seen it.
UPDATE "ProgramSession" AS s SET
  "publishedCapacity" = CASE WHEN e->'capacity' IS NOT NULL THEN CAST(e->>'capacity' AS INTEGER) ELSE s."capacity" END,
  "publishedSeatBooking" = CASE WHEN e->'seatBooking' IS NOT NULL THEN CAST(e->>'seatBooking' AS BOOLEAN) ELSE s."seatBooking" END
FROM (
  SELECT DISTINCT ON ("forumId") "forumId", "snapshot" FROM "ProgramRelease" ORDER BY "forumId", "version" DESC
) AS latest, jsonb_array_elements(CAST(latest."snapshot" AS JSONB)->'sessions') AS e
WHERE s."forumId" = latest."forumId" AND s."id" = e->>'id';

-- take_seat claims against the published settings (same statement otherwise: see seats.ts). The
-- columns it returns keep their names ("seatBooking", "capacity"): they now carry the published values.
CREATE OR REPLACE FUNCTION "take_seat"(
  p_participant_id TEXT, p_forum_id TEXT, p_user_id TEXT, p_session_id TEXT,
  p_seat_id TEXT, p_audit_id TEXT, p_now TIMESTAMP(3), p_actor_is_owner BOOLEAN, p_actor_id TEXT
) RETURNS TABLE (
  "participantId" TEXT, "participantStatus" TEXT, "participantForumId" TEXT, "sessionForumId" TEXT,
  "seatBooking" BOOLEAN, "capacity" INTEGER, "seatsTaken" INTEGER, "waitlistTail" INTEGER, "ownStatus" TEXT,
  "claimedTail" INTEGER, "claimedSeatsTaken" INTEGER, "claimedCapacity" INTEGER, "starred" BOOLEAN
) LANGUAGE plpgsql
-- Always the kept (generic) plan. Left to choose, PostgreSQL keeps making a new plan for the
-- values of each call, as cheap on paper and as slow as no function at all.
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH p AS (
    SELECT "id", "forumId", "status", "userId" FROM "Participant"
    WHERE "id" = COALESCE(p_participant_id, (SELECT "id" FROM "Participant" WHERE "forumId" = p_forum_id AND "userId" = p_user_id))
    FOR SHARE
  ), own AS (
    SELECT "id", "status" FROM "Seat" WHERE "sessionId" = p_session_id AND "participantId" = (SELECT "id" FROM p) FOR UPDATE
  ), claim AS (
    UPDATE "ProgramSession" SET
      "seatsTaken" = CASE WHEN "seatsTaken" < "publishedCapacity" AND "waitlistTail" = 0 THEN "seatsTaken" + 1 ELSE "seatsTaken" END,
      "waitlistTail" = CASE WHEN "seatsTaken" < "publishedCapacity" AND "waitlistTail" = 0 THEN 0 ELSE "waitlistTail" + 1 END
    WHERE "id" = p_session_id AND "publishedSeatBooking" AND "publishedCapacity" IS NOT NULL AND ("waitlistTail" = 0 OR "seatsTaken" >= "publishedCapacity")
      AND "forumId" = (SELECT "forumId" FROM p WHERE "status" = 'APPROVED')
      AND NOT EXISTS (SELECT 1 FROM own WHERE "status" <> 'CANCELLED')
    RETURNING "forumId", "titleEn", "publishedCapacity", "seatsTaken", "waitlistTail",
      CAST(CASE WHEN "waitlistTail" = 0 THEN 'CONFIRMED' ELSE 'WAITLISTED' END AS "SeatStatus") AS "status",
      NULLIF("waitlistTail", 0) AS "position"
  ), reused AS (
    UPDATE "Seat" SET "status" = claim."status", "waitlistPosition" = claim."position", "promotedAt" = NULL, "updatedAt" = p_now
    FROM claim WHERE "Seat"."id" = (SELECT "id" FROM own)
  ), inserted AS (
    INSERT INTO "Seat" ("id", "sessionId", "participantId", "status", "waitlistPosition", "createdAt", "updatedAt")
    SELECT p_seat_id, p_session_id, p."id", claim."status", claim."position", p_now, p_now
    FROM claim, p WHERE NOT EXISTS (SELECT 1 FROM own)
  ), audited AS (
    INSERT INTO "AuditEntry" ("id", "forumId", "actorId", "action", "entityType", "entityId", "data", "createdAt")
    SELECT p_audit_id, claim."forumId", CASE WHEN p_actor_is_owner THEN p."userId" ELSE p_actor_id END,
      CASE WHEN claim."position" IS NULL THEN 'participant.seat-taken' ELSE 'participant.seat-waitlisted' END, 'Participant', p."id",
      jsonb_strip_nulls(jsonb_build_object('sessionId', p_session_id, 'session', claim."titleEn", 'position', claim."position")),
      p_now
    FROM claim, p
  )
  SELECT p."id", CAST(p."status" AS TEXT), p."forumId",
    s."forumId", s."publishedSeatBooking", s."publishedCapacity", s."seatsTaken", s."waitlistTail",
    (SELECT CAST("status" AS TEXT) FROM own),
    claim."waitlistTail", claim."seatsTaken", claim."publishedCapacity",
    EXISTS (SELECT 1 FROM "StarredSession" WHERE "participantId" = p."id" AND "sessionId" = p_session_id)
  FROM (SELECT 1) AS one LEFT JOIN p ON TRUE LEFT JOIN "ProgramSession" s ON s."id" = p_session_id LEFT JOIN claim ON TRUE;
END
$$;
