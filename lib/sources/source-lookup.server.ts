import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import type { Reliability, SourceKind } from '@/lib/generated/prisma/enums';
import { foldName } from './source-lookup-fold';
import { Prisma } from '@/lib/generated/prisma/client';
import { duplicateCandidatesSql, nameCandidatesSql, sourceSearchSql } from './source-lookup-sql';
import { isNearDuplicate, type DuplicateCandidate } from './source-duplicates';
import type { SourceListItem, SourceMatch } from './source-types';
import { domainsOfHost, identifierInQuery, identifierLookupText, type SourceIdentifier } from './source-identifiers';
import { findIdentifierHolders } from './source-identifiers.server';

type Found = SourceListItem;
type SearchRow = Omit<Found, 'matched'> & { matchedName: string; matchedKind: SourceMatch['kind']; score: number; tier: number };

async function searchFolded(query: { limit: number; alignment?: string; kind?: SourceKind }, folded: string): Promise<(Found & { tier: number })[]> {
  const rows = await sqlRows<SearchRow>(sourceSearchSql({ ...query, folded }), { prepare: !query.alignment && !query.kind });
  return rows.map(({ matchedName, matchedKind, score, ...s }) => ({
    ...s, reliability: s.reliability as Reliability, matched: { name: matchedName, kind: matchedKind, score },
  }));
}

/** The identifier a query names that a live source holds: an account, or a page's domain or a parent of it. */
async function heldIdentifierIn(q: string): Promise<SourceIdentifier | null> {
  const identifier = identifierInQuery(q);
  if (!identifier) return null;
  const candidates = identifier.kind === 'domain'
    ? domainsOfHost(identifier.value).map((value) => ({ kind: 'domain' as const, value }))
    : [identifier];
  const holders = await findIdentifierHolders(undefined, candidates);
  return candidates.find((c) => holders.get(`${c.kind}:${c.value}`)?.live) ?? null;
}

/**
 * Live sources found by any spelling of any of their names, best first (decision 012). A query
 * that is plainly an identifier (t.me/name, Q1234, an address on a source's domain) is read as
 * one, and the source holding it comes first.
 */
export async function searchSourcesByName(query: { q: string; limit: number; alignment?: string; kind?: SourceKind }): Promise<Found[]> {
  const folded = foldName(query.q);
  const identifier = await heldIdentifierIn(query.q);
  const held = identifier
    ? (await searchFolded({ ...query, limit: 5 }, foldName(identifierLookupText(identifier))))
      .filter((r) => r.tier <= 1 && r.matched?.kind === 'identifier').slice(0, 1)
    : [];
  const byName = folded === '' ? [] : await searchFolded(query, folded);
  return [...held, ...byName.filter((r) => !held.some((h) => h.id === r.id))]
    .slice(0, query.limit)
    .map(({ tier: _tier, ...s }) => s);
}

type CandidateRow = DuplicateCandidate & { exact: boolean; folded: string; foldedQuery: string };

/**
 * What already answers to these names among live sources: `exact` when one of them folds to a
 * recorded name or alias, otherwise the near duplicates (source-duplicates.ts), best first.
 */
export async function findDuplicateSources(tx: Tx, names: readonly string[]): Promise<{ exact: DuplicateCandidate | null; near: DuplicateCandidate[] }> {
  const folded = [...new Set(names.map(foldName).filter(Boolean))];
  if (folded.length === 0) return { exact: null, near: [] };
  const rows = await sqlRows<CandidateRow>(duplicateCandidatesSql(folded), { tx });
  const strip = ({ exact: _e, folded: _f, foldedQuery: _q, ...c }: CandidateRow): DuplicateCandidate => ({ ...c, score: Math.round(c.score * 100) / 100 });
  const exact = rows.filter((r) => r.exact).sort((a, b) => a.id - b.id)[0];
  if (exact) return { exact: strip(exact), near: [] };
  const near = rows.filter((r) => isNearDuplicate(r.foldedQuery, r.folded, r.score))
    .sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 5).map(strip);
  return { exact: null, near };
}

/**
 * For an import: each new source (by its key) that some live source already answers to,
 * exactly or nearly, with the best candidate. One statement for the whole batch.
 */
export async function findDuplicatesOfEach(
  tx: Tx,
  items: readonly { key: string; names: readonly string[] }[],
): Promise<Map<string, DuplicateCandidate & { exact: boolean }>> {
  const foldedOf = new Map(items.map((i) => [i.key, [...new Set(i.names.map(foldName).filter(Boolean))]]));
  const all = [...new Set([...foldedOf.values()].flat())];
  const found = new Map<string, DuplicateCandidate & { exact: boolean }>();
  if (all.length === 0) return found;
  const byQuery = new Map<string, CandidateRow[]>();
  for (const row of await sqlRows<CandidateRow>(nameCandidatesSql(all), { tx })) {
    if (!row.exact && !isNearDuplicate(row.foldedQuery, row.folded, row.score)) continue;
    byQuery.set(row.foldedQuery, [...(byQuery.get(row.foldedQuery) ?? []), row]);
  }
  for (const [key, folded] of foldedOf) {
    const best = folded.flatMap((f) => byQuery.get(f) ?? [])
      .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.id - b.id)[0];
    if (best) found.set(key, { id: best.id, sourceName: best.sourceName, matchedName: best.matchedName, matchedKind: best.matchedKind, score: Math.round(best.score * 100) / 100, exact: best.exact });
  }
  return found;
}

/** Live sources by the exact folded form of a name or alias: folded name → the source (oldest wins, a name before an alias). */
export async function findSourcesByFoldedName(tx: Tx, folded: readonly string[]): Promise<Map<string, { id: number; kind: string; alignmentSlug: string }>> {
  const found = new Map<string, { id: number; kind: string; alignmentSlug: string }>();
  if (folded.length === 0) return found;
  const rows = await sqlRows<{ folded: string; id: number; kind: string; alignmentSlug: string }>(Prisma.sql`
    SELECT DISTINCT ON (l.folded) l.folded, s.id, s.kind::text AS kind, s.alignment_slug AS "alignmentSlug"
    FROM source_lookup_names l JOIN sources s ON s.id = l.source_id AND s.deleted_at IS NULL
    WHERE l.folded = ANY(${[...new Set(folded)]}::text[])
    ORDER BY l.folded, (l.kind = 'name') DESC, s.id`, { tx });
  for (const r of rows) found.set(r.folded, { id: r.id, kind: r.kind, alignmentSlug: r.alignmentSlug });
  return found;
}
