import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { listDocuments } from '@/lib/documents/document-queries.server';
import { documentRoles } from '@/lib/documents/document-permissions';
import { DocumentForm } from './_components/document-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a document' };

export default async function NewDocumentPage() {
  const viewer = await getCurrentViewer();
  if (!hasRole(viewer, documentRoles.create)) redirect('/signin?callbackUrl=/documents/new');
  const [alignments, documents] = await Promise.all([listAlignments(viewer), listDocuments(viewer, { limit: 100 })]);
  return (
    <section>
      <p className="kicker">Capture</p>
      <h1>Add a document</h1>
      <p className="small muted">Paste the page’s text: the server never fetches the web. The snapshot keeps its SHA-256 and capture time.</p>
      <DocumentForm
        alignments={alignments.filter((a) => !a.retiredAt).map((a) => ({ slug: a.slug, label: a.label }))}
        documents={documents.items.map((d) => ({ id: d.id, title: d.title }))}
      />
    </section>
  );
}
