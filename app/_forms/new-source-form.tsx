'use client';
import { useState } from 'react';
import { CreateSourceSchema } from '@/lib/sources/source-schemas';
import { KIND_LABELS } from '@/lib/sources/source-kind-labels';
import { useJsonForm } from './use-json-form';
import type { PickedSource } from './source-picker';

type Candidate = { id: number; sourceName: string; matchedName: string };
const KIND_HINTS: Partial<Record<keyof typeof KIND_LABELS, string>> = { unnamed_group: 'Unnamed group (e.g. “pro-militant sources”)' };

/**
 * The source picker's inline "new source" form. Kind and alignment start unchosen, so the user
 * picks both. A 409 from the server is answered here: an existing source with the name is
 * offered instead, and similar ones are listed with "Create anyway" (confirmNew) beside them.
 */
export function NewSourceForm({ id, name, alignments, onDone }: {
  id: string;
  name: string;
  alignments: { slug: string; label: string }[];
  onDone: (source: PickedSource | null) => void;
}) {
  const [kind, setKind] = useState('');
  const [alignment, setAlignment] = useState('');
  const creation = useJsonForm<PickedSource>();
  const create = async (confirmNew: boolean) => {
    const body = { name, kind, alignmentSlug: alignment, ...(confirmNew ? { confirmNew } : {}) };
    const created = await creation.send({ method: 'POST', url: '/api/v1/sources', body, schema: CreateSourceSchema });
    if (created) onDone({ id: created.data.id, name: created.data.name });
  };
  const failed = creation.state && !creation.state.ok ? creation.state : null;
  const existing = failed?.code === 'duplicate' ? (failed.current as Candidate) : null;
  const similar = failed?.code === 'possible_duplicate' ? (failed.current as { candidates: Candidate[] }).candidates : null;
  const fieldError = (key: string) => (failed && !existing && !similar ? failed.fields?.[key]?.join(' ') : undefined);
  const otherError = failed && !existing && !similar && !fieldError('kind') && !fieldError('alignmentSlug') ? failed.message : null;
  const use = (c: Candidate) => onDone({ id: c.id, name: c.sourceName });

  return (
    <fieldset className="panel">
      <legend>New source “<span dir="auto">{name}</span>”</legend>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} required onChange={(e) => setKind(e.target.value)}
        aria-invalid={fieldError('kind') ? true : undefined} aria-describedby={fieldError('kind') ? `${id}-kind-error` : undefined}>
        <option value="">Choose a kind…</option>
        {Object.entries(KIND_LABELS).map(([k, l]) => <option key={k} value={k}>{KIND_HINTS[k as keyof typeof KIND_LABELS] ?? l}</option>)}
      </select>
      {fieldError('kind') && <p id={`${id}-kind-error`} className="field-error">{fieldError('kind')}</p>}
      <label htmlFor={`${id}-alignment`}>Alignment</label>
      <select id={`${id}-alignment`} value={alignment} required onChange={(e) => setAlignment(e.target.value)}
        aria-invalid={fieldError('alignmentSlug') ? true : undefined} aria-describedby={fieldError('alignmentSlug') ? `${id}-alignment-error` : undefined}>
        <option value="">Choose an alignment…</option>
        {alignments.map((a) => <option key={a.slug} value={a.slug}>{a.label}</option>)}
      </select>
      {fieldError('alignmentSlug') && <p id={`${id}-alignment-error`} className="field-error">{fieldError('alignmentSlug')}</p>}
      {existing && (
        <div role="alert">
          <p>{failed!.message}</p>
          <button type="button" className="button" onClick={() => use(existing)}>Use “<span dir="auto">{existing.sourceName}</span>”</button>
        </div>
      )}
      {similar && (
        <div role="alert">
          <p><strong>Did you mean …?</strong> Similar sources are already recorded:</p>
          <ul>
            {similar.map((c) => (
              <li key={c.id}>
                <button type="button" className="button button-secondary" onClick={() => use(c)}>
                  Use “<span dir="auto">{c.sourceName}</span>”{c.matchedName !== c.sourceName && <> (matched: <span dir="auto">{c.matchedName}</span>)</>}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => create(true)} disabled={creation.pending}>
            Create “<span dir="auto">{name}</span>” anyway
          </button>
        </div>
      )}
      <p>
        {!similar && (
          <button type="button" className="button" onClick={() => create(false)} disabled={creation.pending}>{creation.pending ? 'Saving…' : 'Create source'}</button>
        )}{' '}
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>Cancel</button>
      </p>
      {otherError && <p className="field-error" role="alert">{otherError}</p>}
    </fieldset>
  );
}
