import { Prisma } from '@/lib/generated/prisma/client';

// The statements that find a source by any of its names, over source_lookup_names (folded
// names, decision 012). Kept apart from their callers so the benchmark times the very same SQL
// through pg that the API runs.

export type SourceSearchParams = {
  /** The query, already folded with foldName. */
  folded: string;
  limit: number;
  alignment?: string;
  kind?: string;
};

// Tiers, best first: exact name, exact alias, a name or alias starting with the query (or
// with a word of it starting so), then trigram similarity. Similar means `<%` (word similarity
// ≥ pg_trgm's 0.6) or `<<%` (strict word similarity ≥ 0.5): one wrong letter in an eight-letter
// word ("nebensya" in "vasily nebenzya") scores 0.56 and 0.5. Both operators keep their default
// thresholds, which claim search shares. The GIN trigram index serves them and both LIKEs.
// A name starting with three or more typed letters is always similar enough for `<%` (all but
// the query's last trigram are in it), so the prefix LIKEs, two more index scans, are needed
// only for one or two letters.
const SHORT = 3;

export function sourceSearchSql({ folded, limit, alignment, kind }: SourceSearchParams): Prisma.Sql {
  const prefix = `${folded}%`;
  const wordPrefix = `% ${folded}%`;
  return Prisma.sql`
    WITH hits AS (
      SELECT l.source_id, l.name, l.kind,
        CASE WHEN l.folded = ${folded} THEN (CASE WHEN l.kind = 'name' THEN 0 ELSE 1 END)
             WHEN l.folded LIKE ${prefix} OR l.folded LIKE ${wordPrefix} THEN 2 ELSE 3 END AS tier,
        word_similarity(${folded}, l.folded) AS score,
        similarity(${folded}, l.folded) AS whole
      FROM source_lookup_names l
      WHERE l.folded = ${folded} OR ${folded} <% l.folded OR ${folded} <<% l.folded
        ${folded.length < SHORT ? Prisma.sql`OR l.folded LIKE ${prefix} OR l.folded LIKE ${wordPrefix}` : Prisma.empty}),
    best AS (
      SELECT DISTINCT ON (h.source_id) h.*
      FROM hits h ORDER BY h.source_id, h.tier, h.score DESC, h.whole DESC, h.kind),
    top AS (
      SELECT b.*, s.name AS source_name
      FROM best b JOIN sources s ON s.id = b.source_id
      WHERE s.deleted_at IS NULL
        ${alignment ? Prisma.sql`AND s.alignment_slug = ${alignment}` : Prisma.empty}
        ${kind ? Prisma.sql`AND s.kind = ${kind}::"SourceKind"` : Prisma.empty}
      ORDER BY b.tier, b.score DESC, b.whole DESC, s.name, s.id
      LIMIT ${limit})
    SELECT s.id, s.name, s.kind::text AS kind, s.country, s.language, s.aliases, s.reliability::text AS reliability,
      json_build_object('slug', al.slug, 'label', al.label, 'color', al.color) AS alignment,
      CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name) END AS represents,
      (SELECT count(DISTINCT a.claim_id)::int FROM attributions a JOIN claims c ON c.id = a.claim_id
        WHERE a.source_id = s.id AND c.deleted_at IS NULL AND c.merged_into_id IS NULL) AS "claimCount",
      (SELECT coalesce(json_agg(json_build_object('kind', si.kind, 'value', si.value) ORDER BY si.kind, si.value), '[]'::json)
        FROM source_identifiers si WHERE si.source_id = s.id) AS identifiers,
      top.name AS "matchedName", top.kind::text AS "matchedKind", top.tier,
      CASE WHEN top.tier < 2 THEN 1 ELSE round(top.score::numeric, 2)::float8 END AS score
    FROM top
    JOIN sources s ON s.id = top.source_id
    JOIN alignments al ON al.slug = s.alignment_slug
    LEFT JOIN sources r ON r.id = s.represents_id
    ORDER BY top.tier, top.score DESC, top.whole DESC, top.source_name, s.id`;
}

/**
 * Live sources any of whose names folds to one of `folded` (exact), or is similar enough to be
 * worth asking about (pg_trgm `%`, similarity ≥ 0.3, narrowed by the caller), best first.
 */
export function duplicateCandidatesSql(folded: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (l.source_id) l.source_id AS id, s.name AS "sourceName", l.name AS "matchedName",
      l.kind::text AS "matchedKind", l.folded, q.f AS "foldedQuery", l.folded = q.f AS exact,
      similarity(q.f, l.folded)::float8 AS score
    FROM unnest(${folded}::text[]) AS q(f)
    JOIN source_lookup_names l ON l.folded = q.f OR l.folded % q.f
    JOIN sources s ON s.id = l.source_id AND s.deleted_at IS NULL
    ORDER BY l.source_id, (l.folded = q.f) DESC, (l.kind = 'name') DESC, similarity(q.f, l.folded) DESC`;
}

/** Every live source an exact or similar name (pg_trgm `%`) of each folded query, unreduced. */
export function nameCandidatesSql(folded: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT q.f AS "foldedQuery", l.source_id AS id, s.name AS "sourceName", l.name AS "matchedName",
      l.kind::text AS "matchedKind", l.folded, l.folded = q.f AS exact, similarity(q.f, l.folded)::float8 AS score
    FROM unnest(${folded}::text[]) AS q(f)
    JOIN source_lookup_names l ON l.folded = q.f OR l.folded % q.f
    JOIN sources s ON s.id = l.source_id AND s.deleted_at IS NULL`;
}
