'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import type { EventStateAnswer } from '@/lib/events/event-answers';
import { RestoreEventSchema } from '@/lib/events/event-schemas';

/** An editor brings a deleted event back; claims moved away when it was deleted stay moved. */
export function RestoreEventForm({ eventId, version }: { eventId: number; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const submit = useJsonForm<EventStateAnswer>();
  const restore = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.send({ method: 'POST', url: `/api/v1/events/${eventId}/restore`, schema: RestoreEventSchema, body: { reason, version } })) router.refresh();
  };
  return (
    <form onSubmit={restore} className="inline-form" aria-label="Restore event" noValidate>
      <FormKit errors={submit.errors}>
        <FormField id="restore-reason" label="Reason (optional)" labelClassName="small" name="reason" className="inline-form">
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </FormField>
      </FormKit>
      <SubmitButton pending={submit.pending} label="Restore event" pendingLabel="Restoring…" />
      <FormStatus state={statusOf(submit.state, () => 'Restored.')} />
    </form>
  );
}
