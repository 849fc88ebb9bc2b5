'use client';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { describedBy, FieldError, FormStatus } from '@/app/_forms/field-error';
import { DISPUTE_LABELS, DISPUTES } from '@/lib/relations/relation-schemas';
import { linkClaimAction } from '../relation-actions';
import '@/app/_forms/forms.css';

type Match = { id: number; text: string; credibility: number; isContested: boolean };

const TYPE_CHOICES = [
  { value: 'contradicts', label: 'Contradicts' },
  { value: 'supports', label: 'Supports' },
  { value: 'supported_by', label: 'Is supported by' },
  { value: 'same_as', label: 'Is the same claim as (duplicate)' },
] as const;

/** Searches the other claim as the reviewer types (debounced), then links the two. */
function useClaimSearch(query: string, excludeId: number) {
  const [matches, setMatches] = useState<Match[]>([]);
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setMatches([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const res = await fetch(`/api/v1/claims?${new URLSearchParams({ q, limit: '8' })}`, { signal: abort.signal });
        const body = (await res.json()) as { items?: Match[] };
        setMatches((body.items ?? []).filter((m) => m.id !== excludeId));
      } catch {
        // A newer keystroke aborted this search; its own result will arrive.
      } finally {
        if (!abort.signal.aborted) setSearching(false);
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, excludeId]);
  return { matches, searching };
}

export function RelationsLinkForm({ claimId }: { claimId: number }) {
  const [state, formAction, pending] = useActionState(linkClaimAction, null);
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<string>('contradicts');
  const [target, setTarget] = useState<string>('');
  const form = useRef<HTMLFormElement>(null);
  const { matches, searching } = useClaimSearch(query, claimId);
  const fields = state && !state.ok ? state.fields : undefined;

  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      setQuery('');
      setTarget('');
      setChoice('contradicts');
    }
  }, [state]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const picked = data.get('relationChoice');
    data.delete('relationChoice');
    data.set('type', picked === 'supported_by' ? 'supports' : String(picked));
    if (picked === 'supports' || picked === 'supported_by') data.set('direction', String(picked));
    startTransition(() => formAction(data));
  };

  const status = state?.ok
    ? { ok: true, message: `Linked: relation #${state.data.id} saved.` }
    : state
      ? { ok: false, message: state.message }
      : null;

  return (
    <form ref={form} onSubmit={submit} className="form-stack" aria-labelledby="link-claim-title">
      <h3 id="link-claim-title">Link a claim</h3>
      <input type="hidden" name="claimId" value={claimId} />
      <div>
        <label htmlFor="link-search">Find the other claim</label>
        <input
          id="link-search"
          type="search"
          dir="auto"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby="link-search-hint"
        />
        <p id="link-search-hint" className="field-hint" aria-live="polite">
          {searching ? 'Searching…' : query.trim().length >= 2 ? `${matches.length} matching claims` : 'Type two or more letters.'}
        </p>
      </div>
      <fieldset className="plain" aria-describedby={describedBy('link-target-error', fields?.targetClaimId)}>
        <legend className="field-label">Matching claims</legend>
        {matches.map((m) => (
          <label key={m.id} className="choice-row">
            <input
              type="radio"
              name="targetClaimId"
              value={m.id}
              checked={target === String(m.id)}
              onChange={() => setTarget(String(m.id))}
            />{' '}
            <span className="card-num">#{m.id}</span> <span dir="auto">{m.text}</span>
          </label>
        ))}
        <FieldError id="link-target-error" messages={fields?.targetClaimId} />
      </fieldset>
      <div>
        <label htmlFor="link-type">This claim…</label>
        <select id="link-type" name="relationChoice" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {TYPE_CHOICES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <FieldError id="link-type-error" messages={fields?.type} />
      </div>
      {choice === 'contradicts' && (
        <fieldset className="plain">
          <legend className="field-label">What do the accounts disagree on?</legend>
          {DISPUTES.map((d) => (
            <label key={d} className="choice-row">
              <input type="checkbox" name="disputes" value={d} /> {DISPUTE_LABELS[d]}
            </label>
          ))}
          <FieldError id="link-disputes-error" messages={fields?.disputes} />
        </fieldset>
      )}
      <div>
        <label htmlFor="link-note">Note (optional)</label>
        <textarea id="link-note" name="note" dir="auto" maxLength={2000} />
        <FieldError id="link-note-error" messages={fields?.note} />
      </div>
      <FormStatus state={status} />
      <div>
        <button type="submit" className="button" disabled={pending || target === ''}>
          {pending ? 'Linking…' : 'Link claims'}
        </button>
      </div>
    </form>
  );
}
