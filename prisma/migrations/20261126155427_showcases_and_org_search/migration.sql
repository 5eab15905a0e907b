-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "slug" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ShowcaseProfile" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "headlineEn" TEXT NOT NULL,
    "headlineZh" TEXT,
    "headlineRu" TEXT,
    "headlineFr" TEXT,
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "bodyZh" TEXT,
    "bodyRu" TEXT,
    "bodyFr" TEXT,
    "stand" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShowcaseProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShowcaseSession" (
    "profileId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ShowcaseSession_pkey" PRIMARY KEY ("profileId","sessionId")
);

-- CreateIndex
CREATE INDEX "OrganizationAlias_organizationId_idx" ON "OrganizationAlias"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ShowcaseProfile_forumId_organizationId_key" ON "ShowcaseProfile"("forumId", "organizationId");

-- CreateIndex
CREATE INDEX "ShowcaseSession_sessionId_position_idx" ON "ShowcaseSession"("sessionId", "position");

-- CreateIndex
CREATE INDEX "Agreement_forumId_sectorId_idx" ON "Agreement"("forumId", "sectorId");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- AddForeignKey
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseProfile" ADD CONSTRAINT "ShowcaseProfile_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseProfile" ADD CONSTRAINT "ShowcaseProfile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseSession" ADD CONSTRAINT "ShowcaseSession_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "ShowcaseProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseSession" ADD CONSTRAINT "ShowcaseSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ProgramSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
