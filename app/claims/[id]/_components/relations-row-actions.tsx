'use client';
import { FormStatus, SubmitButton } from '@/app/_forms/form-status';
import { useActionForm } from '@/app/_forms/use-action-form';
import { mergeClaimAction, removeRelationAction } from '../relation-actions';

/** "Remove" on one relation; the audit log keeps what it was. */
export function RemoveRelationButton({ relationId, otherId }: { relationId: number; otherId: number }) {
  const form = useActionForm(removeRelationAction, { confirm: () => window.confirm(`Remove the link to claim #${otherId}?`) });
  return (
    <form onSubmit={form.onSubmit} className="inline-form">
      <input type="hidden" name="relationId" value={relationId} />
      <SubmitButton pending={form.pending} label="Remove" pendingLabel="Removing…" className="button button-secondary" ariaLabel={`Remove the link to claim #${otherId}`} />
      {form.state && !form.state.ok && <FormStatus state={{ ok: false, message: form.state.message }} />}
    </form>
  );
}

/** For an editor on a same_as link: keep this claim, fold the duplicate into it. */
export function MergeDuplicateButton({ claimId, duplicateId }: { claimId: number; duplicateId: number }) {
  const form = useActionForm(mergeClaimAction, {
    confirm: () => window.confirm(`Merge claim #${duplicateId} into this claim? Its attributions, relations and history move here.`),
  });
  return (
    <form onSubmit={form.onSubmit} className="inline-form">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="mergeId" value={duplicateId} />
      <SubmitButton pending={form.pending} label="Merge duplicate" pendingLabel="Merging…" ariaLabel={`Merge duplicate #${duplicateId} into this claim`} />
      {form.state && (
        <FormStatus state={form.state.ok ? { ok: true, message: `Merged: ${form.state.data.attributionIds.length} attributions moved.` } : { ok: false, message: form.state.message }} />
      )}
    </form>
  );
}
