import 'server-only';
import { createHash } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { DomainError, invalid, tooLarge } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { normalizeUrl } from './normalize-url';
import { documentRoles } from './document-permissions';
import { CreateDocumentSchema, MAX_DOCUMENT_BYTES, type CreateDocumentInput } from './document-schemas';

/** The columns a write answers with (never the text, which can be megabytes). */
export const documentRow = {
  id: true, url: true, normalizedUrl: true, title: true, publisherId: true, author: true, publishedAt: true, retrievedAt: true,
  language: true, textSha256: true, capturedAt: true, sourceCredit: true, republishesId: true, removedNoticedAt: true, version: true,
} as const;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function requireTextSize(text: string) {
  if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw tooLarge(`The document text exceeds ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
}

export async function requireRefs(tx: Tx, refs: { publisherId?: number | null; republishesId?: number | null }, selfId?: number) {
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
