'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { SourceLifecycleSchema } from '@/lib/sources/source-schemas';

/**
 * An editor deletes a source nothing refers to, or restores a deleted one. A source in use is
 * refused by the server with how many claims use it; the message says to merge it instead.
 */
export function SourceLifecycleForm({ sourceId, version, deleted }: { sourceId: number; version: number; deleted: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const submit = useJsonForm<{ deletedAt: string | null }>();
  const go = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submit.send({
      method: deleted ? 'POST' : 'DELETE', url: deleted ? `/api/v1/sources/${sourceId}/restore` : `/api/v1/sources/${sourceId}`,
      schema: SourceLifecycleSchema, body: { reason, version },
    });
    if (done) router.refresh();
  };
  const label = deleted ? 'Restore source' : 'Delete source';
  return (
    <form onSubmit={go} className="form-stack" aria-label={label} noValidate>
      <FormKit errors={submit.errors}>
        <FormField id="source-lifecycle-reason" label="Reason (optional)" name="reason">
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok && Object.keys(submit.state.fields ?? {}).length ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => (deleted ? 'Restored.' : 'Deleted; editors can restore it.'))} />
      <div><SubmitButton pending={submit.pending} label={label} pendingLabel={deleted ? 'Restoring…' : 'Deleting…'} className={deleted ? 'button' : 'button button-secondary'} /></div>
    </form>
  );
}
