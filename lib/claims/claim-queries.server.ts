import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { encodeCursor, toPage, type CursorKey } from '@/lib/pagination/cursor';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import { alignmentsInConflict } from '@/lib/alignments/alignment-in-conflict.server';
import { combinedCode } from '@/lib/ratings/admiralty';
import type { ClaimListQuery } from './claim-schemas';
import { claimFilterSql } from '@/lib/search/claim-filter-sql.server';
import { orderByProvenance } from './provenance-order';
import { searchClaims } from '@/lib/search/search-claims.server';
import { loadNewestClaimListItems, loadNewestClaimListJson } from '@/lib/search/claim-list-items.server';
import type { Page } from '@/lib/pagination/page';
import type { ClaimListItem } from '@/lib/search/search-types';
import { asClaimReviewStatus, type ClaimDetail, type ClaimRelationView } from './claim-types';

const sourceRefSelect = { id: true, name: true, alignment: { select: alignmentRefSelect } } as const;
const liveOther = { deletedAt: null, mergedIntoId: null } as const;

function checkCursor(cursor: CursorKey | undefined) {
  if (cursor && Number.isNaN(new Date(cursor.key).getTime())) {
    throw invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });
  }
}

/** Search and filter live claims, newest first, by keyset pages. */
export async function listClaims(
  viewer: Viewer,
  query: Partial<ClaimListQuery>,
): Promise<Page<ClaimListItem>> {
  requireReader(viewer);
  // A text query is ranked search (lib/search); without one, newest first.
  if (query.q) {
    const found = await searchClaims(viewer, { ...query, q: query.q });
    return { items: found.hits.map((h) => ({ ...h.item, highlight: h.highlight })), nextCursor: found.nextCursor };
  }
  checkCursor(query.cursor);
  const limit = query.limit ?? 25;
  const ordered = await loadNewestClaimListItems(claimFilterSql(query), limit + 1, { prepare: isPlainList(query) });
  return toPage(ordered, limit, (r) => ({ key: r.createdAt.toISOString(), id: r.id }));
}

// Without filters the page is always a walk down the (created_at, id) index, whatever the
// cursor, so that statement can keep one plan (the hot path of the list API).
const isPlainList = (query: Partial<ClaimListQuery>) =>
  Object.entries(query).every(([k, v]) => v === undefined || k === 'cursor' || k === 'limit');

/**
 * listClaims as the API's JSON body (the same page, cursor and errors). Without a text query
 * PostgreSQL writes the items' JSON (lib/search/claim-list-items.server.ts): the list API is
 * the busiest read, and parsing rows into objects only to serialise them again cost more than
 * the query.
 */
export async function listClaimsJson(viewer: Viewer, query: Partial<ClaimListQuery>): Promise<string> {
  requireReader(viewer);
  if (query.q) return JSON.stringify(await listClaims(viewer, query));
  checkCursor(query.cursor);
  const limit = query.limit ?? 25;
  const page = await loadNewestClaimListJson(claimFilterSql(query), limit, { prepare: isPlainList(query) });
  const nextCursor = page.next ? encodeCursor(page.next.key, page.next.id) : null;
  return `{"items":${page.items},"nextCursor":${JSON.stringify(nextCursor)}}`;
}

export async function listNewestClaims(viewer: Viewer, limit = 10): Promise<ClaimListItem[]> {
  return (await listClaims(viewer, { limit: Math.min(Math.max(1, limit), 100) })).items;
}

const relationFields = {
  id: true,
  type: true,
  disputes: true,
  note: true,
  subjectClaimId: true,
  createdAt: true,
} as const;
const otherClaimSelect = { select: { id: true, text: true, credibility: true } } as const;

const detailSelect = {
  id: true,
  externalId: true,
  text: true,
  language: true,
  originalText: true,
  originalLanguage: true,
  occurredAt: true,
  occurredPrecision: true,
  placeName: true,
  latitude: true,
  longitude: true,
  placePrecision: true,
  credibility: true,
  credibilityReason: true,
  originCount: true,
  carrierCount: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  mergedIntoId: true,
  reviewStatus: true,
  assignee: { select: { id: true, name: true } },
  event: { select: { id: true, title: true, startsAt: true, placeName: true, conflictId: true } },
  attributions: {
    select: {
      id: true,
      role: true,
      quoteExact: true,
      quotePrefix: true,
      quoteSuffix: true,
      quoteStart: true,
      anchorStatus: true,
      venue: true,
      statedAt: true,
      relaysId: true,
      source: { select: { ...sourceRefSelect, kind: true, reliability: true } },
      document: { select: { id: true, title: true, url: true, publishedAt: true } },
    },
    orderBy: { id: 'asc' },
  },
  parties: {
    select: { id: true, role: true, name: true, source: { select: { id: true, name: true } } },
    orderBy: { id: 'asc' },
  },
  figures: {
    select: { id: true, measure: true, subject: true, min: true, max: true, wording: true },
    orderBy: { id: 'asc' },
  },
  relationsAsA: {
    where: { claimB: liveOther },
    select: { ...relationFields, claimB: otherClaimSelect },
  },
  relationsAsB: {
    where: { claimA: liveOther },
    select: { ...relationFields, claimA: otherClaimSelect },
  },
} satisfies Prisma.ClaimSelect;

type RelationRow = {
  id: number;
  type: ClaimRelationView['type'];
  disputes: ClaimRelationView['disputes'];
  note: string | null;
  subjectClaimId: number | null;
  createdAt: Date;
};

function toRelationView(r: RelationRow, self: number, other: ClaimRelationView['other']): ClaimRelationView {
  const direction =
    r.type !== 'supports' ? null : r.subjectClaimId === self ? 'supports' : 'supported_by';
  const { subjectClaimId: _subject, ...rest } = r;
  return { ...rest, other, direction };
}

/**
 * One claim with its provenance-ordered attributions and relations both ways. A merged claim
 * comes back with `mergedIntoId` set so the page can redirect; a soft-deleted one is null
 * except for editors, who may restore it.
 */
export async function getClaim(viewer: Viewer, id: number): Promise<ClaimDetail | null> {
  requireReader(viewer);
  const row = await db.claim.findUnique({ where: { id }, select: detailSelect });
  if (!row) return null;
  if (row.deletedAt && row.mergedIntoId === null && !hasRole(viewer, 'editor')) return null;
  const { attributions: stored, relationsAsA, relationsAsB, event: storedEvent, ...rest } = row;
  // Each source shows its alignment in the claim's event's conflict, where it has one.
  const inConflict = await alignmentsInConflict(storedEvent?.conflictId, stored.map((a) => a.source.id));
  const attributions = stored.map((a) => {
    const alignment = inConflict.get(a.source.id);
    return alignment ? { ...a, source: { ...a.source, alignment } } : a;
  });
  const claim = { ...rest, event: storedEvent && { id: storedEvent.id, title: storedEvent.title, startsAt: storedEvent.startsAt, placeName: storedEvent.placeName } };
  const relations = [
    ...relationsAsA.map(({ claimB, ...r }) => toRelationView(r, row.id, claimB)),
    ...relationsAsB.map(({ claimA, ...r }) => toRelationView(r, row.id, claimA)),
  ].sort((a, b) => a.id - b.id);
  return {
    ...claim,
    reviewStatus: asClaimReviewStatus(claim.reviewStatus),
    attributions: orderByProvenance(attributions).map(
      ({ quoteExact, quotePrefix, quoteSuffix, quoteStart, ...a }) => ({
        ...a,
        quote:
          quoteExact === null
            ? null
            : { exact: quoteExact, prefix: quotePrefix, suffix: quoteSuffix, start: quoteStart },
        combinedCode: combinedCode(a.source.reliability, claim.credibility),
      }),
    ),
    relations,
    isContested: relations.some((r) => r.type === 'contradicts'),
  };
}
