import 'server-only';
import { db } from '@/lib/db';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { AnchoringReportSchema, type AnchoringReport } from './document-revision-answers';

export type DocumentRevisionView = {
  id: number;
  version: number;
  action: string;
  reason: string | null;
  title: string;
  textSha256: string;
  author: { id: number; name: string } | null;
  createdAt: Date;
  anchoring: AnchoringReport | null;
  /** A stored report that no longer parses: shown as unreadable, never a failed page. */
  anchoringUnreadable: boolean;
};

const revisionSelect = {
  id: true, version: true, action: true, reason: true, title: true, textSha256: true, createdAt: true, anchoring: true,
  author: { select: { id: true, name: true } },
} as const;

type RevisionRow = {
  id: number; version: number; action: string; reason: string | null; title: string; textSha256: string; createdAt: Date;
  anchoring: unknown; author: { id: number; name: string } | null;
};

function toView(row: RevisionRow): DocumentRevisionView {
  const read = row.anchoring == null ? null : AnchoringReportSchema.safeParse(row.anchoring);
  return {
    ...row,
    anchoring: read?.success ? read.data : null,
    anchoringUnreadable: read !== null && !read.success,
  };
}

/** Every earlier title and text of a document, newest first, without the texts (megabytes each); null if no such document. */
export async function listDocumentRevisions(viewer: Viewer, documentId: number): Promise<DocumentRevisionView[] | null> {
  requireReader(viewer);
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!doc) return null;
  const rows = await db.documentRevision.findMany({
    where: { documentId },
    select: revisionSelect,
    orderBy: { version: 'desc' },
  });
  return rows.map(toView);
}

/** One earlier version of a document, with its text; null if there is none. */
export async function getDocumentRevision(viewer: Viewer, documentId: number, version: number) {
  requireReader(viewer);
  const row = await db.documentRevision.findUnique({
    where: { documentId_version: { documentId, version } },
    select: { ...revisionSelect, text: true },
  });
  if (!row) return null;
  const { text, ...rest } = row;
  return { ...toView(rest), documentId, text };
}
