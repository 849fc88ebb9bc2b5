import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import type { FeedClaim } from './claim-feed';

const FEED_SIZE = 50;

async function recentClaims(where: Prisma.ClaimWhereInput): Promise<FeedClaim[]> {
  const rows = await db.claim.findMany({
    where: { ...where, deletedAt: null, mergedIntoId: null },
    select: {
      id: true, text: true, credibility: true, createdAt: true, updatedAt: true,
      attributions: { where: { role: 'asserts' }, select: { source: { select: { name: true } } }, orderBy: { id: 'asc' } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: FEED_SIZE,
  });
  return rows.map(({ attributions, ...c }) => ({ ...c, assertedBy: [...new Set(attributions.map((a) => a.source.name))] }));
}

/** The event's newest-changed claims; null when the event is unknown. */
export async function getEventFeed(viewer: Viewer, id: number) {
  requireReader(viewer);
  const event = await db.event.findFirst({ where: { id, deletedAt: null }, select: { id: true, title: true } });
  return event ? { title: `Crosscheck: ${event.title}`, claims: await recentClaims({ eventId: id }) } : null;
}

/** Claims the source asserts, relays or denies, newest-changed first; null when unknown. */
export async function getSourceFeed(viewer: Viewer, id: number) {
  requireReader(viewer);
  const source = await db.source.findFirst({ where: { id, deletedAt: null }, select: { id: true, name: true } });
  return source ? { title: `Crosscheck: claims from ${source.name}`, claims: await recentClaims({ attributions: { some: { sourceId: id } } }) } : null;
}
