'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import { RemoveConflictAlignmentSchema, SetConflictAlignmentSchema } from '@/lib/conflicts/conflict-schemas';

type Option = { value: string; label: string };

/**
 * Sets the source's alignment in one conflict (a new one, or a change), with the reason kept in
 * its history. The version of the alignment shown is sent, so a change someone made meanwhile
 * is a conflict, not an overwrite.
 */
export function SetConflictAlignmentForm({ sourceId, conflicts, alignments, versions }: {
  sourceId: number; conflicts: Option[]; alignments: Option[]; versions: Record<string, number>;
}) {
  const router = useRouter();
  const [conflictId, setConflictId] = useState('');
  const [alignmentSlug, setAlignmentSlug] = useState('');
  const [reason, setReason] = useState('');
  const submit = useJsonForm<{ version: number }>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const version = versions[conflictId];
    const done = await submit.send({
      method: 'PUT', url: `/api/v1/sources/${sourceId}/conflict-alignments/${conflictId || 0}`, schema: SetConflictAlignmentSchema,
      body: { alignmentSlug, reason, ...(version ? { version } : {}) },
    });
    if (done) {
      setReason('');
      router.refresh();
    }
  };
  return (
    <form onSubmit={save} className="form-stack" aria-label="Set alignment in a conflict" noValidate>
      <FormKit errors={submit.errors}>
        <FormField id="conflict-alignment-conflict" label="Conflict" name="conflictId">
          {(control) => (
            <select {...control} value={conflictId} onChange={(e) => setConflictId(e.target.value)} required>
              <option value="">Choose a conflict</option>
              {conflicts.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="conflict-alignment-slug" label="Alignment in that conflict" name="alignmentSlug">
          {(control) => (
            <select {...control} value={alignmentSlug} onChange={(e) => setAlignmentSlug(e.target.value)} required>
              <option value="">Choose an alignment</option>
              {alignments.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="conflict-alignment-reason" label="Why (kept in its history)" name="reason">
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} required />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok && Object.keys(submit.state.fields ?? {}).length ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Saved.')} />
      <div><SubmitButton pending={submit.pending} label="Set alignment in conflict" pendingLabel="Saving…" /></div>
    </form>
  );
}

/** Puts the source back to its default alignment in one conflict, with a reason. */
export function RemoveConflictAlignmentForm({ sourceId, conflict, version }: { sourceId: number; conflict: { id: number; name: string }; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const submit = useJsonForm<unknown>();
  const remove = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submit.send({
      method: 'DELETE', url: `/api/v1/sources/${sourceId}/conflict-alignments/${conflict.id}`, schema: RemoveConflictAlignmentSchema,
      body: { reason, version },
    });
    if (done) router.refresh();
  };
  const id = `remove-conflict-alignment-${conflict.id}`;
  return (
    <form onSubmit={remove} className="form-stack" aria-label={`Back to the default alignment in ${conflict.name}`} noValidate>
      <FormKit errors={submit.errors}>
        <FormField id={`${id}-reason`} label={`Why its default alignment applies in ${conflict.name} again`} name="reason">
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} required />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok && Object.keys(submit.state.fields ?? {}).length ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Removed.')} />
      <div><SubmitButton pending={submit.pending} label="Use the default alignment here" pendingLabel="Removing…" className="button button-secondary" /></div>
    </form>
  );
}
