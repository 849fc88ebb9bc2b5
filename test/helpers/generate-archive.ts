// A synthetic archive written straight with SQL (fast): sources with rating histories,
// documents, events, claims with quotes, relay chains, parties, figures, relations, merged and
// deleted claims. setseed makes it the same every run. External ids come from the columns'
// defaults, as for every row the app makes.
import type { Db } from '@/lib/db';

export async function generateArchive(client: Db, claims: number): Promise<void> {
  await client.$transaction(async (tx) => {
    const run = (sql: string) => tx.$executeRawUnsafe(sql);
    await run(`SELECT setseed(0.4242)`);
    await run(`INSERT INTO events (title, summary, starts_at, place_name, latitude, longitude, place_precision, updated_at)
      SELECT 'Generated event ' || g, CASE WHEN g % 2 = 0 THEN 'Summary, "quoted" <b>' || g || '</b>' END,
        timestamptz '2020-01-01 00:00:00+00' + g * interval '1 day', 'Place ' || g, 35.5 + g / 100.0, 36.25 - g / 1000.0, 'town', now()
      FROM generate_series(1, 20) g`);
    await run(`INSERT INTO sources (name, kind, alignment_slug, aliases, country, language, reliability, rating_version, updated_at)
      SELECT 'Gen source ' || g, (enum_range(NULL::"SourceKind"))[1 + g % 9],
        (ARRAY['pro-government','pro-militant','un','independent','unknown'])[1 + g % 5],
        ARRAY['Источник ' || g, 'مصدر ' || g], 'SY', 'ar', (enum_range(NULL::"Reliability"))[1 + g % 6], 2, now()
      FROM generate_series(1, 200) g`);
    await run(`UPDATE sources s SET represents_id = r.id FROM sources r
      WHERE s.name LIKE 'Gen source %' AND r.name = 'Gen source ' || (split_part(s.name, ' ', 3)::int + 1) AND split_part(s.name, ' ', 3)::int % 10 = 0`);
    await run(`INSERT INTO rating_revisions (source_id, version, reliability, previous, rationale, created_at)
      SELECT s.id, v, CASE WHEN v = 1 THEN 'F'::"Reliability" ELSE s.reliability END, CASE WHEN v = 2 THEN 'F'::"Reliability" END,
        'Generated rationale ' || v || ' for ' || s.name, timestamptz '2021-01-01 00:00:00+00' + v * interval '1 hour' + s.id * interval '1 second'
      FROM sources s CROSS JOIN generate_series(1, 2) v WHERE s.name LIKE 'Gen source %'`);
    await run(`INSERT INTO source_alignment_changes (source_id, from_slug, to_slug, reason, created_at)
      SELECT s.id, NULL, s.alignment_slug, 'Initial alignment of ' || s.name, timestamptz '2021-01-01 00:00:00+00' + s.id * interval '1 second'
      FROM sources s WHERE s.name LIKE 'Gen source %'`);
    await run(`INSERT INTO documents (url, normalized_url, title, publisher_id, published_at, language, text, text_sha256, captured_at, updated_at)
      SELECT 'https://gen.example/a/' || g, 'https://gen.example/a/' || g, 'Generated article ' || g,
        (SELECT id FROM sources WHERE name = 'Gen source ' || (1 + g % 200)), timestamptz '2020-02-01 00:00:00+00' + g * interval '1 hour', 'en',
        repeat('Body text ' || g || '. ', 20), encode(sha256(convert_to(repeat('Body text ' || g || '. ', 20), 'UTF8')), 'hex'),
        timestamptz '2020-03-01 00:00:00+00', now()
      FROM generate_series(1, 100) g`);
    await run(`UPDATE documents d SET republishes_id = o.id FROM documents o
      WHERE d.url LIKE 'https://gen.example/a/%' AND o.url = 'https://gen.example/a/' || (split_part(d.url, '/', 5)::int - 1)
        AND split_part(d.url, '/', 5)::int % 4 = 0`);
    await run(`WITH ev AS (SELECT array_agg(id ORDER BY id) ids FROM events WHERE title LIKE 'Generated event %')
      INSERT INTO claims (text, language, original_text, original_language, occurred_at, occurred_precision, place_name, latitude, longitude,
        place_precision, event_id, credibility, credibility_reason, origin_count, carrier_count, version, created_at, updated_at)
      SELECT 'Generated claim ' || g || ': "' || md5(g::text) || '" <script>x</script> & émoji 🛰', 'en',
        CASE WHEN g % 3 = 0 THEN 'ادعاء ' || g END, CASE WHEN g % 3 = 0 THEN 'ar' END,
        timestamptz '2020-06-01 00:00:00+00' + (random() * 100)::int * interval '1 day', 'day', 'Village ' || (g % 97),
        round((random() * 180 - 90)::numeric, 6)::float8, round((random() * 360 - 180)::numeric, 6)::float8, 'exact',
        CASE WHEN g % 11 = 0 THEN NULL ELSE ev.ids[1 + g % 20] END, 1 + (random() * 5)::int, 'Reason ' || g, 1, 1 + g % 2, 1 + g % 3,
        timestamptz '2022-01-01 00:00:00+00' + g * interval '1 second', timestamptz '2022-06-01 00:00:00+00' + g * interval '1 second'
      FROM generate_series(1, ${claims}) g, ev`);
    const gen = `(SELECT id FROM claims WHERE text LIKE 'Generated claim %')`;
    await run(`WITH s AS (SELECT array_agg(id ORDER BY id) ids FROM sources WHERE name LIKE 'Gen source %'),
      d AS (SELECT array_agg(id ORDER BY id) ids FROM documents WHERE url LIKE 'https://gen.example/a/%')
      INSERT INTO attributions (claim_id, source_id, role, document_id, quote_exact, quote_prefix, quote_suffix, quote_start, anchor_status, venue, stated_at, created_at)
      SELECT c.id, s.ids[1 + c.id % 200], 'asserts', d.ids[1 + c.id % 100], 'Body text ' || (1 + c.id % 100), NULL, '. Body', 0,
        (enum_range(NULL::"AnchorStatus"))[1 + c.id % 3], CASE WHEN c.id % 7 = 0 THEN 'UN Security Council, meeting ' || c.id END,
        CASE WHEN c.id % 5 = 0 THEN timestamptz '2020-06-29 12:00:00+00' END, timestamptz '2022-01-02 00:00:00+00'
      FROM claims c, s, d WHERE c.id IN ${gen}`);
    await run(`WITH s AS (SELECT array_agg(id ORDER BY id) ids FROM sources WHERE name LIKE 'Gen source %')
      INSERT INTO attributions (claim_id, source_id, role, relays_id, created_at)
      SELECT a.claim_id, s.ids[1 + (a.claim_id + 7) % 200], 'relays', a.id, timestamptz '2022-01-03 00:00:00+00'
      FROM attributions a, s WHERE a.role = 'asserts' AND a.claim_id % 2 = 0 AND a.claim_id IN ${gen}`);
    await run(`WITH s AS (SELECT array_agg(id ORDER BY id) ids FROM sources WHERE name LIKE 'Gen source %')
      INSERT INTO attributions (claim_id, source_id, role, relays_id, created_at)
      SELECT a.claim_id, s.ids[1 + (a.claim_id + 13) % 200], 'relays', a.id, timestamptz '2022-01-04 00:00:00+00'
      FROM attributions a, s WHERE a.role = 'relays' AND a.claim_id % 4 = 0 AND a.claim_id IN ${gen}`);
    await run(`INSERT INTO claim_parties (claim_id, role, name, source_id)
      SELECT c.id, r.role, 'Party ' || c.id || ' ' || r.role, CASE WHEN r.role = 'perpetrator' THEN (SELECT min(id) FROM sources WHERE name LIKE 'Gen source %') END
      FROM claims c CROSS JOIN (VALUES ('perpetrator'::"PartyRole"), ('target'::"PartyRole")) r(role) WHERE c.id % 3 = 0 AND c.id IN ${gen}`);
    await run(`INSERT INTO claim_figures (claim_id, measure, subject, min, max, wording)
      SELECT c.id, 'killed', 'soldiers', c.id % 50, CASE WHEN c.id % 2 = 0 THEN c.id % 50 + 5 END, 'at least ' || (c.id % 50)
      FROM claims c WHERE c.id % 5 = 0 AND c.id IN ${gen}`);
    await run(`INSERT INTO claim_relations (claim_a_id, claim_b_id, type, subject_claim_id, disputes, note, created_at)
      SELECT c.id, c.id + 1, (ARRAY['contradicts','supports','same_as']::"RelationType"[])[1 + (c.id / 10) % 3],
        CASE WHEN (c.id / 10) % 3 = 1 THEN c.id + 1 END,
        CASE WHEN (c.id / 10) % 3 = 0 THEN ARRAY['responsibility','figures']::"Dispute"[] ELSE ARRAY[]::"Dispute"[] END,
        'Note ' || c.id, timestamptz '2022-02-01 00:00:00+00'
      FROM claims c WHERE c.id % 10 = 0 AND c.id IN ${gen} AND c.id + 1 IN ${gen}`);
    await run(`UPDATE claims SET merged_into_id = id - 1, deleted_at = timestamptz '2022-03-01 00:00:00+00'
      WHERE id % 500 = 1 AND id IN ${gen} AND id - 1 IN ${gen}`);
    await run(`UPDATE claims SET deleted_at = timestamptz '2022-03-02 00:00:00+00' WHERE id % 700 = 3 AND id IN ${gen}`);
    await run(`INSERT INTO claim_revisions (claim_id, version, action, reason, snapshot, created_at)
      SELECT c.id, 1, 'create', NULL, jsonb_build_object(
        'id', c.id, 'text', c.text, 'language', c.language, 'originalText', c.original_text, 'originalLanguage', c.original_language,
        'occurredAt', c.occurred_at, 'occurredPrecision', c.occurred_precision, 'placeName', c.place_name, 'latitude', c.latitude,
        'longitude', c.longitude, 'placePrecision', c.place_precision, 'eventId', c.event_id, 'eventTitle', NULL,
        'credibility', c.credibility, 'credibilityReason', c.credibility_reason, 'originCount', c.origin_count,
        'carrierCount', c.carrier_count, 'version', 1, 'deletedAt', NULL,
        'parties', '[]'::jsonb, 'figures', '[]'::jsonb, 'attributions', '[]'::jsonb), c.created_at
      FROM claims c WHERE c.id % 50 = 0 AND c.id IN ${gen}`);
  }, { timeout: 120_000 });
}
