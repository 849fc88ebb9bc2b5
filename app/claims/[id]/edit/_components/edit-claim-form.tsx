'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useJsonForm } from '@/app/_forms/use-json-form';
import type { ClaimSnapshot } from '@/lib/claims/claim-history';
import { EditClaimSchema, MAX_CLAIM_CHARS } from '@/lib/claims/claim-write-schemas';
import { CharacterCount } from '@/app/_forms/character-count';
import { FactsFields, factsPayload, Input, type Facts } from '@/app/claims/new/_components/claim-fields';

export type EditableClaim = {
  id: number; version: number; text: string; language: string; originalText: string; originalLanguage: string;
  eventId: string; facts: Facts;
};

/**
 * Edits quote the version they were read at. When someone saved first, their version is shown
 * beside the reviewer's typed text, which stays; saving again is then a deliberate overwrite.
 */
export function EditClaimForm({ claim, events, ownWrite = null, alignments }: {
  claim: EditableClaim;
  events: { id: number; title: string }[];
  /** Turns on the parties' source links (the picker may create a source, which needs them). */
  alignments?: { slug: string; label: string }[];
  /** A write this page made elsewhere (an attribution correction): from one version to the next. */
  ownWrite?: { from: number; to: number } | null;
}) {
  const router = useRouter();
  const [form, setForm] = useState(claim);
  const [reason, setReason] = useState('');
  const submit = useJsonForm<ClaimSnapshot>();
  const newer = submit.conflict as ClaimSnapshot | null;
  const set = (p: Partial<EditableClaim>) => setForm({ ...form, ...p });
  // After a conflict the edit quotes the newer version: saving again overwrites it on purpose.
  useEffect(() => {
    if (newer) setForm((f) => ({ ...f, version: newer.version }));
  }, [newer]);
  // Our own attribution change touched none of these fields: the edit follows it. Anyone else's
  // change in between still makes the next save a 409.
  useEffect(() => {
    if (ownWrite) setForm((f) => (f.version === ownWrite.from ? { ...f, version: ownWrite.to } : f));
  }, [ownWrite]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await submit.send({
      method: 'PATCH', url: `/api/v1/claims/${claim.id}`, schema: EditClaimSchema,
      body: {
        text: form.text, language: form.language, originalText: form.originalText, originalLanguage: form.originalLanguage || null,
        eventId: form.eventId ? Number(form.eventId) : null, ...factsPayload(form.facts), reason, version: form.version,
      },
    });
    if (saved) {
      router.push(`/claims/${claim.id}`);
      router.refresh();
    }
  };

  return (
    <form onSubmit={save} className="form-stack" aria-label="Edit claim" noValidate>
      {newer && (
        <ConflictNotice key={newer.version} title="Someone else changed this claim">
          <p>Their version ({newer.version}) reads:</p>
          <blockquote dir="auto">{newer.text}</blockquote>
          <p>Your text is kept below. Save again to replace theirs with yours.</p>
        </ConflictNotice>
      )}
      <FormKit errors={submit.errors}>
        <FormField id="edit-text" label="Claim wording" name="text" hint={<CharacterCount value={form.text} max={MAX_CLAIM_CHARS} />}>
          {(control) => <textarea {...control} dir="auto" value={form.text} onChange={(e) => set({ text: e.target.value })} />}
        </FormField>
        <Input id="edit-language" label="Language of the wording" value={form.language} onChange={(language) => set({ language })} name="language" />
        <FormField id="edit-original" label="Original-language text (when the wording is a translation)" name="originalText"
          hint={<CharacterCount value={form.originalText} max={MAX_CLAIM_CHARS} />}>
          {(control) => <textarea {...control} dir="auto" value={form.originalText} onChange={(e) => set({ originalText: e.target.value })} />}
        </FormField>
        <Input id="edit-original-language" label="Original language" value={form.originalLanguage} onChange={(originalLanguage) => set({ originalLanguage })} name="originalLanguage" />
        <FormField id="edit-event" label="Event" name="eventId">
          {(control) => (
            <select {...control} value={form.eventId} onChange={(e) => set({ eventId: e.target.value })}>
              <option value="">No event</option>
              {events.map((ev) => <option key={ev.id} value={ev.id}>{ev.title}</option>)}
            </select>
          )}
        </FormField>
        <FactsFields facts={form.facts} set={(facts) => set({ facts })} alignments={alignments} />
        <Input id="edit-reason" label="Why this change (kept in the history)" value={reason} onChange={setReason} name="reason" />
        <ErrorSummary message={submit.state && !submit.state.ok ? submit.state.message : undefined} />
      </FormKit>
      <FormStatus state={newer ? null : statusOf(submit.state, () => undefined)} />
      <div><SubmitButton pending={submit.pending} label="Save changes" /></div>
    </form>
  );
}
