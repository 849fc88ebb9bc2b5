import 'server-only';
import { db } from '@/lib/db';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import type { QuoteForAnnotation } from './web-annotations';

/** A document and the quotes live claims took from it; null when the document is unknown. */
export async function getDocumentQuotes(viewer: Viewer, id: number) {
  requireReader(viewer);
  const doc = await db.document.findUnique({ where: { id }, select: { id: true, url: true, title: true } });
  if (!doc) return null;
  const rows = await db.attribution.findMany({
    where: { documentId: id, quoteExact: { not: null }, claim: { deletedAt: null, mergedIntoId: null } },
    select: {
      id: true, role: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, createdAt: true,
      claim: { select: { id: true, text: true } }, source: { select: { id: true, name: true } },
    },
    orderBy: { id: 'asc' },
  });
  const quotes: QuoteForAnnotation[] = rows.map((r) => ({
    attributionId: r.id, claim: r.claim, source: r.source, role: r.role, createdAt: r.createdAt,
    quote: { exact: r.quoteExact!, prefix: r.quotePrefix, suffix: r.quoteSuffix },
  }));
  return { doc, quotes };
}
