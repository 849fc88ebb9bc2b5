import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { toPage } from '@/lib/pagination/cursor';
import type { EventListQuery } from './event-schemas';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import { alignmentInConflictSql } from '@/lib/alignments/alignment-in-conflict-sql';
import type { Page } from '@/lib/pagination/page';
import type { ContestedEvent, EventListItem } from './event-types';

const liveClaim = { deletedAt: null, mergedIntoId: null } as const;

const listSelect = {
  id: true,
  title: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  placeName: true,
  createdAt: true,
  reviewStatus: true,
  _count: { select: { claims: { where: liveClaim } } },
} satisfies Prisma.EventSelect;

type ListRow = Prisma.EventGetPayload<{ select: typeof listSelect }>;
const toListItem = ({ _count, ...e }: ListRow): EventListItem => ({ ...e, claimCount: _count.claims });

/** Events, newest first, keyset-paged on (createdAt, id). */
export async function listEvents(viewer: Viewer, query: Partial<EventListQuery> = {}): Promise<Page<EventListItem>> {
  requireReader(viewer);
  const limit = query.limit ?? 25;
  const { cursor } = query;
  const after = cursor ? new Date(cursor.key) : null;
  if (after && Number.isNaN(after.getTime())) throw invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });
  const live = { deletedAt: null, ...(query.status ? { reviewStatus: query.status } : {}) };
  const rows = await db.event.findMany({
    where:
      after && cursor
        ? { ...live, OR: [{ createdAt: { lt: after } }, { createdAt: after, id: { lt: cursor.id } }] }
        : live,
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
  const take = Math.min(Math.max(1, limit), 100);
  // events.contradiction_count is kept by the database (triggers on claim_relations and
  // claims), so the ranking is a top-k scan of events_contested_idx; which alignments speak is
  // a tie-breaker, worked out only for events that can still make the list.
  const ranked = await sqlRows<{ id: number; pairs: number; slugs: string[] | null }>(Prisma.sql`
    SELECT e.id, e.contradiction_count AS pairs, v.slugs
    FROM events e
    CROSS JOIN LATERAL (
      SELECT array_agg(DISTINCT ${alignmentInConflictSql('s', Prisma.sql`e.conflict_id`)}) AS slugs
      FROM claims cl
      JOIN attributions a ON a.claim_id = cl.id AND a.role = 'asserts'
      JOIN sources s ON s.id = a.source_id
      WHERE cl.event_id = e.id AND cl.deleted_at IS NULL AND cl.merged_into_id IS NULL
    ) v
    WHERE e.contradiction_count > 0 AND e.deleted_at IS NULL
      AND e.contradiction_count >= (
        SELECT coalesce(min(n), 1) FROM (
          SELECT contradiction_count AS n FROM events WHERE contradiction_count > 0
          ORDER BY contradiction_count DESC LIMIT ${take}) top)
    ORDER BY e.contradiction_count DESC, coalesce(cardinality(v.slugs), 0) DESC,
      coalesce(e.starts_at, e.created_at) DESC, e.id DESC
    LIMIT ${take}`);
  if (ranked.length === 0) return [];
  const slugs = [...new Set(ranked.flatMap((r) => r.slugs ?? []))];
  const [events, alignments] = await Promise.all([
    db.event.findMany({ where: { id: { in: ranked.map((r) => Number(r.id)) }, deletedAt: null }, select: listSelect }),
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
