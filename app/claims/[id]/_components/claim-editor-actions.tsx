'use client';
import { useState } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useActionForm } from '@/app/_forms/use-action-form';
import { CREDIBILITY_LABELS, CREDIBILITY_LEVELS } from '@/lib/ratings/admiralty';
import type { ClaimSnapshot } from '@/lib/claims/claim-history';
import { ClaimLifecycleSchema, SetCredibilitySchema } from '@/lib/claims/claim-write-schemas';
import { deleteClaimAction, restoreClaimAction, setCredibilityAction } from '../claim-actions';

/** An editor's verdict (credibility 1–6 with a reason) and soft delete / restore. */
export function ClaimEditorActions({ claimId, version, credibility, deleted }: { claimId: number; version: number; credibility: number; deleted: boolean }) {
  const verdict = useActionForm(setCredibilityAction, { schema: SetCredibilitySchema, ids: ['claimId'] });
  const life = useActionForm(deleted ? restoreClaimAction : deleteClaimAction, { schema: ClaimLifecycleSchema, ids: ['claimId'] });
  const [level, setLevel] = useState(String(credibility));
  const [reason, setReason] = useState('');
  const newer = verdict.conflict as ClaimSnapshot | null;
  const currentVersion = Math.max(version, newer?.version ?? 0, verdict.state?.ok ? verdict.state.data.version : 0);
  return (
    <section aria-labelledby="editor-heading" className="panel">
      <h2 id="editor-heading">Editor</h2>
      {!deleted && (
        <form onSubmit={verdict.onSubmit} className="form-stack" aria-label="Set credibility" noValidate>
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={currentVersion} />
          {newer && (
            <ConflictNotice key={newer.version} title="Someone changed this claim">
              <p>Credibility is now {newer.credibility}. Your reason is kept; save again to apply yours.</p>
            </ConflictNotice>
          )}
          <FormKit errors={verdict.errors}>
            <FormField id="credibility-level" label="Credibility" name="credibility">
              {(control) => (
                <select {...control} name="credibility" value={level} onChange={(e) => setLevel(e.target.value)}>
                  {CREDIBILITY_LEVELS.map((l) => <option key={l} value={l}>{l} — {CREDIBILITY_LABELS[l]}</option>)}
                </select>
              )}
            </FormField>
            <FormField id="credibility-reason" label="Reason for this credibility" name="credibilityReason">
              {(control) => <input {...control} name="credibilityReason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} />}
            </FormField>
            <ErrorSummary message={verdict.state && !verdict.state.ok ? verdict.state.message : undefined} />
          </FormKit>
          <FormStatus state={newer ? null : statusOf(verdict.state, (saved) => `Credibility set to ${saved.credibility}.`)} />
          <div><SubmitButton pending={verdict.pending} label="Set credibility" /></div>
        </form>
      )}
      <form onSubmit={life.onSubmit} className="inline-form" aria-label={deleted ? 'Restore claim' : 'Delete claim'} noValidate>
        <input type="hidden" name="claimId" value={claimId} />
        <FormKit errors={life.errors}>
          <FormField id="lifecycle-reason" label={deleted ? "Reason for restoring (optional)" : "Reason for deleting (optional)"} labelClassName="small" name="reason" className="inline-form">
            {(control) => <input {...control} name="reason" dir="auto" />}
          </FormField>
        </FormKit>
        <SubmitButton pending={life.pending} label={deleted ? 'Restore claim' : 'Delete claim'} className="button button-secondary" />
        <FormStatus state={statusOf(life.state, () => (deleted ? 'Restored.' : 'Deleted; editors can restore it.'))} />
      </form>
    </section>
  );
}
