'use client';
import { ActionForm, Field } from '@/app/_forms/action-form';
import { CreateAlignmentSchema, UpdateAlignmentSchema } from '@/lib/alignments/alignment-schemas';
import { createAlignmentAction, updateAlignmentAction } from '../actions';

type Alignment = { slug: string; label: string; color: string; sortOrder: number; version: number; retired: boolean };

export function EditAlignmentForm({ alignment: a }: { alignment: Alignment }) {
  return (
    <ActionForm action={updateAlignmentAction} schema={UpdateAlignmentSchema} ids={['slug']} submitLabel={`Save ${a.slug}`} successMessage="Saved." label={`Edit ${a.slug}`}>
      <input type="hidden" name="slug" value={a.slug} />
      <input type="hidden" name="version" value={a.version} />
      <Field name="label" label="Label" defaultValue={a.label} required idPrefix={`al-${a.slug}`} />
      <Field name="color" label="Colour" type="color" defaultValue={a.color} idPrefix={`al-${a.slug}`} />
      <Field name="sortOrder" label="Order" type="number" defaultValue={a.sortOrder} idPrefix={`al-${a.slug}`} />
      <Field name="retired" label="State" idPrefix={`al-${a.slug}`} defaultValue={a.retired ? 'true' : 'false'}
        options={[{ value: 'false', label: 'In use' }, { value: 'true', label: 'Retired' }]} />
    </ActionForm>
  );
}

export function CreateAlignmentForm() {
  return (
    <ActionForm action={createAlignmentAction} schema={CreateAlignmentSchema} submitLabel="Add alignment" successMessage="Added." label="Add an alignment">
      <Field name="slug" label="Slug" required hint="Lower-case with hyphens, e.g. pro-sdf. It cannot change later." idPrefix="new-al" />
      <Field name="label" label="Label" required idPrefix="new-al" />
      <Field name="color" label="Colour" type="color" defaultValue="#888888" idPrefix="new-al" />
      <Field name="description" label="Description (optional)" idPrefix="new-al" />
    </ActionForm>
  );
}
