// No 'server-only' guard: the seed script (plain tsx, no react-server condition) writes these too.
import { db, sqlExecute, sqlRows, type Db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { FOLD_VERSION, foldName, lookupNamesOf } from './source-lookup-fold';
import { identifierLabel, identifierLookupText } from './source-identifiers';
import { identifiersOfSources } from './source-identifiers.server';

// The one writer of source_lookup_names (docs/decisions/012-source-lookup.md). Transliteration
// runs in Node, so the database cannot keep these rows itself: every path that creates a source
// or changes its name or aliases calls writeSourceLookupNames in the same transaction.

type Named = { id: number; name: string; aliases: readonly string[] };

/** Replaces the lookup rows of these sources with their current names, aliases and identifiers. */
export async function writeSourceLookupNames(tx: Tx, sources: readonly Named[]): Promise<void> {
  if (sources.length === 0) return;
  const identifiers = await identifiersOfSources(tx, sources.map((s) => s.id));
  const rows = sources.flatMap((s) => [
    ...lookupNamesOf(s),
    ...(identifiers.get(s.id) ?? []).map((i) => ({ name: identifierLabel(i), kind: 'identifier', folded: foldName(identifierLookupText(i)) })),
  ].map((r) => ({ source_id: s.id, ...r })));
  await sqlExecute(Prisma.sql`DELETE FROM source_lookup_names WHERE source_id = ANY(${sources.map((s) => s.id)}::int[])`, { tx });
  if (rows.length === 0) return;
  await sqlExecute(Prisma.sql`
    INSERT INTO source_lookup_names (source_id, name, kind, folded, fold_version)
    SELECT x.source_id, x.name, x.kind::"SourceLookupKind", x.folded, ${FOLD_VERSION}::int
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(source_id int, name text, kind text, folded text)`, { tx });
}

/** Rewrites the lookup rows of these sources from what is stored now (after an identifier moved between them). */
export async function rewriteSourceLookupNames(tx: Tx, sourceIds: readonly number[]): Promise<void> {
  if (sourceIds.length === 0) return;
  const sources = await tx.source.findMany({ where: { id: { in: [...sourceIds] } }, select: { id: true, name: true, aliases: true } });
  await writeSourceLookupNames(tx, sources);
}

const BATCH = 2000;

/**
 * Refolds the sources whose lookup rows are missing or were folded by an older version (the
 * migration's SQL approximation is version 0). Run by the seed and at every start; when all is
 * current it is one indexed query. Returns how many sources it refolded.
 */
export async function refreshStaleSourceLookupNames(client: Db = db): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await client.$transaction(async (tx) => {
      const stale = await sqlRows<Named>(Prisma.sql`
        SELECT s.id, s.name, s.aliases FROM sources s
        -- A merged source answers to no name of its own: its names are the kept source's aliases.
        WHERE s.merged_into_id IS NULL
          AND (NOT EXISTS (SELECT 1 FROM source_lookup_names l WHERE l.source_id = s.id)
           OR EXISTS (SELECT 1 FROM source_lookup_names l WHERE l.source_id = s.id AND l.fold_version <> ${FOLD_VERSION}))
        ORDER BY s.id LIMIT ${BATCH}
        FOR UPDATE OF s SKIP LOCKED`, { tx });
      await writeSourceLookupNames(tx, stale);
      return stale.length;
    }, { timeout: 120_000 });
    total += done;
    if (done < BATCH) return total;
  }
}
