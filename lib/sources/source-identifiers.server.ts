// No 'server-only' guard: the exchange import and the seed (plain tsx) write identifiers too.
import { sqlExecute, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/errors';
import { identifierLabel, type IdentifierKind, type SourceIdentifier } from './source-identifiers';

// A source's external identifiers (source_identifiers, unique per kind and value). One real-world
// account names one live source: adding one that a live source holds is 409 naming it. A deleted
// or merged-away source keeps its identifiers (a restore brings them back) until another source
// claims one: the claim moves it, and the audit entry of the claiming source says from whom.

export type IdentifierHolder = SourceIdentifier & { sourceId: number; sourceName: string; live: boolean };

const key = (i: SourceIdentifier) => `${i.kind}:${i.value}`;
const byKey = (a: SourceIdentifier, b: SourceIdentifier) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The identifiers of these sources, by source (outside a transaction without `tx`). */
export async function identifiersOfSources(tx: Tx | undefined, sourceIds: readonly number[]): Promise<Map<number, SourceIdentifier[]>> {
  const out = new Map<number, SourceIdentifier[]>();
  if (sourceIds.length === 0) return out;
  const rows = await sqlRows<{ sourceId: number; kind: IdentifierKind; value: string }>(Prisma.sql`
    SELECT source_id AS "sourceId", kind::text AS kind, value FROM source_identifiers
    WHERE source_id = ANY(${[...sourceIds]}::int[]) ORDER BY source_id, kind, value`, { tx });
  // By kind in the enum's order, then value: as every answer lists them.
  for (const r of rows) out.set(r.sourceId, [...(out.get(r.sourceId) ?? []), { kind: r.kind, value: r.value }]);
  return out;
}

/** Who holds each of these identifiers now (live or not). */
export async function findIdentifierHolders(tx: Tx | undefined, identifiers: readonly SourceIdentifier[]): Promise<Map<string, IdentifierHolder>> {
  const found = new Map<string, IdentifierHolder>();
  if (identifiers.length === 0) return found;
  const rows = await sqlRows<IdentifierHolder>(Prisma.sql`
    SELECT si.kind::text AS kind, si.value, s.id AS "sourceId", s.name AS "sourceName",
      (s.deleted_at IS NULL AND s.merged_into_id IS NULL) AS live
    FROM json_to_recordset(${JSON.stringify(identifiers)}::json) AS q(kind text, value text)
    JOIN source_identifiers si ON si.kind = q.kind::"IdentifierKind" AND si.value = q.value
    JOIN sources s ON s.id = si.source_id`, { tx });
  for (const r of rows) found.set(key(r), r);
  return found;
}

/** 409 `identifier_taken`: `current` is the live source that holds it. */
export const identifierTaken = (holder: IdentifierHolder, field: string) =>
  new DomainError(409, 'identifier_taken',
    `${identifierLabel(holder)} already belongs to “${holder.sourceName}” (#${holder.sourceId}).`,
    { [field]: [`Already the identifier of “${holder.sourceName}” (#${holder.sourceId}).`] },
    { id: holder.sourceId, name: holder.sourceName, kind: holder.kind, value: holder.value });

// Two writers adding one identifier take turns, so the second sees the first's row and answers
// 409 naming it, instead of tripping over the unique index.
async function lockIdentifiers(tx: Tx, identifiers: readonly SourceIdentifier[]) {
  const keys = [...new Set(identifiers.map(key))].sort();
  if (keys.length === 0) return;
  await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended('source-identifier:' || k, 0))
    FROM (SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k) AS keys`, { tx });
}

export type IdentifierChange = {
  before: SourceIdentifier[];
  after: SourceIdentifier[];
  /** Identifiers taken over from deleted or merged sources, and from which. */
  takenFrom: { kind: IdentifierKind; value: string; sourceId: number }[];
};

/**
 * Makes `wanted` the source's whole set of identifiers (already normalised; a repeat counts once).
 * `field` names the input for errors (`identifiers` → `identifiers.N.value`). Null when nothing
 * changed. The caller rewrites the lookup names (writeSourceLookupNames) of the sources returned
 * in `takenFrom` and of this one, and audits.
 */
export async function replaceSourceIdentifiers(
  tx: Tx, sourceId: number, wanted: readonly SourceIdentifier[], authorId: number | null, field = 'identifiers',
): Promise<IdentifierChange | null> {
  const before = (await identifiersOfSources(tx, [sourceId])).get(sourceId) ?? [];
  const wantedAt = new Map<string, { identifier: SourceIdentifier; index: number }>();
  wanted.forEach((identifier, index) => { if (!wantedAt.has(key(identifier))) wantedAt.set(key(identifier), { identifier, index }); });
  const held = new Set(before.map(key));
  const added = [...wantedAt.values()].filter((w) => !held.has(key(w.identifier)));
  const removed = before.filter((i) => !wantedAt.has(key(i)));
  if (added.length === 0 && removed.length === 0) return null;

  await lockIdentifiers(tx, added.map((a) => a.identifier));
  const holders = await findIdentifierHolders(tx, added.map((a) => a.identifier));
  const takenFrom: IdentifierChange['takenFrom'] = [];
  for (const { identifier, index } of added) {
    const holder = holders.get(key(identifier));
    if (!holder) continue;
    if (holder.live) throw identifierTaken(holder, `${field}.${index}.value`);
    takenFrom.push({ ...identifier, sourceId: holder.sourceId });
  }
  for (const i of [...removed, ...takenFrom]) {
    await sqlExecute(Prisma.sql`DELETE FROM source_identifiers WHERE kind = ${i.kind}::"IdentifierKind" AND value = ${i.value}`, { tx });
  }
  if (added.length) {
    await tx.sourceIdentifier.createMany({
      data: added.map(({ identifier }) => ({ sourceId, kind: identifier.kind, value: identifier.value, createdById: authorId })),
    });
  }
  const after = [...wantedAt.values()].map((w) => w.identifier).sort(byKey);
  return { before, after, takenFrom };
}

/**
 * Identifiers of sources an import just created (their holders already checked: none live).
 * One held by a deleted or merged source moves, as in an edit. Returns the sources it moved from.
 */
export async function addIdentifiersOfNewSources(
  tx: Tx, items: readonly { sourceId: number; identifiers: readonly SourceIdentifier[] }[], authorId: number | null,
): Promise<number[]> {
  const rows = items.flatMap((i) => i.identifiers.map((identifier) => ({ sourceId: i.sourceId, ...identifier })));
  if (rows.length === 0) return [];
  await lockIdentifiers(tx, rows);
  const holders = await findIdentifierHolders(tx, rows);
  const live = [...holders.values()].find((h) => h.live);
  if (live) throw identifierTaken(live, 'identifiers');
  const from = [...holders.values()];
  if (from.length) {
    await sqlExecute(Prisma.sql`DELETE FROM source_identifiers si USING json_to_recordset(${JSON.stringify(from)}::json) AS q(kind text, value text)
      WHERE si.kind = q.kind::"IdentifierKind" AND si.value = q.value`, { tx });
  }
  await tx.sourceIdentifier.createMany({ data: rows.map((r) => ({ ...r, createdById: authorId })) });
  return [...new Set(from.map((h) => h.sourceId))];
}
