'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { CreateSourceSchema } from '@/lib/sources/source-schemas';
import { FormField } from './field';
import { sendJson } from './json-fetch';
import { useJsonForm } from './use-json-form';
import './capture.css';

export type PickedSource = { id: number; name: string; alignment?: { label: string; color: string } };
type Alignment = { slug: string; label: string };

const KINDS = [
  ['unnamed_group', 'Unnamed group (e.g. “pro-militant sources”)'], ['outlet', 'Outlet'], ['official', 'Official or spokesperson'],
  ['government', 'Government'], ['armed_group', 'Armed group'], ['intergovernmental_body', 'Intergovernmental body'],
  ['monitor', 'Monitoring group'], ['social_account', 'Social-media account'], ['other', 'Other'],
] as const;

/**
 * Search-as-you-type over GET /api/v1/sources?q=, as an ARIA combobox (arrows, Enter, Escape),
 * with "create" for a source not yet recorded — an unnamed group needs only a name and an
 * alignment. Creating goes through POST /api/v1/sources, so it is audited like any source.
 */
export function SourcePicker({ label, value, onChange, alignments, name, idPrefix }: {
  label: string;
  value: PickedSource | null;
  onChange: (source: PickedSource | null) => void;
  alignments: Alignment[];
  /** The keys the enclosing form's errors for this choice come under. */
  name?: string | readonly string[];
  idPrefix: string;
}) {
  const id = `${idPrefix}-${useId().replace(/:/g, '')}`;
  const [query, setQuery] = useState(value?.name ?? '');
  const [options, setOptions] = useState<PickedSource[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loadedFor, setLoadedFor] = useState('');
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState('unnamed_group');
  const [alignment, setAlignment] = useState(alignments[0]?.slug ?? '');
  const creation = useJsonForm<PickedSource>();
  const seq = useRef(0);

  useEffect(() => setQuery(value?.name ?? ''), [value]);

  useEffect(() => {
    const q = query.trim();
    if (!open || q === '' || q === value?.name) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const res = await sendJson<{ items: PickedSource[] }>('GET', `/api/v1/sources?limit=8&q=${encodeURIComponent(q)}`);
      if (mine === seq.current && res.ok) {
        setOptions(res.data.items);
        setActive(0);
        setLoadedFor(q);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open, value]);

  // Until the answer for what was typed arrives, Enter waits: it must not pick a stale match or "create".
  const ready = loadedFor === query.trim();
  const choices = ready ? [...options.map((o) => ({ kind: 'source' as const, source: o })), ...(query.trim() ? [{ kind: 'create' as const }] : [])] : [];
  const choose = (i: number) => {
    const c = choices[i];
    if (!c) return;
    setOpen(false);
    if (c.kind === 'source') onChange(c.source);
    else setCreating(true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, choices.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter') { e.preventDefault(); if (open && choices.length) choose(active); }
    else if (e.key === 'Escape') setOpen(false);
  };
  // A form of its own inside the enclosing one, so its errors are its own too.
  const create = async () => {
    const body = { name: query.trim(), kind, alignmentSlug: alignment };
    const created = await creation.send({ method: 'POST', url: '/api/v1/sources', body, schema: CreateSourceSchema });
    if (!created) return;
    setCreating(false);
    onChange({ id: created.data.id, name: created.data.name });
  };
  const failed = creation.state && !creation.state.ok ? creation.state : null;
  const createError = failed ? [...new Set(Object.values(failed.fields ?? {}).flat())].join(' ') || failed.message : null;

  const listId = `${id}-list`;
  return (
    <FormField id={id} label={label} name={name} className="source-picker">
      {(control) => (<>
      <input
        {...control} type="text" role="combobox" dir="auto" autoComplete="off" value={query}
        aria-expanded={open && choices.length > 0} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={open && choices[active] ? `${listId}-${active}` : undefined}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); if (value) onChange(null); }}
        onKeyDown={onKeyDown} onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && choices.length > 0 && (
        <ul id={listId} role="listbox" className="picker-options" aria-label={`${label}: suggestions`}>
          {choices.map((c, i) => (
            <li key={c.kind === 'source' ? c.source.id : 'create'} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : undefined} onMouseDown={(e) => { e.preventDefault(); choose(i); }}>
              {c.kind === 'source' ? <span dir="auto">{c.source.name}</span> : <>Create “<span dir="auto">{query.trim()}</span>” as a new source…</>}
            </li>
          ))}
        </ul>
      )}
      {value && <p className="field-hint">Chosen: <strong dir="auto">{value.name}</strong> (#{value.id})</p>}
      {creating && (
        <fieldset className="panel">
          <legend>New source “<span dir="auto">{query.trim()}</span>”</legend>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
          <label htmlFor={`${id}-alignment`}>Alignment</label>
          <select id={`${id}-alignment`} value={alignment} onChange={(e) => setAlignment(e.target.value)}>
            {alignments.map((a) => <option key={a.slug} value={a.slug}>{a.label}</option>)}
          </select>
          <p>
            <button type="button" className="button" onClick={create} disabled={creation.pending}>{creation.pending ? 'Saving…' : 'Create source'}</button>{' '}
            <button type="button" className="button button-secondary" onClick={() => setCreating(false)}>Cancel</button>
          </p>
          {createError && <p className="field-error" role="alert">{createError}</p>}
        </fieldset>
      )}
      </>)}
    </FormField>
  );
}
