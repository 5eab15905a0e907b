-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB;

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");
