import 'server-only';
import { db, type Db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { notFound } from '@/lib/errors';
import { exchangeRoles } from './exchange-permissions';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeRecord, type Header } from './exchange-records';
import * as map from './export-mappers';

export type ExportScope = { eventId?: number };
export type Archive = { header: Header; records: ExchangeRecord[] };

type IdSet = Set<number> | null; // null: everything
const inSet = (ids: IdSet) => (ids === null ? {} : { id: { in: [...ids] } });

async function closeOver(client: Db, table: 'source' | 'document' | 'claim', start: Set<number>) {
  const field = { source: 'representsId', document: 'republishesId', claim: 'mergedIntoId' } as const;
  let frontier = [...start];
  while (frontier.length) {
    const rows = await (client[table] as unknown as { findMany: (a: object) => Promise<Record<string, number | null>[]> })
      .findMany({ where: { id: { in: frontier } }, select: { [field[table]]: true } });
    frontier = rows.map((r) => r[field[table]]).filter((id): id is number => id !== null && !start.has(id));
    for (const id of frontier) start.add(id);
  }
  return start;
}

/**
 * Everything (or one event and all it refers to) as exchange records, in import order. Editors
 * only. Reads only: every row has had its external id since it was made (a column default).
 */
export async function exportArchive(viewer: Viewer, scope: ExportScope = {}, client: Db = db): Promise<Archive> {
  requireRole(viewer, exchangeRoles.export);
  let eventExternalId: string | null = null;
  if (scope.eventId !== undefined) {
    const found = await client.event.findUnique({ where: { id: scope.eventId }, select: { id: true } });
    if (!found) throw notFound('Event');
  }

  let claimIds: IdSet = null;
  let sourceIds: IdSet = null;
  let documentIds: IdSet = null;
  let eventIds: IdSet = null;
  if (scope.eventId !== undefined) {
    const seed = await client.claim.findMany({ where: { eventId: scope.eventId }, select: { id: true } });
    claimIds = await closeOver(client, 'claim', new Set(seed.map((c) => c.id)));
    const ids = [...claimIds];
    const [attrs, parties, claimEvents] = await Promise.all([
      client.attribution.findMany({ where: { claimId: { in: ids } }, select: { sourceId: true, documentId: true } }),
      client.claimParty.findMany({ where: { claimId: { in: ids }, sourceId: { not: null } }, select: { sourceId: true } }),
      client.claim.findMany({ where: { id: { in: ids }, eventId: { not: null } }, select: { eventId: true } }),
    ]);
    documentIds = await closeOver(client, 'document', new Set(attrs.flatMap((a) => (a.documentId ? [a.documentId] : []))));
    const publishers = await client.document.findMany({ where: { id: { in: [...documentIds] }, publisherId: { not: null } }, select: { publisherId: true } });
    sourceIds = await closeOver(client, 'source', new Set([
      ...attrs.map((a) => a.sourceId), ...parties.map((p) => p.sourceId!), ...publishers.map((d) => d.publisherId!),
    ]));
    eventIds = new Set([scope.eventId, ...claimEvents.map((c) => c.eventId!)]);
  }

  const [users, alignments, sources, revisions, changes, documents, events, claims, claimRevisions, attributions, relations] =
    await Promise.all([
      client.user.findMany({ select: { id: true, email: true, name: true }, orderBy: { id: 'asc' } }),
      client.alignment.findMany({ select: map.alignmentSelect, orderBy: { slug: 'asc' } }),
      client.source.findMany({ where: inSet(sourceIds), select: map.sourceSelect, orderBy: { id: 'asc' } }),
      client.ratingRevision.findMany({ where: sourceIds ? { sourceId: { in: [...sourceIds] } } : {}, select: map.revisionSelect, orderBy: [{ sourceId: 'asc' }, { version: 'asc' }] }),
      client.sourceAlignmentChange.findMany({ where: sourceIds ? { sourceId: { in: [...sourceIds] } } : {}, select: map.changeSelect, orderBy: [{ sourceId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] }),
      client.document.findMany({ where: inSet(documentIds), select: map.documentSelect, orderBy: { id: 'asc' } }),
      client.event.findMany({ where: inSet(eventIds), select: map.eventSelect, orderBy: { id: 'asc' } }),
      client.claim.findMany({ where: inSet(claimIds), select: map.claimSelect, orderBy: { id: 'asc' } }),
      client.claimRevision.findMany({ where: claimIds ? { claimId: { in: [...claimIds] } } : {}, select: map.claimRevisionSelect, orderBy: [{ claimId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] }),
      client.attribution.findMany({ where: claimIds ? { claimId: { in: [...claimIds] } } : {}, select: map.attributionSelect, orderBy: [{ claimId: 'asc' }, { id: 'asc' }] }),
      client.claimRelation.findMany({ where: claimIds ? { claimAId: { in: [...claimIds] }, claimBId: { in: [...claimIds] } } : {}, select: map.relationSelect, orderBy: { id: 'asc' } }),
    ]);

  if (scope.eventId !== undefined) eventExternalId = events.find((e) => e.id === scope.eventId)?.externalId ?? null;
  // The conflicts the exported events, alignments and alignment changes name (all of them for a full export).
  const sourceList = sourceIds ? { sourceId: { in: [...sourceIds] } } : {};
  const conflictAlignments = await client.sourceConflictAlignment.findMany({
    where: sourceList, select: map.conflictAlignmentSelect, orderBy: [{ sourceId: 'asc' }, { conflictId: 'asc' }],
  });
  const conflictIds = new Set([
    ...events.flatMap((e) => (e.conflictId ? [e.conflictId] : [])), ...conflictAlignments.map((a) => a.conflictId),
    ...changes.flatMap((c) => (c.conflictId ? [c.conflictId] : [])),
  ]);
  const conflicts = await client.conflict.findMany({
    where: scope.eventId !== undefined ? { id: { in: [...conflictIds] } } : {}, select: map.conflictSelect, orderBy: { id: 'asc' },
  });
  const refs = map.referenceMaps({ users, sources, documents, events, claims, attributions, conflicts });
  const body: ExchangeRecord[] = [
    ...alignments.map(map.toAlignmentRecord),
    ...conflicts.map((c) => map.toConflictRecord(c, refs)),
    ...sources.map((s) => map.toSourceRecord(s, refs)),
    ...revisions.map((r) => map.toRevisionRecord(r, refs)),
    ...map.toChangeRecords(changes, refs),
    ...conflictAlignments.map((a) => map.toConflictAlignmentRecord(a, refs)),
    ...documents.map((d) => map.toDocumentRecord(d, refs)),
    ...events.map((e) => map.toEventRecord(e, refs)),
    ...claims.map((c) => map.toClaimRecord(c, refs)),
    ...map.toClaimRevisionRecords(claimRevisions, refs),
    ...attributions.map((a) => map.toAttributionRecord(a, refs)),
    ...relations.map((r) => map.toRelationRecord(r, refs)),
  ];
  // Only the people the records name: an export carries no one else's address.
  const userRecords = map.toUserRecords(body, users, [conflicts, sources, revisions, changes, documents, events, claims, claimRevisions, attributions, relations]);
  return {
    header: {
      type: 'header', format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt: new Date().toISOString(),
      generator: 'Crosscheck', scope: { event: eventExternalId },
    },
    records: [...userRecords, ...body],
  };
}

/** One JSON object per line, header first. */
export function* archiveLines(archive: Archive): Generator<string> {
  yield `${JSON.stringify(archive.header)}\n`;
  for (const r of archive.records) yield `${JSON.stringify(r)}\n`;
}
