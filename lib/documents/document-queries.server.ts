import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { toPage, type PageQuery } from '@/lib/pagination/cursor';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import { locateQuote } from './locate-quote';
import type { Page } from '@/lib/pagination/page';
import type { DocumentDetail, DocumentHighlight, DocumentListItem } from './document-types';

const refSelect = { id: true, title: true, url: true, publishedAt: true } as const;
const publisherSelect = { select: { id: true, name: true, alignment: { select: alignmentRefSelect } } } as const;

/** Documents, newest captured first, keyset-paged on (createdAt, id). */
export async function listDocuments(
  viewer: Viewer,
  query: Partial<PageQuery> = {},
): Promise<Page<DocumentListItem>> {
  requireReader(viewer);
  const limit = query.limit ?? 25;
  const { cursor } = query;
  const after = cursor ? new Date(cursor.key) : null;
  if (after && Number.isNaN(after.getTime())) throw invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });
  const where: Prisma.DocumentWhereInput =
    after && cursor ? { OR: [{ createdAt: { lt: after } }, { createdAt: after, id: { lt: cursor.id } }] } : {};
  const rows = await db.document.findMany({
    where,
    select: {
      ...refSelect,
      language: true,
      capturedAt: true,
      removedNoticedAt: true,
      createdAt: true,
      publisher: publisherSelect,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
  });
  const page = toPage(rows, limit, (d) => ({ key: d.createdAt.toISOString(), id: d.id }));
  return { ...page, items: page.items.map(({ createdAt: _createdAt, ...d }) => d) };
}

/** One document with its stored text and the located quotes of live claims' attributions. */
export async function getDocument(viewer: Viewer, id: number): Promise<DocumentDetail | null> {
  requireReader(viewer);
  const row = await db.document.findUnique({
    where: { id },
    select: {
      ...refSelect,
      externalId: true,
      normalizedUrl: true,
      author: true,
      retrievedAt: true,
      language: true,
      sourceCredit: true,
      text: true,
      textSha256: true,
      capturedAt: true,
      removedNoticedAt: true,
      version: true,
      publisher: publisherSelect,
      republishes: { select: refSelect },
      republishedBy: { select: refSelect, orderBy: { id: 'asc' } },
      attributions: {
        where: { quoteExact: { not: null }, claim: { deletedAt: null, mergedIntoId: null } },
        select: {
          id: true,
          role: true,
          quoteExact: true,
          quoteStart: true,
          claim: { select: { id: true, text: true } },
          source: { select: { name: true } },
        },
        orderBy: { id: 'asc' },
      },
    },
  });
  if (!row) return null;
  const { attributions, ...document } = row;
  const highlights: DocumentHighlight[] = [];
  for (const a of attributions) {
    const at = locateQuote(document.text, a.quoteExact ?? '', a.quoteStart);
    if (!at) continue;
    highlights.push({
      attributionId: a.id,
      claimId: a.claim.id,
      claimText: a.claim.text,
      ...at,
      sourceName: a.source.name,
      role: a.role,
    });
  }
  highlights.sort((x, y) => x.start - y.start || x.end - y.end);
  return { ...document, highlights };
}

export type LostQuote = { attributionId: number; claimId: number; claimText: string; sourceName: string; exact: string };

/** Quotes of live claims that a text edit could no longer find in this document. */
export async function listLostQuotes(viewer: Viewer, documentId: number): Promise<LostQuote[]> {
  requireReader(viewer);
  const rows = await db.attribution.findMany({
    where: { documentId, anchorStatus: 'lost', quoteExact: { not: null }, claim: { deletedAt: null, mergedIntoId: null } },
    select: { id: true, quoteExact: true, claim: { select: { id: true, text: true } }, source: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ attributionId: r.id, claimId: r.claim.id, claimText: r.claim.text, sourceName: r.source.name, exact: r.quoteExact ?? '' }));
}
