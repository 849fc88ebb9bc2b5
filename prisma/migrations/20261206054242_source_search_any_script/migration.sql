-- CreateEnum
CREATE TYPE "SourceLookupKind" AS ENUM ('name', 'alias');

-- CreateTable
CREATE TABLE "source_lookup_names" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceLookupKind" NOT NULL,
    "folded" TEXT NOT NULL,
    "fold_version" INTEGER NOT NULL,

    CONSTRAINT "source_lookup_names_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "source_lookup_names_source_id_idx" ON "source_lookup_names"("source_id");

-- CreateIndex
CREATE INDEX "source_lookup_names_folded_idx" ON "source_lookup_names"("folded");

-- CreateIndex
CREATE INDEX "source_lookup_names_folded_trgm_idx" ON "source_lookup_names" USING GIN ("folded" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "source_lookup_names" ADD CONSTRAINT "source_lookup_names_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing sources, folded as closely as SQL can (accents off, lower case, punctuation to
-- spaces): Latin names are found at once. Version 0 marks the rows the app refolds with its
-- transliteration on its next start or seed, which also gives other scripts their Latin form.
INSERT INTO "source_lookup_names" ("source_id", "name", "kind", "folded", "fold_version")
SELECT s.id, n.name, n.kind::"SourceLookupKind",
  btrim(regexp_replace(lower(public.immutable_unaccent(n.name)), '[^a-z0-9]+', ' ', 'g')), 0
FROM "sources" s
CROSS JOIN LATERAL (
  SELECT s.name, 'name' AS kind
  UNION ALL
  SELECT DISTINCT a, 'alias' FROM unnest(s.aliases) AS a WHERE btrim(a) <> '' AND a <> s.name
) n;

