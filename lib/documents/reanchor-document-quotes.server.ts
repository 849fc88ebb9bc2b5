import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AttributionRole } from '@/lib/generated/prisma/enums';
import { reanchorQuote } from './reanchor';
import type { AnchoringReport, QuoteAnchoring } from './document-revision-answers';

type QuotedRow = {
  id: number;
  claimId: number;
  claimText: string;
  sourceName: string;
  role: AttributionRole;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
};

/**
 * Finds every quote of the document again in its new text, in the edit's transaction. The
 * attribution rows are locked first (in id order) so a merge moving or folding them waits for
 * this edit, or this edit sees where the merge put them. A quote no longer found keeps its words
 * and is marked lost on its claim, never dropped; the report keeps old and new span side by side.
 */
export async function reanchorDocumentQuotes(tx: Tx, documentId: number, text: string): Promise<AnchoringReport> {
  const quoted = await sqlRows<QuotedRow>(
    Prisma.sql`SELECT a.id, a.claim_id AS "claimId", c.text AS "claimText", s.name AS "sourceName", a.role::text AS role,
        a.quote_exact AS exact, a.quote_prefix AS prefix, a.quote_suffix AS suffix, a.quote_start AS start
      FROM attributions a JOIN claims c ON c.id = a.claim_id JOIN sources s ON s.id = a.source_id
      WHERE a.document_id = ${documentId} AND a.quote_exact IS NOT NULL
      ORDER BY a.id FOR UPDATE OF a`,
    { tx },
  );
  const quotes: QuoteAnchoring[] = [];
  for (const q of quoted) {
    const before = { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start };
    const found = reanchorQuote(text, before);
    const about = { attributionId: q.id, claimId: q.claimId, claimText: q.claimText, sourceName: q.sourceName, role: q.role };
    if (found.status === 'lost') {
      await tx.attribution.update({ where: { id: q.id }, data: { anchorStatus: 'lost' } });
      quotes.push({ ...about, status: 'lost', before, after: null });
      continue;
    }
    const after = { exact: found.exact, prefix: found.prefix, suffix: found.suffix, start: found.start };
    await tx.attribution.update({
      where: { id: q.id },
      data: { anchorStatus: found.status, quoteExact: after.exact, quotePrefix: after.prefix, quoteSuffix: after.suffix, quoteStart: after.start },
    });
    quotes.push({ ...about, status: found.status, before, after });
  }
  const count = (status: QuoteAnchoring['status']) => quotes.filter((q) => q.status === status).length;
  return { anchored: count('anchored'), reanchored: count('reanchored'), lost: count('lost'), quotes };
}
