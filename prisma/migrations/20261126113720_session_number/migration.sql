/*
  Warnings:

  - A unique constraint covering the columns `[number]` on the table `ProgramSession` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "ProgramSession" ADD COLUMN     "number" SERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ProgramSession_number_key" ON "ProgramSession"("number");
