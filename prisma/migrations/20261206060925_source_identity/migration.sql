-- CreateEnum
CREATE TYPE "IdentifierKind" AS ENUM ('wikidata', 'domain', 'telegram', 'x', 'youtube', 'facebook');

-- AlterEnum
ALTER TYPE "SourceLookupKind" ADD VALUE 'identifier';

-- DropIndex
DROP INDEX "rating_revisions_source_id_version_key";

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "conflict_id" INTEGER;

-- AlterTable
ALTER TABLE "rating_revisions" ADD COLUMN     "from_source_id" INTEGER;

-- AlterTable
ALTER TABLE "source_alignment_changes" ADD COLUMN     "conflict_id" INTEGER,
ADD COLUMN     "from_source_id" INTEGER;

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "merged_at" TIMESTAMPTZ(3),
ADD COLUMN     "merged_into_id" INTEGER;

-- CreateTable
CREATE TABLE "source_identifiers" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "kind" "IdentifierKind" NOT NULL,
    "value" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conflicts" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT NOT NULL DEFAULT ('cc:conflict:'::text || gen_random_uuid()),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "import_origin" JSONB,

    CONSTRAINT "conflicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_conflict_alignments" (
    "source_id" INTEGER NOT NULL,
    "conflict_id" INTEGER NOT NULL,
    "alignment_slug" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_conflict_alignments_pkey" PRIMARY KEY ("source_id","conflict_id")
);

-- CreateIndex
CREATE INDEX "source_identifiers_source_id_idx" ON "source_identifiers"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_identifiers_kind_value_key" ON "source_identifiers"("kind", "value");

-- CreateIndex
CREATE UNIQUE INDEX "conflicts_external_id_key" ON "conflicts"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "conflicts_name_key" ON "conflicts"("name");

-- CreateIndex
CREATE INDEX "source_conflict_alignments_conflict_id_alignment_slug_idx" ON "source_conflict_alignments"("conflict_id", "alignment_slug");

-- CreateIndex
CREATE INDEX "events_conflict_id_idx" ON "events"("conflict_id");

-- CreateIndex
CREATE INDEX "rating_revisions_source_id_version_idx" ON "rating_revisions"("source_id", "version");

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_identifiers" ADD CONSTRAINT "source_identifiers_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_identifiers" ADD CONSTRAINT "source_identifiers_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_conflict_alignments" ADD CONSTRAINT "source_conflict_alignments_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_conflict_alignments" ADD CONSTRAINT "source_conflict_alignments_conflict_id_fkey" FOREIGN KEY ("conflict_id") REFERENCES "conflicts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_conflict_alignments" ADD CONSTRAINT "source_conflict_alignments_alignment_slug_fkey" FOREIGN KEY ("alignment_slug") REFERENCES "alignments"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating_revisions" ADD CONSTRAINT "rating_revisions_from_source_id_fkey" FOREIGN KEY ("from_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_alignment_changes" ADD CONSTRAINT "source_alignment_changes_conflict_id_fkey" FOREIGN KEY ("conflict_id") REFERENCES "conflicts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_alignment_changes" ADD CONSTRAINT "source_alignment_changes_from_source_id_fkey" FOREIGN KEY ("from_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_conflict_id_fkey" FOREIGN KEY ("conflict_id") REFERENCES "conflicts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One rating revision per version and source, as before, for the source's own revisions; the
-- ones moved here by a merge keep their numbers, unique per source they came from. Partial
-- unique indexes (not expressible in schema.prisma).
CREATE UNIQUE INDEX "rating_revisions_source_id_version_key" ON "rating_revisions"("source_id", "version") WHERE "from_source_id" IS NULL;
CREATE UNIQUE INDEX "rating_revisions_moved_version_key" ON "rating_revisions"("source_id", "from_source_id", "version") WHERE "from_source_id" IS NOT NULL;

-- At most one merge target, never itself.
ALTER TABLE "sources" ADD CONSTRAINT "sources_not_merged_into_itself" CHECK ("merged_into_id" IS NULL OR "merged_into_id" <> "id");

-- Which alignment a source shows for a claim: its alignment in the claim's event's conflict
-- where one is set, else its default. Asserting alignments (the claims filter) follow it.
CREATE OR REPLACE FUNCTION public.refresh_claim_search(claim_ids integer[]) RETURNS void
  LANGUAGE sql VOLATILE AS $$
  UPDATE claims c SET
    search_context = public.claim_search_context(
      (SELECT string_agg(a.quote_exact, ' ') FROM attributions a WHERE a.claim_id = c.id),
      concat_ws(' ',
        (SELECT string_agg(s.search_names, ' ') FROM sources s
          WHERE s.id IN (SELECT a.source_id FROM attributions a WHERE a.claim_id = c.id)),
        (SELECT string_agg(DISTINCT a.venue, ' ') FROM attributions a WHERE a.claim_id = c.id),
        (SELECT e.title FROM events e WHERE e.id = c.event_id))),
    asserting_alignments = coalesce(
      (SELECT array_agg(DISTINCT coalesce(sca.alignment_slug, s.alignment_slug) ORDER BY coalesce(sca.alignment_slug, s.alignment_slug))
        FROM attributions a JOIN sources s ON s.id = a.source_id
        LEFT JOIN source_conflict_alignments sca
          ON sca.source_id = s.id AND sca.conflict_id = (SELECT e.conflict_id FROM events e WHERE e.id = c.event_id)
        WHERE a.claim_id = c.id AND a.role = 'asserts'),
      ARRAY[]::text[])
  WHERE c.id = ANY (claim_ids);
$$;

-- An event moving to another conflict, or a source's alignment in a conflict changing, changes
-- the asserting alignments of the claims concerned.
DROP TRIGGER "events_search_update" ON "events";
CREATE TRIGGER "events_search_update" AFTER UPDATE ON "events"
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.conflict_id IS DISTINCT FROM NEW.conflict_id)
  EXECUTE FUNCTION public.events_search_after_change();

CREATE OR REPLACE FUNCTION public.conflict_alignments_search_after_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  row source_conflict_alignments := coalesce(NEW, OLD);
BEGIN
  PERFORM public.refresh_claim_search(ARRAY(
    SELECT DISTINCT a.claim_id FROM attributions a
    JOIN claims c ON c.id = a.claim_id JOIN events e ON e.id = c.event_id
    WHERE a.source_id = row.source_id AND e.conflict_id = row.conflict_id));
  RETURN NULL;
END $$;
CREATE TRIGGER "source_conflict_alignments_search" AFTER INSERT OR UPDATE OR DELETE ON "source_conflict_alignments"
  FOR EACH ROW EXECUTE FUNCTION public.conflict_alignments_search_after_change();
