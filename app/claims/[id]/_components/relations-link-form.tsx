'use client';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useActionForm } from '@/app/_forms/use-action-form';
import { CreateRelationSchema, DISPUTE_LABELS, DISPUTES } from '@/lib/relations/relation-schemas';
import { linkClaimAction } from '../relation-actions';

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

// The form offers "is supported by" as a fourth choice; the action takes a type and a direction.
function choiceToFields(data: FormData) {
  const picked = data.get('relationChoice');
  data.delete('relationChoice');
  data.set('type', picked === 'supported_by' ? 'supports' : String(picked));
  if (picked === 'supports' || picked === 'supported_by') data.set('direction', String(picked));
}

export function RelationsLinkForm({ claimId }: { claimId: number }) {
  const form = useActionForm(linkClaimAction, { schema: CreateRelationSchema, ids: ['claimId'], prepare: choiceToFields });
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<string>('contradicts');
  const [target, setTarget] = useState<string>('');
  const formRef = useRef<HTMLFormElement>(null);
  const { matches, searching } = useClaimSearch(query, claimId);
  const { state } = form;

  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      setQuery('');
      setTarget('');
      setChoice('contradicts');
    }
  }, [state]);

  return (
    <form ref={formRef} onSubmit={form.onSubmit} className="form-stack" aria-labelledby="link-claim-title" noValidate>
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
      <FormKit errors={form.errors}>
        <FormField id="link-target" label="Matching claims" name="targetClaimId" group>
          {() => matches.map((m) => (
            <label key={m.id} className="choice-row">
              <input type="radio" name="targetClaimId" value={m.id} checked={target === String(m.id)} onChange={() => setTarget(String(m.id))} />{' '}
              <span className="card-num">#{m.id}</span> <span dir="auto">{m.text}</span>
            </label>
          ))}
        </FormField>
        <FormField id="link-type" label="This claim…" name={['type', 'direction']}>
          {(control) => (
            <select {...control} name="relationChoice" value={choice} onChange={(e) => setChoice(e.target.value)}>
              {TYPE_CHOICES.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
            </select>
          )}
        </FormField>
        {choice === 'contradicts' && (
          <FormField id="link-disputes" label="What do the accounts disagree on?" name="disputes" group>
            {() => DISPUTES.map((d) => (
              <label key={d} className="choice-row">
                <input type="checkbox" name="disputes" value={d} /> {DISPUTE_LABELS[d]}
              </label>
            ))}
          </FormField>
        )}
        <FormField id="link-note" label="Note (optional)" name="note">
          {(control) => <textarea {...control} name="note" dir="auto" maxLength={2000} />}
        </FormField>
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(state, (saved) => `Linked: relation #${saved.id} saved.`)} />
      <div>
        <SubmitButton pending={form.pending} label="Link claims" pendingLabel="Linking…" disabled={target === ''} />
      </div>
    </form>
  );
}
