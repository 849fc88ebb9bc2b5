-- Search at a million claims (issue 6). Everything search reads now lives on the claim row
-- itself, so a search walks one table with one tsvector and tests filters as plain columns:
--   search_context        quotes, speakers' names and aliases, venues, event title (was the
--                         claim_search table, which cost a join per candidate);
--   search_vector         own words (A, B) || search_context (C, D), one GIN index;
--   asserting_alignments  alignments of the sources that assert it (was an EXISTS per candidate);
--   contested             has a `contradicts` relation with another live claim (was an EXISTS
--                         over claim_relations per candidate).
-- All three are kept current by triggers, so every write path (app, bulk import, exchange
-- import, raw SQL) maintains them.

ALTER TABLE "claims" ADD COLUMN "search_context" tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE "claims" ADD COLUMN "asserting_alignments" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "claims" ADD COLUMN "contested" BOOLEAN NOT NULL DEFAULT false;

-- The context document from its parts; bulk import computes the same from its batch.
CREATE OR REPLACE FUNCTION public.claim_search_context(quotes text, names text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('simple', public.immutable_unaccent(coalesce(quotes, ''))), 'C') ||
               setweight(to_tsvector('simple', public.immutable_unaccent(coalesce(names, ''))), 'D') $$;

-- Same trigger entry point as before; it now writes the claim row. Correlated subqueries on
-- the updated row itself, not a join back to claims: inside the transaction that just filled
-- the table the planner has no statistics, and a join could become a scan per claim.
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
      (SELECT array_agg(DISTINCT s.alignment_slug ORDER BY s.alignment_slug)
        FROM attributions a JOIN sources s ON s.id = a.source_id
        WHERE a.claim_id = c.id AND a.role = 'asserts'),
      ARRAY[]::text[])
  WHERE c.id = ANY (claim_ids);
$$;

-- The refreshes now update claims themselves, so the claim triggers become row triggers on the
-- columns that matter (WHEN is tested per row without a call; a refresh never sets those
-- columns, so it cannot fire them). The statement trigger joined its transition tables, which
-- have no statistics: a nested loop of n x n rows when a refresh updated thousands of claims.
DROP TRIGGER "claims_search_update" ON "claims";
DROP FUNCTION public.claims_search_after_update();
CREATE OR REPLACE FUNCTION public.claims_search_after_event_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "claims_search_event_update" AFTER UPDATE OF "event_id" ON "claims"
  FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id)
  EXECUTE FUNCTION public.claims_search_after_event_change();

-- The same for the update triggers of attributions, sources and events (an export assigning
-- external ids to every row must not pay n x n). An attribution's role now counts too: it
-- decides the asserting alignments; so does a source's alignment.
DROP TRIGGER "attributions_search_update" ON "attributions";
DROP FUNCTION public.attributions_search_after_update();
CREATE OR REPLACE FUNCTION public.attributions_search_after_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.search_refresh_deferred() THEN
    PERFORM public.refresh_claim_search(ARRAY[OLD.claim_id, NEW.claim_id]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "attributions_search_update" AFTER UPDATE ON "attributions"
  FOR EACH ROW WHEN ((OLD.claim_id, OLD.source_id, OLD.role, OLD.quote_exact, OLD.venue)
    IS DISTINCT FROM (NEW.claim_id, NEW.source_id, NEW.role, NEW.quote_exact, NEW.venue))
  EXECUTE FUNCTION public.attributions_search_after_change();

DROP TRIGGER "sources_search_update" ON "sources";
DROP FUNCTION public.sources_search_after_update();
CREATE OR REPLACE FUNCTION public.sources_search_after_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_search(ARRAY(SELECT DISTINCT a.claim_id FROM attributions a WHERE a.source_id = NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER "sources_search_update" AFTER UPDATE ON "sources"
  FOR EACH ROW WHEN (OLD.search_names IS DISTINCT FROM NEW.search_names OR OLD.alignment_slug IS DISTINCT FROM NEW.alignment_slug)
  EXECUTE FUNCTION public.sources_search_after_change();

DROP TRIGGER "events_search_update" ON "events";
DROP FUNCTION public.events_search_after_update();
CREATE OR REPLACE FUNCTION public.events_search_after_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_search(ARRAY(SELECT c.id FROM claims c WHERE c.event_id = NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER "events_search_update" AFTER UPDATE ON "events"
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
  EXECUTE FUNCTION public.events_search_after_change();

-- Contested: recomputed for the given claims from their live `contradicts` partners.
CREATE OR REPLACE FUNCTION public.claim_is_contested(target_id integer) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM claim_relations r
    JOIN claims o ON o.id = CASE WHEN r.claim_a_id = target_id THEN r.claim_b_id ELSE r.claim_a_id END
    WHERE r.type = 'contradicts' AND (r.claim_a_id = target_id OR r.claim_b_id = target_id)
      AND o.deleted_at IS NULL AND o.merged_into_id IS NULL)
$$;

CREATE OR REPLACE FUNCTION public.refresh_claim_contested(claim_ids integer[]) RETURNS void
  LANGUAGE sql VOLATILE AS $$
  -- A flag that differs from the truth is its negation: the check is computed once per claim.
  UPDATE claims c SET contested = NOT c.contested
  WHERE c.id = ANY (claim_ids) AND c.contested IS DISTINCT FROM public.claim_is_contested(c.id);
$$;

-- A new relation can only make claims contested: a set-based join of the statement's rows with
-- the partners' liveness, instead of recomputing each claim (200k relations took 90 s that way).
CREATE OR REPLACE FUNCTION public.relations_contested_after_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE claims c SET contested = true
  FROM (
    SELECT claim_a_id AS id, claim_b_id AS other FROM new_rows WHERE type = 'contradicts'
    UNION SELECT claim_b_id, claim_a_id FROM new_rows WHERE type = 'contradicts'
  ) p
  JOIN claims o ON o.id = p.other AND o.deleted_at IS NULL AND o.merged_into_id IS NULL
  WHERE c.id = p.id AND NOT c.contested;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.relations_contested_after_delete() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_contested(ARRAY(
    SELECT claim_a_id FROM old_rows WHERE type = 'contradicts'
    UNION SELECT claim_b_id FROM old_rows WHERE type = 'contradicts'));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.relations_contested_after_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_contested(ARRAY(
    SELECT claim_a_id FROM old_rows UNION SELECT claim_b_id FROM old_rows
    UNION SELECT claim_a_id FROM new_rows UNION SELECT claim_b_id FROM new_rows));
  RETURN NULL;
END $$;

CREATE TRIGGER "relations_contested_insert" AFTER INSERT ON "claim_relations"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.relations_contested_after_insert();
CREATE TRIGGER "relations_contested_update" AFTER UPDATE ON "claim_relations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.relations_contested_after_update();
CREATE TRIGGER "relations_contested_delete" AFTER DELETE ON "claim_relations"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.relations_contested_after_delete();

-- Deleting, restoring or merging a claim changes whether its partners are contested.
CREATE OR REPLACE FUNCTION public.claims_contested_after_liveness_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.refresh_claim_contested(ARRAY(
    SELECT CASE WHEN r.claim_a_id = NEW.id THEN r.claim_b_id ELSE r.claim_a_id END
    FROM claim_relations r
    WHERE r.type = 'contradicts' AND (r.claim_a_id = NEW.id OR r.claim_b_id = NEW.id)));
  RETURN NULL;
END $$;

CREATE TRIGGER "claims_contested_update" AFTER UPDATE OF "deleted_at", "merged_into_id" ON "claims"
  FOR EACH ROW WHEN ((OLD.deleted_at IS NULL AND OLD.merged_into_id IS NULL)
    IS DISTINCT FROM (NEW.deleted_at IS NULL AND NEW.merged_into_id IS NULL))
  EXECUTE FUNCTION public.claims_contested_after_liveness_change();

-- Existing claims.
SELECT public.refresh_claim_search(ARRAY(SELECT id FROM claims));
SELECT public.refresh_claim_contested(ARRAY(SELECT id FROM claims));
DROP TABLE "claim_search";

-- One document per claim: its own words and its context. (Dropped and added again rather than
-- SET EXPRESSION, which needs PostgreSQL 17.)
ALTER TABLE "claims" DROP COLUMN "search_vector";
ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', public.immutable_unaccent(coalesce("text", ''))), 'A') ||
  setweight(to_tsvector('simple', public.immutable_unaccent(coalesce("original_text", ''))), 'B') ||
  "search_context"
) STORED;
CREATE INDEX "claims_search_vector_idx" ON "claims" USING GIN ("search_vector");
ALTER TABLE "claims" ALTER COLUMN "search_vector" SET STATISTICS 1000;
