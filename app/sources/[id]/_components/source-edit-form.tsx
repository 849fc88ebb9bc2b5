'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { describedBy, FieldError, FormStatus } from '@/app/_forms/field-error';
import { updateSourceAction } from '../actions';
import '@/app/_forms/forms.css';

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
  version: number;
};

type Option = { slug: string; label: string };

/** Reviewers edit details; editors also see the alignment, which needs a reason. */
export function SourceEditForm({ source, alignments, canChangeAlignment }: {
  source: EditableSource;
  alignments: Option[];
  canChangeAlignment: boolean;
}) {
  const [state, formAction, pending] = useActionState(updateSourceAction, null);
  const [alignment, setAlignment] = useState(source.alignmentSlug);
  const fields = state && !state.ok ? state.fields : undefined;
  const conflictVersion = state && !state.ok && state.code === 'conflict' ? (state.current as { version: number }).version : 0;
  const version = Math.max(source.version, conflictVersion, state?.ok ? state.data.version : 0);
  const status = state?.ok
    ? { ok: true, message: 'Source saved.' }
    : state
      ? { ok: false, message: state.code === 'conflict' ? 'Someone edited this source since you opened it. Reload to see their changes; your edits are still in the form.' : state.message }
      : null;

  // Submitting by hand keeps what was typed on an error (a form `action` would reset the fields).
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };

  const text = (name: keyof EditableSource, label: string, value: string | null, hint?: string) => (
    <div>
      <label htmlFor={`source-${name}`}>{label}</label>
      <input
        id={`source-${name}`}
        name={name}
        defaultValue={value ?? ''}
        dir="auto"
        aria-invalid={fields?.[name] ? true : undefined}
        aria-describedby={describedBy(`source-${name}-error`, fields?.[name])}
      />
      {hint ? <p className="field-hint">{hint}</p> : null}
      <FieldError id={`source-${name}-error`} messages={fields?.[name]} />
    </div>
  );

  return (
    <form onSubmit={submit} className="form-stack" aria-labelledby="source-edit-title">
      <h3 id="source-edit-title">Edit this source</h3>
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="version" value={version} />
      {text('name', 'Name', source.name)}
      <div>
        <label htmlFor="source-kind">Kind</label>
        <select id="source-kind" name="kind" defaultValue={source.kind}>
          {KINDS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      {text('country', 'Country', source.country)}
      {text('language', 'Language', source.language, 'A language code such as en, ar or ru.')}
      <div>
        <label htmlFor="source-aliases">Aliases</label>
        <textarea id="source-aliases" name="aliases" dir="auto" defaultValue={source.aliases.join('\n')} aria-describedby="source-aliases-hint" />
        <p id="source-aliases-hint" className="field-hint">One per line, in any script.</p>
        <FieldError id="source-aliases-error" messages={fields?.aliases} />
      </div>
      {text('homepage', 'Homepage', source.homepage, 'http:// or https:// only.')}
      <div>
        <label htmlFor="source-description">Description</label>
        <textarea id="source-description" name="description" dir="auto" defaultValue={source.description ?? ''} />
      </div>
      {canChangeAlignment ? (
        <fieldset className="plain">
          <div>
            <label htmlFor="source-alignment">Alignment</label>
            <select id="source-alignment" name="alignmentSlug" value={alignment} onChange={(e) => setAlignment(e.target.value)}>
              {alignments.map((a) => <option key={a.slug} value={a.slug}>{a.label}</option>)}
            </select>
            <FieldError id="source-alignment-error" messages={fields?.alignmentSlug} />
          </div>
          {alignment !== source.alignmentSlug ? (
            <div>
              <label htmlFor="source-alignment-reason">Reason for the new alignment</label>
              <textarea
                id="source-alignment-reason"
                name="alignmentReason"
                dir="auto"
                required
                aria-invalid={fields?.alignmentReason ? true : undefined}
                aria-describedby={describedBy('source-alignment-reason-error', fields?.alignmentReason)}
              />
              <FieldError id="source-alignment-reason-error" messages={fields?.alignmentReason} />
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <FormStatus state={status} />
      <div>
        <button type="submit" className="button" disabled={pending}>{pending ? 'Saving…' : 'Save source'}</button>
      </div>
    </form>
  );
}
