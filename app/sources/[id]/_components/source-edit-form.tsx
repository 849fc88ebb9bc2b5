'use client';
import { useState } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useActionForm } from '@/app/_forms/use-action-form';
import { UpdateSourceSchema } from '@/lib/sources/source-schemas';
import { updateSourceAction } from '../actions';
import type { SourceIdentifier } from '@/lib/sources/source-identifiers';
import { SourceIdentifierFields } from './source-identifier-fields';

const KINDS = [
  ['outlet', 'Outlet'], ['official', 'Official or spokesperson'], ['government', 'Government'],
  ['armed_group', 'Armed group'], ['intergovernmental_body', 'Intergovernmental body'],
  ['monitor', 'Monitoring group'], ['social_account', 'Social-media account'],
  ['unnamed_group', 'Unnamed group'], ['other', 'Other'],
] as const;

export type EditableSource = {
  id: number;
  name: string;
  kind: string;
  alignmentSlug: string;
  country: string | null;
  language: string | null;
  aliases: string[];
  description: string | null;
  homepage: string | null;
  identifiers: SourceIdentifier[];
  version: number;
};

type Option = { slug: string; label: string };

function TextField({ name, label, value, hint }: { name: keyof EditableSource; label: string; value: string | null; hint?: string }) {
  return (
    <FormField id={`source-${name}`} label={label} name={name} hint={hint}>
      {(control) => <input {...control} name={name} defaultValue={value ?? ''} dir="auto" />}
    </FormField>
  );
}

/** Reviewers edit details; editors also see the alignment, which needs a reason. */
export function SourceEditForm({ source, alignments, canChangeAlignment }: {
  source: EditableSource;
  alignments: Option[];
  canChangeAlignment: boolean;
}) {
  const form = useActionForm(updateSourceAction, { schema: UpdateSourceSchema, ids: ['sourceId'] });
  const [alignment, setAlignment] = useState(source.alignmentSlug);
  const { state } = form;
  const newer = form.conflict as Partial<EditableSource> | null;
  const version = Math.max(source.version, newer?.version ?? 0, state?.ok ? state.data.version : 0);
  const status = newer ? null : statusOf(state, () => 'Source saved.');

  return (
    <form onSubmit={form.onSubmit} className="form-stack" aria-labelledby="source-edit-title" noValidate>
      <h3 id="source-edit-title">Edit this source</h3>
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="version" value={version} />
      {newer ? (
        <ConflictNotice key={newer.version}>
          <p>Someone edited this source since you opened it. It is now named <strong dir="auto">{newer.name}</strong>
            {newer.country ? <> ({newer.country})</> : null}. Your edits are still in the form; save again to replace theirs.</p>
        </ConflictNotice>
      ) : null}
      <FormKit errors={form.errors}>
        <TextField name="name" label="Name" value={source.name} />
        <FormField id="source-kind" label="Kind" name="kind">
          {(control) => (
            <select {...control} name="kind" defaultValue={source.kind}>
              {KINDS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          )}
        </FormField>
        <TextField name="country" label="Country" value={source.country} />
        <TextField name="language" label="Language" value={source.language} hint="A language code such as en, ar or ru." />
        <FormField id="source-aliases" label="Aliases" name="aliases" hint="One per line, in any script.">
          {(control) => <textarea {...control} name="aliases" dir="auto" defaultValue={source.aliases.join('\n')} />}
        </FormField>
        <TextField name="homepage" label="Homepage" value={source.homepage} hint="http:// or https:// only." />
        <SourceIdentifierFields key={source.version} initial={source.identifiers} />
        <FormField id="source-description" label="Description" name="description">
          {(control) => <textarea {...control} name="description" dir="auto" defaultValue={source.description ?? ''} />}
        </FormField>
        {canChangeAlignment ? (
          <fieldset className="plain">
            <FormField id="source-alignment" label="Alignment" name="alignmentSlug">
              {(control) => (
                <select {...control} name="alignmentSlug" value={alignment} onChange={(e) => setAlignment(e.target.value)}>
                  {alignments.map((a) => <option key={a.slug} value={a.slug}>{a.label}</option>)}
                </select>
              )}
            </FormField>
            {alignment !== source.alignmentSlug ? (
              <FormField id="source-alignment-reason" label="Reason for the new alignment" name="alignmentReason">
                {(control) => <textarea {...control} name="alignmentReason" dir="auto" required />}
              </FormField>
            ) : null}
          </fieldset>
        ) : null}
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={status} />
      <div><SubmitButton pending={form.pending} label="Save source" /></div>
    </form>
  );
}
