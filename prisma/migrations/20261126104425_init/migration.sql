-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ORGANIZER', 'CHAIR', 'STAFF', 'DELEGATE');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('EN', 'ZH', 'RU', 'FR');

-- CreateEnum
CREATE TYPE "SessionType" AS ENUM ('CEREMONY', 'PLENARY', 'SUBFORUM', 'SIGNING', 'SHOWCASE', 'SITE_VISIT', 'BREAK');

-- CreateEnum
CREATE TYPE "SessionRoleKind" AS ENUM ('KEYNOTE', 'HOST', 'MODERATOR', 'SPEAKER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('COMPANY', 'STATE_OWNED_ENTERPRISE', 'GOVERNMENT', 'UNIVERSITY', 'THINK_TANK', 'MEDIA');

-- CreateEnum
CREATE TYPE "ParticipantCategory" AS ENUM ('GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'THINK_TANK', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SeatStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PLANNED', 'SIGNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'DELEGATE',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "authVersion" INTEGER NOT NULL DEFAULT 0,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "nameFr" TEXT,
    "themeEn" TEXT NOT NULL,
    "themeZh" TEXT,
    "themeRu" TEXT,
    "themeFr" TEXT,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "descriptionFr" TEXT,
    "venueEn" TEXT NOT NULL,
    "venueZh" TEXT,
    "venueRu" TEXT,
    "venueFr" TEXT,
    "cityEn" TEXT NOT NULL,
    "cityZh" TEXT,
    "cityRu" TEXT,
    "cityFr" TEXT,
    "organizersEn" TEXT NOT NULL DEFAULT '',
    "organizersZh" TEXT,
    "organizersRu" TEXT,
    "organizersFr" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "timeZone" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "acronym" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "nameFr" TEXT,
    "capacity" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubForum" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "titleRu" TEXT,
    "titleFr" TEXT,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "descriptionFr" TEXT,
    "color" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubForum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubForumChair" (
    "subForumId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "SubForumChair_pkey" PRIMARY KEY ("subForumId","userId")
);

-- CreateTable
CREATE TABLE "ProgramSession" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "subForumId" TEXT,
    "roomId" TEXT,
    "slug" TEXT NOT NULL,
    "guid" UUID NOT NULL,
    "type" "SessionType" NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "titleRu" TEXT,
    "titleFr" TEXT,
    "abstractEn" TEXT NOT NULL DEFAULT '',
    "abstractZh" TEXT,
    "abstractRu" TEXT,
    "abstractFr" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER,
    "seatBooking" BOOLEAN NOT NULL DEFAULT false,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "waitlistTail" INTEGER NOT NULL DEFAULT 0,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "nameFr" TEXT,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "titleZh" TEXT,
    "titleRu" TEXT,
    "titleFr" TEXT,
    "bioEn" TEXT NOT NULL DEFAULT '',
    "bioZh" TEXT,
    "bioRu" TEXT,
    "bioFr" TEXT,
    "organizationId" TEXT,
    "countryCode" CHAR(2),
    "protocolRank" INTEGER NOT NULL DEFAULT 100,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionRole" (
    "sessionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "SessionRoleKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionRole_pkey" PRIMARY KEY ("sessionId","personId")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "nameFr" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "region" TEXT,
    "website" TEXT,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "descriptionFr" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "headId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "userId" TEXT,
    "fullName" TEXT NOT NULL,
    "latinName" TEXT,
    "email" TEXT NOT NULL,
    "category" "ParticipantCategory" NOT NULL,
    "status" "ParticipantStatus" NOT NULL DEFAULT 'PENDING',
    "rejectionReason" TEXT,
    "organizationId" TEXT,
    "organizationName" TEXT NOT NULL DEFAULT '',
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "countryCode" CHAR(2) NOT NULL,
    "delegationId" TEXT,
    "preferredLocale" "Locale" NOT NULL DEFAULT 'EN',
    "badgeCode" TEXT NOT NULL,
    "emailConfirmedAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "consentDataAt" TIMESTAMP(3) NOT NULL,
    "consentPublicList" BOOLEAN NOT NULL DEFAULT false,
    "calendarToken" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "status" "SeatStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSector" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "nameFr" TEXT,
    "color" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementSector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "sectorId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "titleRu" TEXT,
    "titleFr" TEXT,
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "summaryZh" TEXT,
    "summaryRu" TEXT,
    "summaryFr" TEXT,
    "valueMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "status" "AgreementStatus" NOT NULL DEFAULT 'PLANNED',
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "signingSessionId" TEXT,
    "slot" INTEGER,
    "tableSlot" TEXT,
    "signedAt" TIMESTAMP(3),
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramRelease" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "changelog" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "forumId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "template" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_slug_key" ON "Forum"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_acronym_key" ON "Forum"("acronym");

-- CreateIndex
CREATE UNIQUE INDEX "Room_forumId_slug_key" ON "Room"("forumId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "SubForum_forumId_slug_key" ON "SubForum"("forumId", "slug");

-- CreateIndex
CREATE INDEX "SubForumChair_userId_idx" ON "SubForumChair"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramSession_guid_key" ON "ProgramSession"("guid");

-- CreateIndex
CREATE INDEX "ProgramSession_forumId_startsAt_idx" ON "ProgramSession"("forumId", "startsAt");

-- CreateIndex
CREATE INDEX "ProgramSession_subForumId_idx" ON "ProgramSession"("subForumId");

-- CreateIndex
CREATE INDEX "ProgramSession_roomId_startsAt_idx" ON "ProgramSession"("roomId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramSession_forumId_slug_key" ON "ProgramSession"("forumId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_organizationId_idx" ON "Person"("organizationId");

-- CreateIndex
CREATE INDEX "SessionRole_personId_idx" ON "SessionRole"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_countryCode_region_idx" ON "Organization"("countryCode", "region");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_headId_key" ON "Delegation"("headId");

-- CreateIndex
CREATE INDEX "Delegation_forumId_countryCode_idx" ON "Delegation"("forumId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_forumId_name_key" ON "Delegation"("forumId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_badgeCode_key" ON "Participant"("badgeCode");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_calendarToken_key" ON "Participant"("calendarToken");

-- CreateIndex
CREATE INDEX "Participant_forumId_status_idx" ON "Participant"("forumId", "status");

-- CreateIndex
CREATE INDEX "Participant_forumId_countryCode_idx" ON "Participant"("forumId", "countryCode");

-- CreateIndex
CREATE INDEX "Participant_delegationId_idx" ON "Participant"("delegationId");

-- CreateIndex
CREATE INDEX "Participant_forumId_fullName_idx" ON "Participant"("forumId", "fullName");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_forumId_email_key" ON "Participant"("forumId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_forumId_userId_key" ON "Participant"("forumId", "userId");

-- CreateIndex
CREATE INDEX "Seat_sessionId_status_waitlistPosition_idx" ON "Seat"("sessionId", "status", "waitlistPosition");

-- CreateIndex
CREATE INDEX "Seat_participantId_idx" ON "Seat"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Seat_sessionId_participantId_key" ON "Seat"("sessionId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementSector_forumId_slug_key" ON "AgreementSector"("forumId", "slug");

-- CreateIndex
CREATE INDEX "Agreement_forumId_status_idx" ON "Agreement"("forumId", "status");

-- CreateIndex
CREATE INDEX "Agreement_signingSessionId_slot_idx" ON "Agreement"("signingSessionId", "slot");

-- CreateIndex
CREATE INDEX "AgreementParty_organizationId_idx" ON "AgreementParty"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_organizationId_key" ON "AgreementParty"("agreementId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramRelease_forumId_version_key" ON "ProgramRelease"("forumId", "version");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_createdAt_idx" ON "AuditEntry"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_forumId_createdAt_idx" ON "AuditEntry"("forumId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_toEmail_idx" ON "OutboxMessage"("toEmail");

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubForum" ADD CONSTRAINT "SubForum_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubForumChair" ADD CONSTRAINT "SubForumChair_subForumId_fkey" FOREIGN KEY ("subForumId") REFERENCES "SubForum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubForumChair" ADD CONSTRAINT "SubForumChair_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramSession" ADD CONSTRAINT "ProgramSession_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramSession" ADD CONSTRAINT "ProgramSession_subForumId_fkey" FOREIGN KEY ("subForumId") REFERENCES "SubForum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramSession" ADD CONSTRAINT "ProgramSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRole" ADD CONSTRAINT "SessionRole_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ProgramSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRole" ADD CONSTRAINT "SessionRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_headId_fkey" FOREIGN KEY ("headId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ProgramSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSector" ADD CONSTRAINT "AgreementSector_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "AgreementSector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signingSessionId_fkey" FOREIGN KEY ("signingSessionId") REFERENCES "ProgramSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramRelease" ADD CONSTRAINT "ProgramRelease_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramRelease" ADD CONSTRAINT "ProgramRelease_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
