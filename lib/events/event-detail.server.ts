import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import type { AttributionRole, Dispute } from '@/lib/generated/prisma/enums';
import { alignmentInConflictSql } from '@/lib/alignments/alignment-in-conflict-sql';
import { groupIntoColumns, type EventClaimRow } from './event-columns';
import type { EventDetail, EventPair } from './event-types';

type ClaimRow = { id: number; text: string; credibility: number; contested: boolean };
type AttributionRow = { claim_id: number; role: AttributionRole; at: Date | null; source_id: number; name: string; slug: string };
type RelationRow = {
  id: number; claim_a_id: number; claim_b_id: number; type: 'contradicts' | 'supports';
  subject_claim_id: number | null; disputes: string[]; note: string | null;
};

const UNKNOWN = { slug: 'unknown', label: 'Unknown', color: '#6b7280', sortOrder: 1000 };

// Every query is bounded by claims(event_id) and then primary or foreign-key indexes, so the
// cost follows the event's size, not the archive's (Prisma's filtered relation `_count`
// aggregated claim_relations as a whole: over a second at a million claims). They run in
// parallel; enum columns are cast to text so node-postgres returns plain strings and arrays.
const liveClaimsOf = (eventId: number) => Prisma.sql`
  SELECT c.id, c.text, c.credibility,
    EXISTS (SELECT 1 FROM claim_relations r JOIN claims o ON o.id = r.claim_b_id
      WHERE r.claim_a_id = c.id AND r.type = 'contradicts' AND o.deleted_at IS NULL AND o.merged_into_id IS NULL)
    OR EXISTS (SELECT 1 FROM claim_relations r JOIN claims o ON o.id = r.claim_a_id
      WHERE r.claim_b_id = c.id AND r.type = 'contradicts' AND o.deleted_at IS NULL AND o.merged_into_id IS NULL) AS contested
  FROM claims c
  WHERE c.event_id = ${eventId} AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
  ORDER BY c.created_at, c.id`;

// Each source under its alignment in the event's conflict, where it has one.
const attributionsOf = (eventId: number) => Prisma.sql`
  SELECT a.claim_id, a.role::text AS role, coalesce(a.stated_at, d.published_at) AS at,
    s.id AS source_id, s.name, ${alignmentInConflictSql('s', Prisma.sql`ev.conflict_id`)} AS slug
  FROM events ev
  JOIN claims c ON c.event_id = ev.id
  JOIN attributions a ON a.claim_id = c.id
  JOIN sources s ON s.id = a.source_id
  LEFT JOIN documents d ON d.id = a.document_id
  WHERE ev.id = ${eventId} AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
  ORDER BY a.id`;

const relationsOf = (eventId: number) => Prisma.sql`
  SELECT r.id, r.claim_a_id, r.claim_b_id, r.type::text AS type, r.subject_claim_id, r.disputes::text[] AS disputes, r.note
  FROM claims ca
  JOIN claim_relations r ON r.claim_a_id = ca.id
  JOIN claims cb ON cb.id = r.claim_b_id
  WHERE ca.event_id = ${eventId} AND ca.deleted_at IS NULL AND ca.merged_into_id IS NULL
    AND cb.event_id = ${eventId} AND cb.deleted_at IS NULL AND cb.merged_into_id IS NULL
    AND r.type IN ('contradicts', 'supports')
  ORDER BY r.id`;

/**
 * One event: its live claims in columns by alignment (each with when it was first asserted),
 * and the contradiction and support pairs among them.
 */
export async function getEvent(viewer: Viewer, id: number): Promise<EventDetail | null> {
  requireReader(viewer);
  const [event, claims, attributions, relations, alignments] = await Promise.all([
    db.event.findUnique({
      where: { id },
      select: {
        id: true, externalId: true, title: true, summary: true, startsAt: true, endsAt: true,
        placeName: true, latitude: true, longitude: true, placePrecision: true, version: true, deletedAt: true,
        conflictId: true, conflict: { select: { id: true, name: true } },
        reviewStatus: true, assignee: { select: { id: true, name: true } },
      },
    }),
    sqlRows<ClaimRow>(liveClaimsOf(id)),
    sqlRows<AttributionRow>(attributionsOf(id)),
    sqlRows<RelationRow>(relationsOf(id)),
    db.alignment.findMany({ select: { slug: true, label: true, color: true, sortOrder: true } }),
  ]);
  // A deleted event is for editors (who may restore it), as a deleted claim is.
  if (!event || (event.deletedAt && !hasRole(viewer, 'editor'))) return null;
  const bySlug = new Map(alignments.map((a) => [a.slug, a]));
  const unknown = bySlug.get('unknown') ?? UNKNOWN;
  const rows = new Map<number, EventClaimRow>(
    claims.map((c) => [Number(c.id), { id: Number(c.id), text: c.text, credibility: Number(c.credibility), isContested: c.contested, firstAssertedAt: null, attributions: [] }]),
  );
  for (const a of attributions) {
    const row = rows.get(Number(a.claim_id));
    if (!row) continue;
    // A denial is not an assertion: it neither dates the claim nor places it in a column.
    if (a.role === 'denies') continue;
    if (a.at && (!row.firstAssertedAt || a.at < row.firstAssertedAt)) row.firstAssertedAt = new Date(a.at);
    const alignment = bySlug.get(a.slug) ?? { ...UNKNOWN, slug: a.slug, label: a.slug };
    row.attributions.push({ role: a.role, source: { id: Number(a.source_id), name: a.name, alignment } });
  }
  const pairsOf = (type: RelationRow['type']): EventPair[] =>
    relations
      .filter((r) => r.type === type)
      .map((r) => ({
        id: Number(r.id),
        claimAId: Number(r.claim_a_id),
        claimBId: Number(r.claim_b_id),
        disputes: r.disputes as Dispute[],
        note: r.note,
        subjectClaimId: r.subject_claim_id === null ? null : Number(r.subject_claim_id),
      }));
  return {
    ...event,
    columns: groupIntoColumns([...rows.values()], unknown),
    contradictions: pairsOf('contradicts'),
    supports: pairsOf('supports'),
  };
}
