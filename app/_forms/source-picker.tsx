'use client';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { KIND_LABELS } from '@/lib/sources/source-kind-labels';
import { identifierLabel, type SourceIdentifier } from '@/lib/sources/source-identifiers';
import { FormField } from './field';
import { sendJson } from './json-fetch';
import { NewSourceForm } from './new-source-form';
import './capture.css';

export type PickedSource = { id: number; name: string; alignment?: { label: string; color: string } };
type Alignment = { slug: string; label: string };
type Found = PickedSource & {
  kind: keyof typeof KIND_LABELS;
  country: string | null;
  alignment: { label: string; color: string };
  claimCount: number;
  matched: { name: string; kind: 'name' | 'alias' | 'identifier'; score: number } | null;
  identifiers?: SourceIdentifier[];
};

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Search-as-you-type over GET /api/v1/sources?q= (any spelling of any name or alias), as an ARIA
 * combobox. No suggestion is chosen until the user moves to one with the arrows; Enter picks only
 * that one. Creating is never what the arrows or Enter do: it is a separate button below the
 * suggestions ("Did you mean …?" when none matches exactly), and the new source's form starts
 * with no kind and no alignment. Creating goes through POST /api/v1/sources, audited like any.
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
  const [options, setOptions] = useState<Found[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loadedFor, setLoadedFor] = useState('');
  const [creating, setCreating] = useState(false);
  const seq = useRef(0);

  useEffect(() => setQuery(value?.name ?? ''), [value]);

  useEffect(() => {
    const q = query.trim();
    if (!open || q === '' || q === value?.name) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const res = await sendJson<{ items: Found[] }>('GET', `/api/v1/sources?limit=8&q=${encodeURIComponent(q)}`);
      if (mine === seq.current && res.ok) {
        setOptions(res.data.items);
        setActive(-1);
        setLoadedFor(q);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open, value]);

  const typed = query.trim();
  // Until the answer for what was typed arrives, nothing is offered: Enter must not pick a stale match.
  const ready = typed !== '' && loadedFor === typed;
  const shown = open && ready;
  const exact = options.some((o) => fold(o.matched?.name ?? o.name) === fold(typed));
  const choose = (source: PickedSource) => {
    setOpen(false);
    setActive(-1);
    onChange({ id: source.id, name: source.name, alignment: source.alignment });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === 'Enter') {
      // Enter picks the suggestion the user moved to, and nothing else (never "create", never submit).
      e.preventDefault();
      if (shown && options[active]) choose(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };
  // Focus moving to the create button keeps the suggestions open; leaving the picker closes them.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  };

  const listId = `${id}-list`;
  const headingId = `${id}-heading`;
  return (
    <FormField id={id} label={label} name={name} className="source-picker">
      {(control) => (<>
      <div onBlur={onBlur}>
        <input
          {...control} type="text" role="combobox" dir="auto" autoComplete="off" value={query}
          aria-expanded={shown && options.length > 0} aria-controls={listId} aria-autocomplete="list"
          aria-activedescendant={shown && options[active] ? `${listId}-${active}` : undefined}
          onChange={(e) => { setQuery(e.target.value); setOpen(true); setCreating(false); if (value) onChange(null); }}
          onKeyDown={onKeyDown}
        />
        {shown && (
          <div className="picker-options">
            {options.length > 0 && (
              <p id={headingId} className="small muted" style={{ margin: '0.35rem 0.55rem' }}>{exact ? 'Matching sources' : `Did you mean …?`}</p>
            )}
            <ul id={listId} role="listbox" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-labelledby={options.length ? headingId : undefined} aria-label={options.length ? undefined : `${label}: suggestions`}>
              {options.map((o, i) => (
                <li key={o.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} aria-label={o.name}
                  aria-describedby={`${listId}-${i}-about`} className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => { e.preventDefault(); choose(o); }}>
                  <strong dir="auto">{o.name}</strong>
                  {o.matched && o.matched.name !== o.name && <> <span dir="auto">(matched: {o.matched.name})</span></>}
                  <span id={`${listId}-${i}-about`} className="small" style={{ display: 'block' }}>
                    {[KIND_LABELS[o.kind], o.country, o.alignment.label, `${o.claimCount} claim${o.claimCount === 1 ? '' : 's'}`, ...(o.identifiers ?? []).slice(0, 2).map(identifierLabel), `#${o.id}`].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
            {options.length === 0 && <p className="small muted" style={{ margin: '0.35rem 0.55rem' }}>No recorded source matches “<span dir="auto">{typed}</span>”.</p>}
            <p style={{ margin: '0.35rem 0.55rem' }}>
              <button type="button" className="button button-secondary" onMouseDown={(e) => e.preventDefault()}
                onClick={() => { setOpen(false); setCreating(true); }}>
                Create “<span dir="auto">{typed}</span>” as a new source…
              </button>
            </p>
          </div>
        )}
      </div>
      {value && <p className="field-hint">Chosen: <strong dir="auto">{value.name}</strong> (#{value.id})</p>}
      {creating && (
        <NewSourceForm id={id} name={typed} alignments={alignments}
          onDone={(source) => { setCreating(false); if (source) onChange(source); }} />
      )}
      </>)}
    </FormField>
  );
}
