import 'server-only';
import { createHash } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { DomainError, invalid, notFound, tooLarge, conflict } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { normalizeUrl } from './normalize-url';
import { reanchorQuote } from './reanchor';
import { documentRoles } from './document-permissions';
import { CreateDocumentSchema, MAX_DOCUMENT_BYTES, UpdateDocumentSchema, type CreateDocumentInput, type UpdateDocumentInput } from './document-schemas';

const documentRow = {
  id: true, url: true, normalizedUrl: true, title: true, publisherId: true, author: true, publishedAt: true, retrievedAt: true,
  language: true, textSha256: true, capturedAt: true, sourceCredit: true, republishesId: true, removedNoticedAt: true, version: true,
} as const;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function requireTextSize(text: string) {
  if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw tooLarge(`The document text exceeds ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
}

async function requireRefs(tx: Tx, refs: { publisherId?: number | null; republishesId?: number | null }, selfId?: number) {
  if (refs.publisherId != null && !(await tx.source.findUnique({ where: { id: refs.publisherId }, select: { id: true } }))) {
    throw invalid('Unknown publisher.', { publisherId: ['No such source.'] });
  }
  if (refs.republishesId != null) {
    if (refs.republishesId === selfId) throw invalid('A document cannot republish itself.', { republishesId: ['Choose another document.'] });
    if (!(await tx.document.findUnique({ where: { id: refs.republishesId }, select: { id: true } }))) {
      throw invalid('Unknown republished document.', { republishesId: ['No such document.'] });
    }
  }
}

/** A 409 that offers the copy already stored instead of making a second one. */
const duplicateOf = (existing: { id: number; title: string; url: string }) =>
  new DomainError(409, 'duplicate', 'This page is already stored; use the existing document.', { url: ['Already captured.'] }, existing);

export async function createDocument(viewer: Viewer, input: CreateDocumentInput, ip?: string) {
  requireRole(viewer, documentRoles.create);
  const data = CreateDocumentSchema.parse(input);
  requireTextSize(data.text);
  const normalizedUrl = normalizeUrl(data.url);
  return db.$transaction(async (tx) => {
    const existing = await tx.document.findUnique({ where: { normalizedUrl }, select: { id: true, title: true, url: true } });
    if (existing) throw duplicateOf(existing);
    await requireRefs(tx, data);
    const created = await tx.document.create({
      data: { ...data, normalizedUrl, textSha256: sha256(data.text), createdById: viewer.id },
      select: documentRow,
    });
    await recordAudit(tx, { actor: viewer, action: 'document.create', entityType: 'document', entityId: created.id, before: null, after: created, ip });
    return created;
  });
}

/**
 * Edits a document at the version read. A text change keeps the new SHA-256 and re-anchors
 * every quote taken from it; a quote no longer found is marked lost on its claim, not removed.
 */
export async function updateDocument(viewer: Viewer, documentId: number, input: UpdateDocumentInput, ip?: string) {
  requireRole(viewer, documentRoles.edit);
  const { version, removedAtSource, removedNoticedAt, ...changes } = UpdateDocumentSchema.parse(input);
  if (changes.text !== undefined) requireTextSize(changes.text);
  return db.$transaction(async (tx) => {
    const before = await tx.document.findUnique({ where: { id: documentId }, select: documentRow });
    if (!before) throw notFound('Document');
    await requireRefs(tx, changes, documentId);
    const removal =
      removedAtSource === true ? { removedNoticedAt: removedNoticedAt ?? new Date() }
      : removedAtSource === false ? { removedNoticedAt: null }
      : removedNoticedAt !== undefined ? { removedNoticedAt } : {};
    const text = changes.text !== undefined ? { textSha256: sha256(changes.text), capturedAt: new Date() } : {};
    const bumped = await updateAtVersion(tx.document, { id: documentId }, version, { ...changes, ...removal, ...text });
    if (bumped === null) throw conflict('Someone changed this document since you opened it.', before);
    const anchors = changes.text !== undefined ? await reanchorDocumentQuotes(tx, documentId, changes.text) : null;
    const after = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: documentRow });
    await recordAudit(tx, { actor: viewer, action: 'document.update', entityType: 'document', entityId: documentId, before, after: { ...after, anchors }, ip });
    return { ...after, anchors };
  });
}

async function reanchorDocumentQuotes(tx: Tx, documentId: number, text: string) {
  const quoted = await tx.attribution.findMany({
    where: { documentId, quoteExact: { not: null } },
    select: { id: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, quoteStart: true },
  });
  const tally = { anchored: 0, reanchored: 0, lost: [] as number[] };
  for (const q of quoted) {
    const found = reanchorQuote(text, { exact: q.quoteExact!, prefix: q.quotePrefix, suffix: q.quoteSuffix, start: q.quoteStart });
    if (found.status === 'lost') {
      tally.lost.push(q.id);
      await tx.attribution.update({ where: { id: q.id }, data: { anchorStatus: 'lost' } });
      continue;
    }
    tally[found.status] += 1;
    await tx.attribution.update({
      where: { id: q.id },
      data: { anchorStatus: found.status, quoteExact: found.exact, quotePrefix: found.prefix, quoteSuffix: found.suffix, quoteStart: found.start },
    });
  }
  return tally;
}
