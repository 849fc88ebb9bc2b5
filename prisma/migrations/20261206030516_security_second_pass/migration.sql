/*
  Warnings:

  - Made the column `external_id` on table `attributions` required. This step will fail if there are existing NULL values in that column.
  - Made the column `external_id` on table `claim_relations` required. This step will fail if there are existing NULL values in that column.
  - Made the column `external_id` on table `claims` required. This step will fail if there are existing NULL values in that column.
  - Made the column `external_id` on table `documents` required. This step will fail if there are existing NULL values in that column.
  - Made the column `external_id` on table `events` required. This step will fail if there are existing NULL values in that column.
  - Made the column `external_id` on table `sources` required. This step will fail if there are existing NULL values in that column.

*/
-- Existing rows get their external id once, here: export no longer assigns ids (a GET that
-- wrote), and every new row gets one from the column default below.
UPDATE "sources" SET external_id = 'cc:source:' || gen_random_uuid() WHERE external_id IS NULL;
UPDATE "documents" SET external_id = 'cc:document:' || gen_random_uuid() WHERE external_id IS NULL;
UPDATE "events" SET external_id = 'cc:event:' || gen_random_uuid() WHERE external_id IS NULL;
UPDATE "claims" SET external_id = 'cc:claim:' || gen_random_uuid() WHERE external_id IS NULL;
UPDATE "attributions" SET external_id = 'cc:attribution:' || gen_random_uuid() WHERE external_id IS NULL;
UPDATE "claim_relations" SET external_id = 'cc:relation:' || gen_random_uuid() WHERE external_id IS NULL;

-- AlterTable
ALTER TABLE "attributions" ADD COLUMN     "import_origin" JSONB,
ALTER COLUMN "external_id" SET NOT NULL,
ALTER COLUMN "external_id" SET DEFAULT ('cc:attribution:'::text || gen_random_uuid());

-- AlterTable
ALTER TABLE "claim_relations" ADD COLUMN     "import_origin" JSONB,
ALTER COLUMN "external_id" SET NOT NULL,
ALTER COLUMN "external_id" SET DEFAULT ('cc:relation:'::text || gen_random_uuid());

-- AlterTable
ALTER TABLE "claim_revisions" ADD COLUMN     "import_origin" JSONB;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "import_origin" JSONB,
ALTER COLUMN "external_id" SET NOT NULL,
ALTER COLUMN "external_id" SET DEFAULT ('cc:claim:'::text || gen_random_uuid());

-- AlterTable
ALTER TABLE "documents" ADD COLUMN     "import_origin" JSONB,
ALTER COLUMN "external_id" SET NOT NULL,
ALTER COLUMN "external_id" SET DEFAULT ('cc:document:'::text || gen_random_uuid());

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "import_origin" JSONB,
ALTER COLUMN "external_id" SET NOT NULL,
ALTER COLUMN "external_id" SET DEFAULT ('cc:event:'::text || gen_random_uuid());

-- AlterTable
ALTER TABLE "rating_revisions" ADD COLUMN     "import_origin" JSONB;

-- AlterTable
ALTER TABLE "source_alignment_changes" ADD COLUMN     "import_origin" JSONB;

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "import_origin" JSONB,
ALTER COLUMN "external_id" SET NOT NULL,
ALTER COLUMN "external_id" SET DEFAULT ('cc:source:'::text || gen_random_uuid());

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "user_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER,
    "body" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");
