'use client';
import { FormField } from '@/app/_forms/field';
import type { EventChoice } from './capture-payload';
import { Input } from './claim-fields';

export type { EventChoice } from './capture-payload';
export { eventPayload } from './capture-payload';

/** Pick the contested event the claim belongs to, or create it in the same save. */
export function EventFields({ events, conflicts = [], value, set }: {
  events: { id: number; title: string }[];
  conflicts?: { id: number; name: string }[];
  value: EventChoice;
  set: (v: EventChoice) => void;
}) {
  const selected = value.mode === 'new' ? 'new' : value.mode === 'existing' ? value.eventId : '';
  return (
    <fieldset className="plain">
      <legend className="field-label">Event</legend>
      <FormField id="claim-event" label="Belongs to event" name="eventId">
        {(control) => (
          <select {...control} value={selected} onChange={(e) => {
            const v = e.target.value;
            set(v === '' ? { ...value, mode: 'none' } : v === 'new' ? { ...value, mode: 'new' } : { ...value, mode: 'existing', eventId: v });
          }}>
            <option value="">No event</option>
            {events.map((ev) => <option key={ev.id} value={ev.id}>{ev.title}</option>)}
            <option value="new">New event…</option>
          </select>
        )}
      </FormField>
      {value.mode === 'new' && (
        <div className="row-grid">
          <Input id="new-event-title" label="New event title" value={value.title} onChange={(title) => set({ ...value, title })} name="newEvent.title" />
          <Input id="new-event-starts" label="Event date" type="date" value={value.startsAt} onChange={(startsAt) => set({ ...value, startsAt })} name="newEvent.startsAt" />
          {conflicts.length > 0 && (
            <FormField id="new-event-conflict" label="Conflict" name="newEvent.conflictId">
              {(control) => (
                <select {...control} value={value.conflictId ?? ''} onChange={(e) => set({ ...value, conflictId: e.target.value })}>
                  <option value="">None</option>
                  {conflicts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              )}
            </FormField>
          )}
        </div>
      )}
    </fieldset>
  );
}
