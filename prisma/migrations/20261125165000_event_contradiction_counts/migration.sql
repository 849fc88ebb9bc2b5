-- The home page's "contested events" at a million claims (issue 6): counting contradiction
-- pairs per event aggregated every contradiction in the archive (2.2 s). events.contradiction_count
-- is kept by the database instead, so the ranking is a top-k scan of a partial index (44 ms).
ALTER TABLE events ADD COLUMN contradiction_count integer NOT NULL DEFAULT 0;

-- Contradiction pairs among an event's live claims, through claims(event_id): bounded by the event.
CREATE FUNCTION event_contradiction_count(event integer) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT count(*)::int
  FROM claims ca
  JOIN claim_relations r ON r.claim_a_id = ca.id AND r.type = 'contradicts'
  JOIN claims cb ON cb.id = r.claim_b_id
  WHERE ca.event_id = event AND ca.deleted_at IS NULL AND ca.merged_into_id IS NULL
    AND cb.event_id = event AND cb.deleted_at IS NULL AND cb.merged_into_id IS NULL
$$;

CREATE FUNCTION recount_event_contradictions(events integer[]) RETURNS void LANGUAGE sql AS $$
  UPDATE events e SET contradiction_count = event_contradiction_count(e.id)
  WHERE e.id = ANY(events) AND e.contradiction_count IS DISTINCT FROM event_contradiction_count(e.id)
$$;

-- Relations: add or subtract each statement's contradictions per event, so a bulk import of
-- relations costs in proportion to the batch. (A relation deleted by a claim's hard delete finds
-- no claim here; the claims trigger below recounts that event instead.)
CREATE FUNCTION claim_relations_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE events e SET contradiction_count = e.contradiction_count - d.n
    FROM (SELECT c.event_id, count(*)::int AS n FROM old_rows r
          JOIN claims ca ON ca.id = r.claim_a_id JOIN claims c ON c.id = r.claim_b_id
          WHERE r.type = 'contradicts' AND ca.event_id = c.event_id
            AND ca.deleted_at IS NULL AND ca.merged_into_id IS NULL AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
          GROUP BY c.event_id) d
    WHERE e.id = d.event_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE events e SET contradiction_count = e.contradiction_count + d.n
    FROM (SELECT c.event_id, count(*)::int AS n FROM new_rows r
          JOIN claims ca ON ca.id = r.claim_a_id JOIN claims c ON c.id = r.claim_b_id
          WHERE r.type = 'contradicts' AND ca.event_id = c.event_id
            AND ca.deleted_at IS NULL AND ca.merged_into_id IS NULL AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
          GROUP BY c.event_id) d
    WHERE e.id = d.event_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claim_relations_recount_ins AFTER INSERT ON claim_relations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claim_relations_recount();
CREATE TRIGGER claim_relations_recount_upd AFTER UPDATE ON claim_relations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claim_relations_recount();
CREATE TRIGGER claim_relations_recount_del AFTER DELETE ON claim_relations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claim_relations_recount();

-- Claims: a claim deleted, restored, merged or moved to another event changes its events' counts.
-- Row-level with a column list and WHEN, so other claim updates (edits, search columns) skip it;
-- a hard delete has cascaded to its relations before the statement trigger runs.
CREATE FUNCTION claims_recount_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM recount_event_contradictions(ARRAY[OLD.event_id, NEW.event_id]);
  RETURN NULL;
END $$;
CREATE TRIGGER claims_recount_upd AFTER UPDATE OF event_id, deleted_at, merged_into_id ON claims FOR EACH ROW
  WHEN ((OLD.event_id, OLD.deleted_at, OLD.merged_into_id) IS DISTINCT FROM (NEW.event_id, NEW.deleted_at, NEW.merged_into_id)
    AND coalesce(OLD.event_id, NEW.event_id) IS NOT NULL)
  EXECUTE FUNCTION claims_recount_row();
CREATE FUNCTION claims_recount_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM recount_event_contradictions(ARRAY(SELECT DISTINCT event_id FROM old_rows WHERE event_id IS NOT NULL));
  RETURN NULL;
END $$;
CREATE TRIGGER claims_recount_del AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claims_recount_deleted();

UPDATE events e SET contradiction_count = p.n FROM (
  SELECT ca.event_id, count(*)::int AS n
  FROM claim_relations r JOIN claims ca ON ca.id = r.claim_a_id JOIN claims cb ON cb.id = r.claim_b_id
  WHERE r.type = 'contradicts' AND ca.event_id = cb.event_id
    AND ca.deleted_at IS NULL AND ca.merged_into_id IS NULL AND cb.deleted_at IS NULL AND cb.merged_into_id IS NULL
  GROUP BY ca.event_id) p
WHERE p.event_id = e.id;

CREATE INDEX events_contested_idx ON events (contradiction_count DESC, (coalesce(starts_at, created_at)) DESC, id DESC)
  WHERE contradiction_count > 0;
