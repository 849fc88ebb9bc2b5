import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError, invalid } from '@/lib/errors';
import { findExact, anchorAt } from '@/lib/documents/reanchor';
import type { QuoteSelector } from './attribution-schemas';

type Checked = { documentId: number | null; quote: { exact: string; prefix: string; suffix: string; start: number } | null };

/** The sources named by a request, checked in one query; a missing one is a 400 on its field. */
export async function requireSources(tx: Tx, refs: { sourceId: number; field: string }[]) {
  const ids = [...new Set(refs.map((r) => r.sourceId))];
  // A deleted source takes no new attributions; the key-share lock makes a concurrent
  // deletion wait for this write (which it then counts) or this write see the deletion.
  const found = await sqlRows<{ id: number; mergedIntoId: number | null }>(
    Prisma.sql`SELECT id, merged_into_id AS "mergedIntoId" FROM sources WHERE id IN (${Prisma.join(ids)}) AND deleted_at IS NULL ORDER BY id FOR KEY SHARE`, { tx },
  );
  // A merged source takes nothing new either: 409 `merged` names the source to use instead.
  const merged = refs.flatMap((r) => {
    const into = found.find((s) => Number(s.id) === r.sourceId)?.mergedIntoId;
    return into == null ? [] : [{ ...r, into: Number(into) }];
  });
  if (merged.length) {
    throw new DomainError(409, 'merged', `Source #${merged[0].sourceId} was merged into source #${merged[0].into}; use that source instead.`,
      Object.fromEntries(merged.map((m) => [m.field, [`Merged into source #${m.into}.`]])), { mergedIntoId: merged[0].into });
  }
  const known = new Set(found.map((s) => Number(s.id)));
  const missing = refs.filter((r) => !known.has(r.sourceId));
  if (missing.length) {
    throw invalid('Unknown source.', Object.fromEntries(missing.map((m) => [m.field, ['No such source.']])));
  }
}

/**
 * A quote must be found in its document's stored text. The selector stored is the one the text
 * gives (exact words, 32 characters of context each side, position), so a client's sloppy
 * prefix or stale position cannot be saved.
 */
export async function checkDocumentAndQuote(
  tx: Tx,
  input: { documentId?: number | null; quote?: QuoteSelector | null },
  field: string,
): Promise<Checked> {
  if (input.documentId == null) {
    if (input.quote) throw invalid('A quote needs the document it is from.', { [`${field}.documentId`]: ['Choose the document.'] });
    return { documentId: null, quote: null };
  }
  const doc = await tx.document.findUnique({ where: { id: input.documentId }, select: { id: true, text: true } });
  if (!doc) throw invalid('Unknown document.', { [`${field}.documentId`]: ['No such document.'] });
  if (!input.quote) return { documentId: doc.id, quote: null };
  const at = findExact(doc.text, input.quote);
  if (at === null) {
    throw invalid('The quote does not match the document’s text.', { [`${field}.quote.exact`]: ['These words are not in the document’s stored text.'] });
  }
  return { documentId: doc.id, quote: anchorAt(doc.text, at, input.quote.exact.length) };
}
