import type { Metadata } from 'next';
import { ActionForm, Field } from '@/app/_forms/action-form';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { listAlignmentsForAdmin } from '@/lib/alignments/alignment-commands.server';
import { AdminsOnly, requireAdminPage } from '../admin-gate';
import { createAlignmentAction, updateAlignmentAction } from './actions';

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
          <ActionForm action={updateAlignmentAction} submitLabel={`Save ${a.slug}`} successMessage="Saved." label={`Edit ${a.slug}`}>
            <input type="hidden" name="slug" value={a.slug} />
            <input type="hidden" name="version" value={a.version} />
            <Field name="label" label="Label" defaultValue={a.label} required idPrefix={`al-${a.slug}`} />
            <Field name="color" label="Colour" type="color" defaultValue={a.color} idPrefix={`al-${a.slug}`} />
            <Field name="sortOrder" label="Order" type="number" defaultValue={a.sortOrder} idPrefix={`al-${a.slug}`} />
            <Field name="retired" label="State" idPrefix={`al-${a.slug}`} defaultValue={a.retiredAt ? 'true' : 'false'}
              options={[{ value: 'false', label: 'In use' }, { value: 'true', label: 'Retired' }]} />
          </ActionForm>
        </div>
      ))}
      <h2>Add an alignment</h2>
      <ActionForm action={createAlignmentAction} submitLabel="Add alignment" successMessage="Added." label="Add an alignment">
        <Field name="slug" label="Slug" required hint="Lower-case with hyphens, e.g. pro-sdf. It cannot change later." idPrefix="new-al" />
        <Field name="label" label="Label" required idPrefix="new-al" />
        <Field name="color" label="Colour" type="color" defaultValue="#888888" idPrefix="new-al" />
        <Field name="description" label="Description (optional)" idPrefix="new-al" />
      </ActionForm>
    </section>
  );
}
