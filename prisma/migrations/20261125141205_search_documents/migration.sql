-- Search at scale (issue 6). Claim text and original text are already in claims.search_vector
-- (init migration). This adds what a claim is known by beyond its own words: quotes, the names
-- and aliases of its speakers, venues and the event title, as one trigger-maintained tsvector
-- per claim, plus a trigram-searchable name string per source for misspelt names.

-- A source's name and aliases as one unaccented string: "Nebenzia" must find "Nebenzya" and
-- "Небензя" alike. IMMUTABLE so a generated column can use it.
CREATE OR REPLACE FUNCTION public.source_search_names(name text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT public.immutable_unaccent(concat_ws(' ', name, array_to_string(aliases, ' '))) $$;

ALTER TABLE "sources" ADD COLUMN "search_names" TEXT
  GENERATED ALWAYS AS (public.source_search_names("name", "aliases")) STORED;

-- CreateTable
CREATE TABLE "claim_search" (
    "claim_id" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "claim_search_pkey" PRIMARY KEY ("claim_id")
);

-- CreateIndex
CREATE INDEX "claim_search_document_idx" ON "claim_search" USING GIN ("document");

-- CreateIndex
CREATE INDEX "sources_search_names_trgm_idx" ON "sources" USING GIN ("search_names" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "claim_search" ADD CONSTRAINT "claim_search_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rebuilds the search document of the given claims from their attributions, sources and event.
-- Set-based, so a bulk import refreshes a whole batch in one statement.
CREATE OR REPLACE FUNCTION public.refresh_claim_search(claim_ids integer[]) RETURNS void
  LANGUAGE sql VOLATILE AS $$
  INSERT INTO claim_search (claim_id, document)
  SELECT c.id,
    setweight(to_tsvector('simple', public.immutable_unaccent(coalesce(q.quotes, ''))), 'C') ||
    setweight(to_tsvector('simple', public.immutable_unaccent(concat_ws(' ', n.names, v.venues, e.title))), 'D')
  FROM claims c
  LEFT JOIN events e ON e.id = c.event_id
  LEFT JOIN LATERAL (
    SELECT string_agg(a.quote_exact, ' ') AS quotes FROM attributions a WHERE a.claim_id = c.id
  ) q ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(DISTINCT a.venue, ' ') AS venues FROM attributions a WHERE a.claim_id = c.id
  ) v ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(s.search_names, ' ') AS names
    FROM sources s
    WHERE s.id IN (SELECT a.source_id FROM attributions a WHERE a.claim_id = c.id)
  ) n ON true
  WHERE c.id = ANY (claim_ids)
  ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document;
$$;

-- Bulk import sets crosscheck.defer_search for its transaction and refreshes each batch once
-- itself, instead of once per statement it runs.
CREATE OR REPLACE FUNCTION public.search_refresh_deferred() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('crosscheck.defer_search', true), '') = 'on' $$;

-- Statement-level triggers with transition tables: one refresh per statement, however many rows.
CREATE OR REPLACE FUNCTION public.attributions_search_after_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY(SELECT DISTINCT claim_id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.attributions_search_after_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY(
      SELECT o.claim_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.claim_id, o.source_id, o.quote_exact, o.venue)
        IS DISTINCT FROM (n.claim_id, n.source_id, n.quote_exact, n.venue)
      UNION
      SELECT n.claim_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.claim_id, o.source_id, o.quote_exact, o.venue)
        IS DISTINCT FROM (n.claim_id, n.source_id, n.quote_exact, n.venue)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.attributions_search_after_delete() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY(SELECT DISTINCT claim_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "attributions_search_insert" AFTER INSERT ON "attributions"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.attributions_search_after_insert();
CREATE TRIGGER "attributions_search_update" AFTER UPDATE ON "attributions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.attributions_search_after_update();
CREATE TRIGGER "attributions_search_delete" AFTER DELETE ON "attributions"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.attributions_search_after_delete();

-- A claim's event title is part of its document.
CREATE OR REPLACE FUNCTION public.claims_search_after_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY(SELECT id FROM new_rows WHERE event_id IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.claims_search_after_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.event_id IS DISTINCT FROM n.event_id));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "claims_search_insert" AFTER INSERT ON "claims"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.claims_search_after_insert();
CREATE TRIGGER "claims_search_update" AFTER UPDATE ON "claims"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.claims_search_after_update();

-- Renaming a source or an event changes the documents of every claim they appear in.
CREATE OR REPLACE FUNCTION public.sources_search_after_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_search(ARRAY(
    SELECT DISTINCT a.claim_id FROM attributions a
    WHERE a.source_id IN (
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.search_names IS DISTINCT FROM n.search_names)));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.events_search_after_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_search(ARRAY(
    SELECT c.id FROM claims c
    WHERE c.event_id IN (
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.title IS DISTINCT FROM n.title)));
  RETURN NULL;
END $$;

CREATE TRIGGER "sources_search_update" AFTER UPDATE ON "sources"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.sources_search_after_update();
CREATE TRIGGER "events_search_update" AFTER UPDATE ON "events"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.events_search_after_update();

-- Claims written before this migration.
SELECT public.refresh_claim_search(ARRAY(SELECT id FROM claims));

-- Finer statistics on the search columns: the planner picks between walking the newest claims
-- and reading the GIN index by how common a word is, and a misestimate costs 100 ms at 1M rows.
ALTER TABLE "claims" ALTER COLUMN "search_vector" SET STATISTICS 1000;
ALTER TABLE "claim_search" ALTER COLUMN "document" SET STATISTICS 1000;
