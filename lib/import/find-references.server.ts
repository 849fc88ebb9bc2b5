import 'server-only';
import type { Tx } from '@/lib/db';

// How an import finds rows it refers to that the database may already have, the same for both
// formats: every kind by its external id, a source also by its name, an event by its title, and a
// document by its normalised URL (the same page under another id is the same document).

export type RefKind = 'source' | 'document' | 'event' | 'claim' | 'attribution' | 'conflict';

export const chunks = <T>(rows: T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

type ByExternalId = { findMany: (a: object) => Promise<{ id: number; externalId: string }[]> };

/** Rows of one kind whose external id is among `keys`. */
export async function findByExternalId(tx: Tx, kind: RefKind, keys: string[]): Promise<{ id: number; externalId: string }[]> {
  const found: { id: number; externalId: string }[] = [];
  for (const part of chunks(keys, 5000)) {
    if (kind === 'source') {
      // A merged source's external id still resolves: to the source it was merged into.
      const rows = await tx.source.findMany({ where: { externalId: { in: part } }, select: { id: true, externalId: true, mergedIntoId: true } });
      found.push(...rows.map((r) => ({ id: r.mergedIntoId ?? r.id, externalId: r.externalId })));
      continue;
    }
    const delegate = tx[kind] as unknown as ByExternalId;
    found.push(...(await delegate.findMany({ where: { externalId: { in: part } }, select: { id: true, externalId: true } })));
  }
  return found;
}

export type FoundSource = { id: number; externalId: string; name: string; kind: string; alignmentSlug: string };

/** Sources with one of these external ids or names, oldest first (the first match wins). */
export async function findSources(tx: Tx, keys: { ids: string[]; names: string[] }): Promise<FoundSource[]> {
  const kept = { select: { id: true, name: true, kind: true, alignmentSlug: true } } as const;
  const rows = await tx.source.findMany({
    // A merged source is found by its external id only, and stands for the source it was merged into.
    where: { OR: [{ externalId: { in: keys.ids } }, { name: { in: keys.names }, mergedIntoId: null }] },
    select: { id: true, externalId: true, name: true, kind: true, alignmentSlug: true, mergedInto: kept },
    orderBy: { id: 'asc' },
  });
  return rows.map(({ mergedInto, ...r }) => (mergedInto ? { ...r, ...mergedInto } : r));
}

/** Events with one of these external ids or titles, oldest first. */
export function findEvents(tx: Tx, keys: { ids: string[]; titles: string[] }) {
  return tx.event.findMany({
    where: { OR: [{ externalId: { in: keys.ids } }, { title: { in: keys.titles } }] },
    select: { id: true, externalId: true, title: true },
    orderBy: { id: 'asc' },
  });
}

/** Documents at these normalised URLs; their stored text only when a quote must be anchored in it. */
export async function findDocumentsByUrl(tx: Tx, urls: string[], options: { withText: boolean }) {
  const found: { id: number; normalizedUrl: string; text?: string }[] = [];
  for (const part of chunks(urls, 5000)) {
    found.push(...(await tx.document.findMany({
      where: { normalizedUrl: { in: part } }, select: { id: true, normalizedUrl: true, text: options.withText },
    })));
  }
  return found;
}
