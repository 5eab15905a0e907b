-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "pageRevision" INTEGER NOT NULL DEFAULT 0;
