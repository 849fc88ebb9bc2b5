import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import type { Dispute, RelationType } from '@/lib/generated/prisma/enums';
import { alignmentInConflictSql } from '@/lib/alignments/alignment-in-conflict-sql';
import type { EventGraph } from './event-graph-types';

type NodeRow = { id: number; text: string; credibility: number; slug: string | null; first_at: Date | null };

const UNKNOWN = { slug: 'unknown', label: 'Unknown', color: '#6b7280' };

/**
 * The event's live claims as nodes (coloured by the alignment of their first asserting
 * source, dated by when they were first asserted) and every relation among them as an edge.
 * Two set-based queries, so an event of hundreds of claims costs the same round trips.
 */
export async function getEventGraph(viewer: Viewer, eventId: number): Promise<EventGraph | null> {
  requireReader(viewer);
  const event = await db.event.findUnique({ where: { id: eventId }, select: { deletedAt: true, conflictId: true } });
  if (!event || (event.deletedAt && !hasRole(viewer, 'editor'))) return null;
  const rows = await sqlRows<NodeRow>(Prisma.sql`
    SELECT c.id, c.text, c.credibility,
      (SELECT ${alignmentInConflictSql('s', Prisma.sql`${event.conflictId}::int`)} FROM attributions a JOIN sources s ON s.id = a.source_id
        WHERE a.claim_id = c.id AND a.role = 'asserts' ORDER BY a.id LIMIT 1) AS slug,
      (SELECT min(coalesce(a.stated_at, d.published_at)) FROM attributions a
        LEFT JOIN documents d ON d.id = a.document_id
        WHERE a.claim_id = c.id AND a.role <> 'denies') AS first_at
    FROM claims c
    WHERE c.event_id = ${eventId} AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
    ORDER BY c.created_at, c.id`);
  const ids = rows.map((r) => Number(r.id));
  const [edges, alignments] = await Promise.all([
    ids.length
      ? db.claimRelation.findMany({
          where: { claimAId: { in: ids }, claimBId: { in: ids } },
          select: { id: true, claimAId: true, claimBId: true, type: true, subjectClaimId: true, disputes: true },
          orderBy: { id: 'asc' },
        })
      : [],
    db.alignment.findMany({ select: { slug: true, label: true, color: true }, orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }] }),
  ]);
  const bySlug = new Map(alignments.map((a) => [a.slug, a]));
  const contested = new Set(edges.filter((e) => e.type === 'contradicts').flatMap((e) => [e.claimAId, e.claimBId]));
  const nodes = rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    credibility: Number(r.credibility),
    alignment: (r.slug && bySlug.get(r.slug)) || bySlug.get('unknown') || UNKNOWN,
    firstAssertedAt: r.first_at ? new Date(r.first_at) : null,
    isContested: contested.has(Number(r.id)),
  }));
  const present = new Set(nodes.map((n) => n.alignment.slug));
  return {
    eventId,
    nodes,
    // Supports points from the supporting claim to the one it supports.
    edges: edges.map((e) => {
      const [source, target] = e.subjectClaimId === e.claimBId ? [e.claimBId, e.claimAId] : [e.claimAId, e.claimBId];
      return { id: e.id, source, target, type: e.type as RelationType, disputes: e.disputes as Dispute[] };
    }),
    alignments: alignments.filter((a) => present.has(a.slug)),
  };
}
