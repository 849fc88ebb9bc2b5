'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { sendJson } from '@/app/_forms/json-fetch';
import { FormStatus } from '@/app/_forms/field-error';
import type { ClaimSnapshot } from '@/lib/claims/claim-history';
import { FactsFields, factsPayload, Input, type Facts } from '@/app/claims/new/_components/claim-fields';
import '@/app/_forms/forms.css';

export type EditableClaim = {
  id: number; version: number; text: string; language: string; originalText: string; originalLanguage: string;
  eventId: string; facts: Facts;
};

/**
 * Edits quote the version they were read at. When someone saved first, their version is shown
 * beside the reviewer's typed text, which stays; saving again is then a deliberate overwrite.
 */
export function EditClaimForm({ claim, events }: { claim: EditableClaim; events: { id: number; title: string }[] }) {
  const router = useRouter();
  const [form, setForm] = useState(claim);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [newer, setNewer] = useState<ClaimSnapshot | null>(null);
  const [pending, setPending] = useState(false);
  const set = (p: Partial<EditableClaim>) => setForm({ ...form, ...p });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    const res = await sendJson<ClaimSnapshot>('PATCH', `/api/v1/claims/${claim.id}`, {
      text: form.text, language: form.language, originalText: form.originalText, originalLanguage: form.originalLanguage || null,
      eventId: form.eventId ? Number(form.eventId) : null, ...factsPayload(form.facts), reason, version: form.version,
    });
    setPending(false);
    if (res.ok) {
      router.push(`/claims/${claim.id}`);
      router.refresh();
      return;
    }
    setErrors(res.fields);
    if (res.status === 409 && res.current) {
      const current = res.current as ClaimSnapshot;
      setNewer(current);
      set({ version: current.version });
      setStatus(null);
    } else setStatus({ ok: false, message: res.message });
  };

  return (
    <form onSubmit={save} className="form-stack" aria-label="Edit claim" noValidate>
      {newer && (
        <div role="alert" className="conflict-box">
          <h3>Someone else changed this claim</h3>
          <p>Their version ({newer.version}) reads:</p>
          <blockquote dir="auto">{newer.text}</blockquote>
          <p>Your text is kept below. Save again to replace theirs with yours.</p>
        </div>
      )}
      <div>
        <label htmlFor="edit-text">Claim wording</label>
        <textarea id="edit-text" dir="auto" value={form.text} onChange={(e) => set({ text: e.target.value })} maxLength={5000}
          aria-invalid={errors.text ? true : undefined} aria-describedby="edit-text-error" />
        <p id="edit-text-error" className="field-error" aria-live="polite">{errors.text?.join(' ')}</p>
      </div>
      <Input id="edit-language" label="Language of the wording" value={form.language} onChange={(language) => set({ language })} error={errors.language?.join(' ')} />
      <div>
        <label htmlFor="edit-original">Original-language text (when the wording is a translation)</label>
        <textarea id="edit-original" dir="auto" value={form.originalText} onChange={(e) => set({ originalText: e.target.value })} maxLength={5000} />
      </div>
      <Input id="edit-original-language" label="Original language" value={form.originalLanguage} onChange={(originalLanguage) => set({ originalLanguage })} error={errors.originalLanguage?.join(' ')} />
      <div>
        <label htmlFor="edit-event">Event</label>
        <select id="edit-event" value={form.eventId} onChange={(e) => set({ eventId: e.target.value })}>
          <option value="">No event</option>
          {events.map((ev) => <option key={ev.id} value={ev.id}>{ev.title}</option>)}
        </select>
      </div>
      <FactsFields facts={form.facts} set={(facts) => set({ facts })} errors={errors} />
      <Input id="edit-reason" label="Why this change (kept in the history)" value={reason} onChange={setReason} error={errors.reason?.join(' ')} />
      <FormStatus state={status} />
      <div><button type="submit" className="button" disabled={pending}>{pending ? 'Saving…' : 'Save changes'}</button></div>
    </form>
  );
}
