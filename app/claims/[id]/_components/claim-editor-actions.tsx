'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { describedBy, FieldError, FormStatus } from '@/app/_forms/field-error';
import { CREDIBILITY_LABELS, CREDIBILITY_LEVELS } from '@/lib/ratings/admiralty';
import type { ClaimSnapshot } from '@/lib/claims/claim-history';
import { deleteClaimAction, restoreClaimAction, setCredibilityAction } from '../claim-actions';
import '@/app/_forms/forms.css';

/** An editor's verdict (credibility 1–6 with a reason) and soft delete / restore. */
export function ClaimEditorActions({ claimId, version, credibility, deleted }: { claimId: number; version: number; credibility: number; deleted: boolean }) {
  const [verdict, verdictAction, verdictPending] = useActionState(setCredibilityAction, null);
  const [life, lifeAction, lifePending] = useActionState(deleted ? restoreClaimAction : deleteClaimAction, null);
  const [level, setLevel] = useState(String(credibility));
  const [reason, setReason] = useState('');
  const fields = verdict && !verdict.ok ? verdict.fields : undefined;
  const newer = verdict && !verdict.ok && verdict.code === 'conflict' ? (verdict.current as ClaimSnapshot) : null;
  const currentVersion = Math.max(version, newer?.version ?? 0, verdict?.ok ? verdict.data.version : 0);
  const submit = (action: (f: FormData) => void) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <section aria-labelledby="editor-heading" className="panel">
      <h2 id="editor-heading">Editor</h2>
      {!deleted && (
        <form onSubmit={submit(verdictAction)} className="form-stack" aria-label="Set credibility">
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={currentVersion} />
          {newer && <p role="alert" className="conflict-box">Someone changed this claim: credibility is now {newer.credibility}. Your reason is kept; save again to apply yours.</p>}
          <div>
            <label htmlFor="credibility-level">Credibility</label>
            <select id="credibility-level" name="credibility" value={level} onChange={(e) => setLevel(e.target.value)}>
              {CREDIBILITY_LEVELS.map((l) => <option key={l} value={l}>{l} — {CREDIBILITY_LABELS[l]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="credibility-reason">Reason</label>
            <input id="credibility-reason" name="credibilityReason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5}
              aria-invalid={fields?.credibilityReason ? true : undefined} aria-describedby={describedBy('credibility-reason-error', fields?.credibilityReason)} />
            <FieldError id="credibility-reason-error" messages={fields?.credibilityReason} />
          </div>
          <FormStatus state={verdict?.ok ? { ok: true, message: `Credibility set to ${verdict.data.credibility}.` } : verdict && !newer ? { ok: false, message: verdict.message } : null} />
          <div><button type="submit" className="button" disabled={verdictPending}>Set credibility</button></div>
        </form>
      )}
      <form onSubmit={submit(lifeAction)} className="inline-form" aria-label={deleted ? 'Restore claim' : 'Delete claim'}>
        <input type="hidden" name="claimId" value={claimId} />
        <label htmlFor="lifecycle-reason" className="small">Reason (optional)</label>
        <input id="lifecycle-reason" name="reason" dir="auto" />
        <button type="submit" className="button button-secondary" disabled={lifePending}>{deleted ? 'Restore claim' : 'Delete claim'}</button>
        <FormStatus state={life?.ok ? { ok: true, message: deleted ? 'Restored.' : 'Deleted; editors can restore it.' } : life ? { ok: false, message: life.message } : null} />
      </form>
    </section>
  );
}
