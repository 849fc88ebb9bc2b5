'use client';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { describedBy, FieldError, FormStatus } from '@/app/_forms/field-error';
import { GRADE_LABELS, MIN_RATIONALE_CHARS } from '@/lib/ratings/rating-schemas';
import type { CurrentRating } from '@/lib/sources/source-types';
import { rateSourceAction } from '../actions';
import '@/app/_forms/forms.css';

const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * A reviewer's grade change. On a conflict the newer rating is shown and what the reviewer typed
 * stays; the form then quotes the newer version, so saving again is a deliberate choice.
 */
export function RatingForm({ sourceId, current }: { sourceId: number; current: CurrentRating }) {
  const [state, formAction, pending] = useActionState(rateSourceAction, null);
  const [grade, setGrade] = useState<string>(current.reliability);
  const [rationale, setRationale] = useState('');
  const newer = state && !state.ok && state.code === 'conflict' ? (state.current as CurrentRating) : null;
  const version = Math.max(current.version, newer?.version ?? 0, state?.ok ? state.data.version : 0);
  const fields = state && !state.ok ? state.fields : undefined;

  // Submitted by hand: a form `action` resets the fields afterwards, and on a conflict the
  // reviewer's grade and text must stay exactly as chosen.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };

  useEffect(() => {
    if (state?.ok) setRationale('');
  }, [state]);

  const status = state?.ok
    ? { ok: true, message: `Saved: grade ${state.data.reliability} (revision ${state.data.version}).` }
    : state && !newer
      ? { ok: false, message: state.message }
      : null;

  return (
    <form onSubmit={submit} className="form-stack" aria-labelledby="rating-form-title">
      <h3 id="rating-form-title">Change the reliability grade</h3>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="version" value={version} />
      {newer ? (
        <div className="conflict-box" role="alert">
          <h3>Someone else changed this rating</h3>
          <p>
            It is now <strong>{newer.reliability}</strong> ({GRADE_LABELS[newer.reliability]})
            {newer.author ? <> by <span dir="auto">{newer.author}</span></> : null}
            {newer.at ? <> on {new Date(newer.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</> : null}.
          </p>
          {newer.rationale ? <blockquote dir="auto">{newer.rationale}</blockquote> : null}
          <p>Your text is kept below. Save again to add your grade after theirs.</p>
        </div>
      ) : null}
      <div>
        <label htmlFor="rating-grade">Grade (Admiralty scale)</label>
        <select
          id="rating-grade"
          name="reliability"
          value={grade}
          onChange={(e) => setGrade(e.target.value)}
          aria-invalid={fields?.reliability ? true : undefined}
          aria-describedby={describedBy('rating-grade-error', fields?.reliability)}
        >
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g} — {GRADE_LABELS[g]}
            </option>
          ))}
        </select>
        <FieldError id="rating-grade-error" messages={fields?.reliability} />
      </div>
      <div>
        <label htmlFor="rating-rationale">Rationale</label>
        <textarea
          id="rating-rationale"
          name="rationale"
          dir="auto"
          required
          minLength={MIN_RATIONALE_CHARS}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          aria-invalid={fields?.rationale ? true : undefined}
          aria-describedby={['rating-rationale-hint', describedBy('rating-rationale-error', fields?.rationale)].filter(Boolean).join(' ')}
        />
        <p id="rating-rationale-hint" className="field-hint">
          At least a sentence: why this grade, on what evidence. It is kept in the history with your name.
        </p>
        <FieldError id="rating-rationale-error" messages={fields?.rationale} />
      </div>
      <FormStatus state={status} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save grade'}
        </button>
      </div>
    </form>
  );
}
