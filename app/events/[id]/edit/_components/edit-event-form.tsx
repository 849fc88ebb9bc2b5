'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import type { EventStateAnswer } from '@/lib/events/event-answers';
import { EditEventSchema } from '@/lib/events/event-schemas';
import { PlacePrecision } from '@/lib/generated/prisma/enums';

export type EditableEvent = {
  id: number; version: number; title: string; summary: string; startsAt: string; endsAt: string;
  placeName: string; latitude: string; longitude: string; placePrecision: string;
  /** '' for none. */
  conflictId: string;
};

const coordinate = (v: string) => (v.trim() === '' ? null : Number(v));

/**
 * Edits quote the version they were read at; when someone saved first, their version is shown
 * and what the reviewer typed stays, so saving again is a deliberate overwrite.
 */
export function EditEventForm({ event, conflicts }: { event: EditableEvent; conflicts: { id: number; name: string }[] }) {
  const router = useRouter();
  const [form, setForm] = useState(event);
  const [reason, setReason] = useState('');
  const submit = useJsonForm<EventStateAnswer>();
  const newer = submit.conflict as EventStateAnswer | null;
  const set = (p: Partial<EditableEvent>) => setForm({ ...form, ...p });
  useEffect(() => {
    if (newer) setForm((f) => ({ ...f, version: newer.version }));
  }, [newer]);

  // Only what changed is sent: an untouched field is not rewritten under someone else's edit.
  const changed = () => {
    const body: Record<string, unknown> = {};
    const text = (k: 'title' | 'summary' | 'placeName') => { if (form[k] !== event[k]) body[k] = form[k]; };
    text('title'); text('summary'); text('placeName');
    for (const k of ['startsAt', 'endsAt'] as const) if (form[k] !== event[k]) body[k] = form[k] || null;
    for (const k of ['latitude', 'longitude'] as const) if (form[k] !== event[k]) body[k] = coordinate(form[k]);
    if (form.placePrecision !== event.placePrecision) body.placePrecision = form.placePrecision || null;
    if (form.conflictId !== event.conflictId) body.conflictId = form.conflictId ? Number(form.conflictId) : null;
    return body;
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await submit.send({
      method: 'PATCH', url: `/api/v1/events/${event.id}`, schema: EditEventSchema,
      body: { ...changed(), reason, version: form.version },
    });
    if (saved) {
      router.push(`/events/${event.id}`);
      router.refresh();
    }
  };

  const input = (id: string, label: string, key: keyof EditableEvent, type = 'text', extra: Record<string, unknown> = {}) => (
    <FormField id={id} label={label} name={key}>
      {(control) => <input {...control} {...extra} type={type} dir={type === 'text' ? 'auto' : undefined} value={String(form[key])} onChange={(e) => set({ [key]: e.target.value })} />}
    </FormField>
  );

  return (
    <form onSubmit={save} className="form-stack" aria-label="Edit event" noValidate>
      {newer && (
        <ConflictNotice key={newer.version} title="Someone else changed this event">
          <p>Their version ({newer.version}) is titled:</p>
          <blockquote dir="auto">{newer.title}</blockquote>
          <p>Your changes are kept below. Save again to replace theirs with yours.</p>
        </ConflictNotice>
      )}
      <FormKit errors={submit.errors}>
        {input('event-title', 'Title', 'title', 'text', { maxLength: 300 })}
        <FormField id="event-summary" label="Summary" name="summary">
          {(control) => <textarea {...control} dir="auto" value={form.summary} onChange={(e) => set({ summary: e.target.value })} maxLength={4000} />}
        </FormField>
        {input('event-starts', 'Starts', 'startsAt', 'date')}
        {input('event-ends', 'Ends', 'endsAt', 'date')}
        {input('event-place', 'Place', 'placeName', 'text', { maxLength: 300 })}
        {input('event-latitude', 'Latitude', 'latitude', 'number', { step: 'any', min: -90, max: 90, inputMode: 'decimal' })}
        {input('event-longitude', 'Longitude', 'longitude', 'number', { step: 'any', min: -180, max: 180, inputMode: 'decimal' })}
        <FormField id="event-place-precision" label="How precise the place is" name="placePrecision">
          {(control) => (
            <select {...control} value={form.placePrecision} onChange={(e) => set({ placePrecision: e.target.value })}>
              <option value="">Not given</option>
              {Object.values(PlacePrecision).map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="event-conflict" label="Conflict (its sources show their alignment in it)" name="conflictId">
          {(control) => (
            <select {...control} value={form.conflictId} onChange={(e) => set({ conflictId: e.target.value })}>
              <option value="">None</option>
              {conflicts.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="event-reason" label="Why this change (kept in the history)" name="reason">
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </FormField>
        <ErrorSummary message={submit.state && !submit.state.ok ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={newer ? null : statusOf(submit.state, () => 'Saved.')} />
      <div><SubmitButton pending={submit.pending} label="Save changes" /></div>
    </form>
  );
}
