import type { Metadata } from 'next';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { listAlignmentsForAdmin } from '@/lib/alignments/alignment-commands.server';
import { AdminsOnly, requireAdminPage } from '../admin-gate';
import { CreateAlignmentForm, EditAlignmentForm } from './_components/alignment-forms';

export const metadata: Metadata = { title: 'Alignments' };

export default async function AdminAlignmentsPage() {
  const viewer = await requireAdminPage('/admin/alignments');
  if (!viewer) return <AdminsOnly />;
  const alignments = await listAlignmentsForAdmin(viewer);
  return (
    <section>
      <h1>Alignment vocabulary</h1>
      <p className="muted">
        Alignments are never deleted — sources and their history point at them. Retire one to keep it off new choices.
      </p>
      {alignments.map((a) => (
        <div key={a.slug} className="panel">
          <h2 style={{ borderTopColor: safeAlignmentColor(a.color) }}>
            <span aria-hidden="true" style={{ color: safeAlignmentColor(a.color) }}>■ </span>
            <span dir="auto">{a.label}</span> <code>{a.slug}</code>
            {a.retiredAt ? <span className="muted"> (retired)</span> : null}
          </h2>
          <p className="small">{a.sourceCount} source{a.sourceCount === 1 ? '' : 's'}</p>
          <EditAlignmentForm alignment={{ slug: a.slug, label: a.label, color: a.color, sortOrder: a.sortOrder, version: a.version, retired: Boolean(a.retiredAt) }} />
        </div>
      ))}
      <h2>Add an alignment</h2>
      <CreateAlignmentForm />
    </section>
  );
}
