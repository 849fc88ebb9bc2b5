-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('new', 'in_review', 'needs_more_evidence', 'reviewed', 'settled');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "assignee_id" INTEGER,
ADD COLUMN     "review_status" "ReviewStatus" NOT NULL DEFAULT 'new';

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "assignee_id" INTEGER,
ADD COLUMN     "review_status" "ReviewStatus" NOT NULL DEFAULT 'new';

-- CreateTable
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER,
    "event_id" INTEGER,
    "author_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_by_id" INTEGER,
    "hidden_reason" TEXT,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_revisions" (
    "id" SERIAL NOT NULL,
    "comment_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_mentions" (
    "comment_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_mentions_pkey" PRIMARY KEY ("comment_id","user_id")
);

-- CreateIndex
CREATE INDEX "comments_claim_id_id_idx" ON "comments"("claim_id", "id");

-- CreateIndex
CREATE INDEX "comments_event_id_id_idx" ON "comments"("event_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "comment_revisions_comment_id_version_key" ON "comment_revisions"("comment_id", "version");

-- CreateIndex
CREATE INDEX "comment_mentions_user_id_created_at_idx" ON "comment_mentions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "claims_review_status_idx" ON "claims"("review_status");

-- CreateIndex
CREATE INDEX "claims_assignee_id_idx" ON "claims"("assignee_id");

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A comment belongs to exactly one claim or one event.
ALTER TABLE "comments" ADD CONSTRAINT "comments_on_claim_or_event" CHECK (("claim_id" IS NULL) <> ("event_id" IS NULL));
-- Only events can be settled.
ALTER TABLE "claims" ADD CONSTRAINT "claims_review_status_not_settled" CHECK ("review_status" <> 'settled');
