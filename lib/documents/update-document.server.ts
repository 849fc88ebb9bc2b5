import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { conflict, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { documentRoles } from './document-permissions';
import { UpdateDocumentSchema, type UpdateDocumentInput } from './document-schemas';
import { documentRow, requireRefs, requireTextSize, sha256 } from './create-document.server';
import { reanchorDocumentQuotes } from './reanchor-document-quotes.server';

/**
 * Edits a document at the version read, in one transaction. A changed title or text first keeps
 * the replaced one, with its SHA-256, as a revision of the version that had it (so the first
 * edit keeps the text as captured, and no text is ever lost). A new text gets its own SHA-256
 * and re-anchors every quote taken from it; the revision stores that report. A quote no longer
 * found is marked lost on its claim, not removed, and each claim whose quote changed gets a
 * revision of its own.
 */
export async function updateDocument(viewer: Viewer, documentId: number, input: UpdateDocumentInput, ip?: string) {
  requireRole(viewer, documentRoles.edit);
  const { version, reason, removedAtSource, removedNoticedAt, ...changes } = UpdateDocumentSchema.parse(input);
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
    // Read before the write: when the write succeeds at `version`, this is that version's text.
    const old = changes.text !== undefined || changes.title !== undefined
      ? await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true, text: true, textSha256: true } })
      : null;
    const bumped = await updateAtVersion(tx.document, { id: documentId }, version, { ...changes, ...removal, ...text });
    if (bumped === null) throw conflict('Someone changed this document since you opened it.', before);
    const anchoring = changes.text !== undefined ? await reanchorDocumentQuotes(tx, viewer, documentId, changes.text, ip) : null;
    const replaced = old !== null && (old.title !== (changes.title ?? old.title) || old.text !== (changes.text ?? old.text));
    const revision = replaced
      ? await tx.documentRevision.create({
          data: {
            documentId, version, action: 'edit', reason: reason ?? null, title: old.title, text: old.text, textSha256: old.textSha256,
            anchoring: anchoring ?? Prisma.DbNull, authorId: viewer.id,
          },
          select: { id: true, version: true },
        })
      : null;
    const after = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: documentRow });
    const anchors = anchoring && {
      anchored: anchoring.anchored,
      reanchored: anchoring.reanchored,
      lost: anchoring.quotes.filter((q) => q.status === 'lost').map((q) => q.attributionId),
    };
    await recordAudit(tx, {
      actor: viewer, action: 'document.update', entityType: 'document', entityId: documentId,
      before, after: { ...after, anchors, reason: reason ?? null, revisionId: revision?.id ?? null }, ip,
    });
    return { ...after, anchors, anchoring, revision };
  });
}
