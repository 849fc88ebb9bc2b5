import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnchorStatus, AttributionRole } from '@/lib/generated/prisma/enums';
import type { Viewer } from '@/lib/auth/viewer';
import { lockClaimsForWrite } from '@/lib/claims/lock-claims.server';
import { bumpClaimVersion, recordClaimChange, snapshotClaim } from '@/lib/claims/claim-snapshot.server';
import { reanchorQuote } from './reanchor';
import type { AnchoringReport, QuoteAnchoring } from './document-revision-answers';

type QuotedRow = {
  id: number;
  claimId: number;
  claimText: string;
  sourceName: string;
  role: AttributionRole;
  anchorStatus: AnchorStatus;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
};

/** The revision action a claim gets when an edit of its document's text moved or lost its quotes. */
export const REANCHOR_ACTION = 'quote.reanchor';

/** Locks every claim quoting the document, in id order, then the quoting attribution rows. */
async function lockQuotes(tx: Tx, documentId: number): Promise<QuotedRow[]> {
  // Claims before their attributions, as every claim write (a merge too) takes them, so the two
  // cannot deadlock; a merge that moved or folded a quote has then finished, or waits for this.
  const claimIds = await tx.attribution.findMany({ where: { documentId, quoteExact: { not: null } }, select: { claimId: true }, distinct: ['claimId'] });
  const locked = new Set(claimIds.map((c) => c.claimId));
  if (locked.size) await lockClaimsForWrite(tx, [...locked]);
  const quoted = await sqlRows<QuotedRow>(
    Prisma.sql`SELECT a.id, a.claim_id AS "claimId", c.text AS "claimText", s.name AS "sourceName", a.role::text AS role,
        a.anchor_status::text AS "anchorStatus", a.quote_exact AS exact, a.quote_prefix AS prefix, a.quote_suffix AS suffix, a.quote_start AS start
      FROM attributions a JOIN claims c ON c.id = a.claim_id JOIN sources s ON s.id = a.source_id
      WHERE a.document_id = ${documentId} AND a.quote_exact IS NOT NULL
      ORDER BY a.id FOR UPDATE OF a`,
    { tx },
  );
  // A claim captured from this document in between is locked too (rare; out of order is harmless then).
  const late = [...new Set(quoted.map((q) => q.claimId))].filter((id) => !locked.has(id));
  if (late.length) await lockClaimsForWrite(tx, late);
  return quoted;
}

const sameSpan = (a: QuoteAnchoring['before'], b: QuoteAnchoring['before'] | null) =>
  b !== null && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start;

/**
 * Finds every quote of the document again in its new text, in the edit's transaction. A quote
 * no longer found keeps its words and is marked lost on its claim, never dropped; the report
 * keeps old and new span side by side. Each claim whose quote moved or was lost gets a new
 * version and a revision in its history, as any other change to it.
 */
export async function reanchorDocumentQuotes(
  tx: Tx,
  viewer: NonNullable<Viewer>,
  documentId: number,
  text: string,
  ip?: string,
): Promise<AnchoringReport> {
  const quoted = await lockQuotes(tx, documentId);
  const quotes: QuoteAnchoring[] = quoted.map((q) => {
    const before = { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start };
    const found = reanchorQuote(text, before);
    const about = { attributionId: q.id, claimId: q.claimId, claimText: q.claimText, sourceName: q.sourceName, role: q.role };
    if (found.status === 'lost') return { ...about, status: 'lost', before, after: null };
    return { ...about, status: found.status, before, after: { exact: found.exact, prefix: found.prefix, suffix: found.suffix, start: found.start } };
  });
  const changed = quotes.filter((q, i) => q.status !== quoted[i].anchorStatus || (q.after !== null && !sameSpan(q.before, q.after)));
  const claimIds = [...new Set(changed.map((q) => q.claimId))].sort((a, b) => a - b);
  const befores = new Map<number, Awaited<ReturnType<typeof snapshotClaim>>>();
  for (const id of claimIds) befores.set(id, await snapshotClaim(tx, id));
  for (const q of changed) {
    await tx.attribution.update({
      where: { id: q.attributionId },
      data: q.after
        ? { anchorStatus: q.status, quoteExact: q.after.exact, quotePrefix: q.after.prefix, quoteSuffix: q.after.suffix, quoteStart: q.after.start }
        : { anchorStatus: 'lost' },
    });
  }
  for (const claimId of claimIds) {
    const before = befores.get(claimId);
    if (!before) continue;
    await bumpClaimVersion(tx, claimId, before.version);
    await recordClaimChange(tx, { viewer, claimId, before, ip, action: REANCHOR_ACTION, reason: `The text of document #${documentId} was edited.` });
  }
  const count = (status: QuoteAnchoring['status']) => quotes.filter((q) => q.status === status).length;
  return { anchored: count('anchored'), reanchored: count('reanchored'), lost: count('lost'), quotes };
}
