-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Seat" ADD COLUMN     "promotedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StarredSession" (
    "participantId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StarredSession_pkey" PRIMARY KEY ("participantId","sessionId")
);

-- CreateTable
CREATE TABLE "EmailConfirmation" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationInvitation" (
    "id" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DelegationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StarredSession_sessionId_idx" ON "StarredSession"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailConfirmation_tokenHash_key" ON "EmailConfirmation"("tokenHash");

-- CreateIndex
CREATE INDEX "EmailConfirmation_participantId_idx" ON "EmailConfirmation"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationInvitation_tokenHash_key" ON "DelegationInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "DelegationInvitation_email_idx" ON "DelegationInvitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationInvitation_delegationId_email_key" ON "DelegationInvitation"("delegationId", "email");

-- CreateIndex
CREATE INDEX "Participant_forumId_createdAt_id_idx" ON "Participant"("forumId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Participant_forumId_checkedInAt_idx" ON "Participant"("forumId", "checkedInAt");

-- AddForeignKey
ALTER TABLE "StarredSession" ADD CONSTRAINT "StarredSession_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarredSession" ADD CONSTRAINT "StarredSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ProgramSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailConfirmation" ADD CONSTRAINT "EmailConfirmation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationInvitation" ADD CONSTRAINT "DelegationInvitation_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationInvitation" ADD CONSTRAINT "DelegationInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
