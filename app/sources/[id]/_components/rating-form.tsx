'use client';
import { useEffect, useState } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useActionForm } from '@/app/_forms/use-action-form';
import { RELIABILITY_GRADES, RELIABILITY_LABELS } from '@/lib/ratings/admiralty';
import { MIN_RATIONALE_CHARS, RateSourceSchema } from '@/lib/ratings/rating-schemas';
import type { CurrentRating } from '@/lib/sources/source-types';
import { rateSourceAction } from '../actions';

/**
 * A reviewer's grade change. On a conflict the newer rating is shown and what the reviewer typed
 * stays; the form then quotes the newer version, so saving again is a deliberate choice.
 */
export function RatingForm({ sourceId, current }: { sourceId: number; current: CurrentRating }) {
  const form = useActionForm(rateSourceAction, { schema: RateSourceSchema, ids: ['sourceId'] });
  const [grade, setGrade] = useState<string>(current.reliability);
  const [rationale, setRationale] = useState('');
  const { state } = form;
  const newer = form.conflict as CurrentRating | null;
  const version = Math.max(current.version, newer?.version ?? 0, state?.ok ? state.data.version : 0);

  useEffect(() => {
    if (state?.ok) setRationale('');
  }, [state]);

  const status = newer ? null : statusOf(state, (saved) => `Saved: grade ${saved.reliability} (revision ${saved.version}).`);

  return (
    <form onSubmit={form.onSubmit} className="form-stack" aria-labelledby="rating-form-title" noValidate>
      <h3 id="rating-form-title">Change the reliability grade</h3>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="version" value={version} />
      {newer ? (
        <ConflictNotice key={newer.version} title="Someone else changed this rating">
          <p>
            It is now <strong>{newer.reliability}</strong> ({RELIABILITY_LABELS[newer.reliability]})
            {newer.author ? <> by <span dir="auto">{newer.author}</span></> : null}
            {newer.at ? <> on {new Date(newer.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</> : null}.
          </p>
          {newer.rationale ? <blockquote dir="auto">{newer.rationale}</blockquote> : null}
          <p>Your text is kept below. Save again to add your grade after theirs.</p>
        </ConflictNotice>
      ) : null}
      <FormKit errors={form.errors}>
        <FormField id="rating-grade" label="Grade (Admiralty scale)" name="reliability">
          {(control) => (
            <select {...control} name="reliability" value={grade} onChange={(e) => setGrade(e.target.value)}>
              {RELIABILITY_GRADES.map((g) => <option key={g} value={g}>{g} — {RELIABILITY_LABELS[g]}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="rating-rationale" label="Rationale" name="rationale"
          hint="At least a sentence: why this grade, on what evidence. It is kept in the history with your name.">
          {(control) => (
            <textarea {...control} name="rationale" dir="auto" required minLength={MIN_RATIONALE_CHARS} value={rationale}
              onChange={(e) => setRationale(e.target.value)} />
          )}
        </FormField>
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={status} />
      <div><SubmitButton pending={form.pending} label="Save grade" /></div>
    </form>
  );
}
