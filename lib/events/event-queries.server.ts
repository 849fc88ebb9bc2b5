import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { toPage, type PageQuery } from '@/lib/pagination/cursor';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import { groupIntoColumns } from './event-columns';
import type { ContestedEvent, EventDetail, EventListItem, EventPair, Page } from './event-types';

const liveClaim = { deletedAt: null, mergedIntoId: null } as const;

const listSelect = {
  id: true,
  title: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  placeName: true,
  createdAt: true,
  _count: { select: { claims: { where: liveClaim } } },
} satisfies Prisma.EventSelect;

type ListRow = Prisma.EventGetPayload<{ select: typeof listSelect }>;
const toListItem = ({ _count, ...e }: ListRow): EventListItem => ({ ...e, claimCount: _count.claims });

/** Events, newest first, keyset-paged on (createdAt, id). */
export async function listEvents(viewer: Viewer, query: Partial<PageQuery> = {}): Promise<Page<EventListItem>> {
  requireReader(viewer);
  const limit = query.limit ?? 25;
  const { cursor } = query;
  const after = cursor ? new Date(cursor.key) : null;
  if (after && Number.isNaN(after.getTime())) throw invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });
  const rows = await db.event.findMany({
    where:
      after && cursor
        ? { OR: [{ createdAt: { lt: after } }, { createdAt: after, id: { lt: cursor.id } }] }
        : {},
    select: listSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
  });
  return toPage(rows.map(toListItem), limit, (e) => ({ key: e.createdAt.toISOString(), id: e.id }));
}

/**
 * Events with contradictions among their claims: most contradiction pairs first, then the most
 * alignments speaking, then the most recent.
 */
export async function listContestedEvents(viewer: Viewer, limit = 5): Promise<ContestedEvent[]> {
  requireReader(viewer);
  const ranked = await db.$queryRaw<{ id: number; pairs: number; slugs: string[] | null }[]>(Prisma.sql`
    WITH pairs AS (
      SELECT ca.event_id, count(*)::int AS n
      FROM claim_relations r
      JOIN claims ca ON ca.id = r.claim_a_id
      JOIN claims cb ON cb.id = r.claim_b_id
      WHERE r.type = 'contradicts' AND ca.event_id = cb.event_id
        AND ca.deleted_at IS NULL AND ca.merged_into_id IS NULL
        AND cb.deleted_at IS NULL AND cb.merged_into_id IS NULL
      GROUP BY ca.event_id
    ), voices AS (
      SELECT c.event_id, array_agg(DISTINCT s.alignment_slug) AS slugs
      FROM claims c
      JOIN attributions a ON a.claim_id = c.id AND a.role = 'asserts'
      JOIN sources s ON s.id = a.source_id
      WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL AND c.event_id IS NOT NULL
      GROUP BY c.event_id
    )
    SELECT e.id, p.n AS pairs, v.slugs
    FROM events e
    JOIN pairs p ON p.event_id = e.id
    LEFT JOIN voices v ON v.event_id = e.id
    ORDER BY p.n DESC, coalesce(cardinality(v.slugs), 0) DESC,
      coalesce(e.starts_at, e.created_at) DESC, e.id DESC
    LIMIT ${Math.min(Math.max(1, limit), 100)}`);
  if (ranked.length === 0) return [];
  const slugs = [...new Set(ranked.flatMap((r) => r.slugs ?? []))];
  const [events, alignments] = await Promise.all([
    db.event.findMany({ where: { id: { in: ranked.map((r) => Number(r.id)) } }, select: listSelect }),
    db.alignment.findMany({
      where: { slug: { in: slugs } },
      select: alignmentRefSelect,
      orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    }),
  ]);
  const byId = new Map(events.map((e) => [e.id, toListItem(e)]));
  return ranked.flatMap((r) => {
    const event = byId.get(Number(r.id));
    if (!event) return [];
    const mine = new Set(r.slugs ?? []);
    return [{ ...event, contradictionCount: Number(r.pairs), alignments: alignments.filter((a) => mine.has(a.slug)) }];
  });
}

const pairSelect = { id: true, claimAId: true, claimBId: true, disputes: true, note: true, subjectClaimId: true } as const;

/** One event: its claims in columns by alignment, and the relations among them. */
export async function getEvent(viewer: Viewer, id: number): Promise<EventDetail | null> {
  requireReader(viewer);
  const row = await db.event.findUnique({
    where: { id },
    select: {
      id: true,
      externalId: true,
      title: true,
      summary: true,
      startsAt: true,
      endsAt: true,
      placeName: true,
      latitude: true,
      longitude: true,
      placePrecision: true,
      version: true,
      claims: {
        where: liveClaim,
        select: {
          id: true,
          text: true,
          credibility: true,
          attributions: {
            where: { role: { in: ['asserts', 'relays'] } },
            select: {
              role: true,
              source: {
                select: { id: true, name: true, alignment: { select: { ...alignmentRefSelect, sortOrder: true } } },
              },
            },
            orderBy: { id: 'asc' },
          },
          _count: {
            select: {
              relationsAsA: { where: { type: 'contradicts', claimB: liveClaim } },
              relationsAsB: { where: { type: 'contradicts', claimA: liveClaim } },
            },
          },
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
    },
  });
  if (!row) return null;
  const { claims, ...event } = row;
  const ids = claims.map((c) => c.id);
  const [relations, unknown] = await Promise.all([
    ids.length
      ? db.claimRelation.findMany({
          where: { type: { in: ['contradicts', 'supports'] }, claimAId: { in: ids }, claimBId: { in: ids } },
          select: { ...pairSelect, type: true },
          orderBy: { id: 'asc' },
        })
      : [],
    db.alignment.findUnique({ where: { slug: 'unknown' }, select: { ...alignmentRefSelect, sortOrder: true } }),
  ]);
  const pairsOf = (type: 'contradicts' | 'supports'): EventPair[] =>
    relations.filter((r) => r.type === type).map(({ type: _type, ...pair }) => pair);
  return {
    ...event,
    columns: groupIntoColumns(claims, unknown ?? { slug: 'unknown', label: 'Unknown', color: '#6b7280', sortOrder: 1000 }),
    contradictions: pairsOf('contradicts'),
    supports: pairsOf('supports'),
  };
}
