'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import type { EventStateAnswer } from '@/lib/events/event-answers';
import { DeleteEventSchema } from '@/lib/events/event-schemas';

/**
 * Deleting an event (editor). Its claims cannot be left pointing at a deleted event, so an
 * event with claims offers the two ways out, done in the same step: move them to another event,
 * or detach them (they keep no event).
 */
export function DeleteEventForm({ eventId, version, claimCount, events }: {
  eventId: number;
  version: number;
  claimCount: number;
  events: { id: number; title: string }[];
}) {
  const router = useRouter();
  const [choice, setChoice] = useState<'move' | 'detach'>('move');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const submit = useJsonForm<EventStateAnswer>();
  const claims = claimCount === 1 ? '1 claim' : `${claimCount} claims`;

  const remove = async (e: FormEvent) => {
    e.preventDefault();
    const where = claimCount === 0 ? {} : choice === 'detach' ? { detachClaims: true } : target ? { moveClaimsTo: Number(target) } : {};
    const done = await submit.send({
      method: 'DELETE', url: `/api/v1/events/${eventId}`, schema: DeleteEventSchema,
      body: { ...where, reason, version },
      explain: (fields) => (fields.moveClaimsTo && !target && choice === 'move' ? { ...fields, moveClaimsTo: ['Choose the event its claims move to.'] } : fields),
    });
    if (done) {
      router.push(`/events/${eventId}`);
      router.refresh();
    }
  };

  return (
    <form onSubmit={remove} className="form-stack" aria-label="Delete event" noValidate>
      <FormKit errors={submit.errors}>
        {claimCount > 0 && (
          <FormField id="delete-claims" label={`What happens to its ${claims}`} name={['moveClaimsTo', 'detachClaims']} group>
            {() => (
              <div className="form-stack">
                <label><input type="radio" name="claims-choice" value="move" checked={choice === 'move'} onChange={() => setChoice('move')} /> Move them to another event</label>
                <label><input type="radio" name="claims-choice" value="detach" checked={choice === 'detach'} onChange={() => setChoice('detach')} /> Detach them (they keep no event)</label>
              </div>
            )}
          </FormField>
        )}
        {claimCount > 0 && choice === 'move' && (
          <FormField id="delete-target" label="Move the claims to" name="moveClaimsTo">
            {(control) => (
              <select {...control} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">Choose an event…</option>
                {events.filter((ev) => ev.id !== eventId).map((ev) => <option key={ev.id} value={ev.id}>{ev.title}</option>)}
              </select>
            )}
          </FormField>
        )}
        <FormField id="delete-reason" label="Reason (kept in the history)" name="reason">
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(submit.state, () => 'Deleted; editors can restore it.')} />
      <div><SubmitButton pending={submit.pending} label="Delete event" pendingLabel="Deleting…" className="button button-secondary" /></div>
    </form>
  );
}
