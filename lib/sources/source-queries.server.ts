import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AttributionRole } from '@/lib/generated/prisma/enums';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import { toPage } from '@/lib/pagination/cursor';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import { readImportOrigin, toImportOriginView } from '@/lib/import-origin/import-origin';
import { currentRatingOf } from '@/lib/ratings/current-rating';
import { CREDIBILITY_LEVELS } from '@/lib/ratings/admiralty';
import type { SourceListQuery } from './source-list-schema';
import type { Page } from '@/lib/pagination/page';
import type { SourceDetail, SourceListItem, TrackRecord } from './source-types';
import { ratingRevisionSelect } from '@/lib/ratings/rating-revision-select';
import { searchSourcesByName } from './source-lookup.server';
import { identifiersOfSources } from './source-identifiers.server';

const nameRef = { select: { id: true, name: true } } as const;
const authorName = { select: { name: true } } as const;

/**
 * Live sources. Without `q`, by name, keyset-paged on (name, id). With `q`, the best `limit`
 * matches under any spelling of any name or alias, in one page (decision 012).
 */
export async function listSources(
  viewer: Viewer,
  query: Partial<SourceListQuery> = {},
): Promise<Page<SourceListItem>> {
  requireReader(viewer);
  const limit = query.limit ?? 25;
  if (query.q) {
    return { items: await searchSourcesByName({ q: query.q, limit, alignment: query.alignment, kind: query.kind }), nextCursor: null };
  }
  const where: Prisma.SourceWhereInput = {
    deletedAt: null,
    mergedIntoId: null,
    ...(query.alignment ? { alignmentSlug: query.alignment } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
  };
  const { cursor } = query;
  const rows = await db.source.findMany({
    where: cursor
      ? { AND: [where, { OR: [{ name: { gt: cursor.key } }, { name: cursor.key, id: { gt: cursor.id } }] }] }
      : where,
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      language: true,
      aliases: true,
      reliability: true,
      alignment: { select: alignmentRefSelect },
      represents: nameRef,
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: limit + 1,
  });
  const page = toPage(rows, limit, (r) => ({ key: r.name, id: r.id }));
  const ids = page.items.map((r) => r.id);
  const [counts, identifiers] = await Promise.all([countLiveClaims(ids), identifiersOfSources(undefined, ids)]);
  return {
    ...page,
    items: page.items.map((r) => ({ ...r, claimCount: counts.get(r.id) ?? 0, identifiers: identifiers.get(r.id) ?? [], matched: null })),
  };
}

async function countLiveClaims(sourceIds: number[]): Promise<Map<number, number>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await sqlRows<{ id: number; n: number }>(Prisma.sql`
    SELECT a.source_id AS id, count(DISTINCT a.claim_id)::int AS n
    FROM attributions a JOIN claims c ON c.id = a.claim_id
    WHERE a.source_id = ANY(${sourceIds}::int[]) AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
    GROUP BY a.source_id`);
  return new Map(rows.map((r) => [r.id, r.n]));
}

async function loadTrackRecord(sourceId: number): Promise<TrackRecord> {
  // Credibility counts the claims this source carried (asserted or relayed); a denial of an
  // improbable claim is not a mark against it.
  const [credibilityRows, roleRows] = await Promise.all([
    sqlRows<{ credibility: number; n: number }>(Prisma.sql`
      SELECT c.credibility, count(DISTINCT c.id)::int AS n
      FROM attributions a JOIN claims c ON c.id = a.claim_id
      WHERE a.source_id = ${sourceId} AND a.role <> 'denies'
        AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
      GROUP BY c.credibility`),
    sqlRows<{ role: AttributionRole; n: number }>(Prisma.sql`
      SELECT a.role::text AS role, count(DISTINCT c.id)::int AS n
      FROM attributions a JOIN claims c ON c.id = a.claim_id
      WHERE a.source_id = ${sourceId} AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
      GROUP BY a.role`),
  ]);
  const byCredibility = Object.fromEntries(CREDIBILITY_LEVELS.map((level) => [level, 0])) as TrackRecord['byCredibility'];
  for (const r of credibilityRows) byCredibility[Number(r.credibility) as 1] = Number(r.n);
  const byRole: TrackRecord['byRole'] = { asserts: 0, relays: 0, denies: 0 };
  for (const r of roleRows) byRole[r.role] = Number(r.n);
  const total = Object.values(byCredibility).reduce((sum, n) => sum + n, 0);
  return { byCredibility, byRole, total };
}

/** One source with its current rating, rating and alignment history, and track record. */
export async function getSource(viewer: Viewer, id: number): Promise<SourceDetail | null> {
  requireReader(viewer);
  const row = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      externalId: true,
      name: true,
      kind: true,
      country: true,
      language: true,
      aliases: true,
      description: true,
      homepage: true,
      identifiers: { select: { kind: true, value: true }, orderBy: [{ kind: 'asc' }, { value: 'asc' }] },
      version: true,
      deletedAt: true,
      reliability: true,
      ratingVersion: true,
      alignment: { select: alignmentRefSelect },
      represents: nameRef,
      representedBy: { ...nameRef, orderBy: { name: 'asc' } },
      ratingRevisions: {
        select: { ...ratingRevisionSelect, importOrigin: true, fromSource: nameRef },
        orderBy: { version: 'desc' },
      },
      // The default alignment's history; changes in one conflict are listed with that conflict.
      alignmentChanges: {
        where: { conflictId: null },
        select: {
          id: true,
          reason: true,
          createdAt: true,
          from: { select: alignmentRefSelect },
          to: { select: alignmentRefSelect },
          author: authorName,
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      },
      attributions: {
        where: { claim: { deletedAt: null, mergedIntoId: null } },
        select: { role: true, claim: { select: { id: true, text: true, credibility: true } } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 20,
      },
    },
  });
  // A deleted source is for editors (who may restore it), as a deleted claim is.
  if (!row || (row.deletedAt && !hasRole(viewer, 'editor'))) return null;
  const { ratingRevisions, alignmentChanges, attributions, reliability, ratingVersion, ...source } = row;
  const ratingHistory = ratingRevisions.map(({ author, importOrigin, ...r }) => ({
    ...r, authorName: author?.name ?? null, importOrigin: toImportOriginView(readImportOrigin(importOrigin)),
  }));
  return {
    ...source,
    // Revisions moved in by a merge keep their old numbers: the current one is the source's own.
    rating: currentRatingOf({ reliability, ratingVersion }, ratingHistory.filter((r) => r.fromSource === null)),
    ratingHistory,
    alignmentHistory: alignmentChanges.map(({ author, ...c }) => ({ ...c, authorName: author?.name ?? null })),
    trackRecord: await loadTrackRecord(row.id),
    recentClaims: attributions.map((a) => ({ ...a.claim, role: a.role })),
  };
}
