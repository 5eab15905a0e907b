-- AlterTable
ALTER TABLE "EmailConfirmation" ADD COLUMN     "claimantUserId" TEXT;

-- CreateIndex
CREATE INDEX "EmailConfirmation_claimantUserId_idx" ON "EmailConfirmation"("claimantUserId");

-- AddForeignKey
ALTER TABLE "EmailConfirmation" ADD CONSTRAINT "EmailConfirmation_claimantUserId_fkey" FOREIGN KEY ("claimantUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
