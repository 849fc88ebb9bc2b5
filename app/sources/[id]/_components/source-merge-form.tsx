'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { sendJson } from '@/app/_forms/json-fetch';
import { SourcePicker, type PickedSource } from '@/app/_forms/source-picker';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { MergeSourcesSchema } from '@/lib/sources/source-schemas';
import { MIN_RATIONALE_CHARS } from '@/lib/ratings/rating-schemas';
import { MergePreview, type MergeSide } from './merge-preview';

type Direction = 'into-this' | 'this-into';

const TEXT = {
  'into-this': { title: 'Merge a duplicate into this source', picker: 'Duplicate record to merge into this one' },
  'this-into': { title: 'Merge this source into…', picker: 'Source to keep (this record is merged into it)' },
} as const;

/**
 * An editor folds a duplicate record into the source that stays, from either record's page:
 * pick the other record, read what will move (with counts), choose whose grade stands and say
 * why, then merge. The server does it in one transaction and refuses a stale version.
 */
export function SourceMergeForm({ sourceId, direction, alignments }: { sourceId: number; direction: Direction; alignments: { slug: string; label: string }[] }) {
  const router = useRouter();
  const prefix = `merge-${direction}`;
  const [other, setOther] = useState<PickedSource | null>(null);
  const [sides, setSides] = useState<{ kept: MergeSide; merged: MergeSide } | null>(null);
  const [keepRating, setKeepRating] = useState<'kept' | 'merged' | ''>('');
  const [ratingRationale, setRatingRationale] = useState('');
  const [reason, setReason] = useState('');
  const submit = useJsonForm<{ kept: { id: number } }>();

  useEffect(() => {
    setSides(null);
    if (!other || other.id === sourceId) return;
    const [keptId, mergedId] = direction === 'into-this' ? [sourceId, other.id] : [other.id, sourceId];
    let live = true;
    void Promise.all([keptId, mergedId].map((id) => sendJson<MergeSide>('GET', `/api/v1/sources/${id}`))).then(([k, m]) => {
      if (live && k.ok && m.ok) setSides({ kept: k.data, merged: m.data });
    });
    return () => { live = false; };
  }, [other, sourceId, direction]);

  const go = async (e: FormEvent) => {
    e.preventDefault();
    const keptId = sides?.kept.id ?? (direction === 'into-this' ? sourceId : other?.id ?? sourceId);
    const mergeId = sides?.merged.id ?? (direction === 'into-this' ? other?.id : sourceId);
    const done = await submit.send({
      method: 'POST', url: `/api/v1/sources/${keptId}/merge`, schema: MergeSourcesSchema,
      body: { mergeId, reason, version: sides?.kept.version, keepRating: keepRating || undefined, ratingRationale },
      explain: (fields) => (fields.version && !sides ? { ...fields, mergeId: ['Choose the other source.'] } : fields),
    });
    if (!done) return;
    if (done.data.kept.id === sourceId) router.refresh();
    else router.push(`/sources/${done.data.kept.id}`);
  };

  const text = TEXT[direction];
  return (
    <form onSubmit={go} className="form-stack" aria-labelledby={`${prefix}-title`} noValidate>
      <h3 id={`${prefix}-title`}>{text.title}</h3>
      <FormKit errors={submit.errors}>
        <SourcePicker label={text.picker} idPrefix={prefix} value={other} onChange={setOther} alignments={alignments} name="mergeId" />
        {other?.id === sourceId && <p className="form-status form-fail" role="status">A source cannot be merged into itself.</p>}
        {sides && <MergePreview kept={sides.kept} merged={sides.merged} />}
        <FormField id={`${prefix}-rating`} label="Which rating stands" name="keepRating" group>
          {() => (
            <>
              <label>
                <input type="radio" name={`${prefix}-keep-rating`} value="kept" checked={keepRating === 'kept'} onChange={() => setKeepRating('kept')} />
                {' '}The kept source’s grade{sides ? ` (${sides.kept.rating.reliability})` : ''}
              </label>
              <label>
                <input type="radio" name={`${prefix}-keep-rating`} value="merged" checked={keepRating === 'merged'} onChange={() => setKeepRating('merged')} />
                {' '}The duplicate’s grade{sides ? ` (${sides.merged.rating.reliability})` : ''}
              </label>
            </>
          )}
        </FormField>
        <FormField id={`${prefix}-rating-rationale`} label="Why this grade stands" name="ratingRationale"
          hint="At least a sentence; it is recorded as a new rating revision with your name.">
          {(control) => <textarea {...control} dir="auto" minLength={MIN_RATIONALE_CHARS} value={ratingRationale} onChange={(e) => setRatingRationale(e.target.value)} />}
        </FormField>
        <FormField id={`${prefix}-reason`} label="Why these are the same source" name="reason">
          {(control) => <textarea {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok && Object.keys(submit.state.fields ?? {}).length ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Merged.')} />
      <div><SubmitButton pending={submit.pending} disabled={!sides} label="Merge sources" pendingLabel="Merging…" /></div>
    </form>
  );
}
