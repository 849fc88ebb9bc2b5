'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import { FormStatus } from '@/app/_forms/field-error';
import { mergeClaimAction, removeRelationAction } from '../relation-actions';

/** "Remove" on one relation; the audit log keeps what it was. */
export function RemoveRelationButton({ relationId, otherId }: { relationId: number; otherId: number }) {
  const [state, formAction, pending] = useActionState(removeRelationAction, null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!window.confirm(`Remove the link to claim #${otherId}?`)) return;
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <input type="hidden" name="relationId" value={relationId} />
      <button type="submit" className="button button-secondary" disabled={pending} aria-label={`Remove the link to claim #${otherId}`}>
        {pending ? 'Removing…' : 'Remove'}
      </button>
      {state && !state.ok && <FormStatus state={{ ok: false, message: state.message }} />}
    </form>
  );
}

/** For an editor on a same_as link: keep this claim, fold the duplicate into it. */
export function MergeDuplicateButton({ claimId, duplicateId }: { claimId: number; duplicateId: number }) {
  const [state, formAction, pending] = useActionState(mergeClaimAction, null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!window.confirm(`Merge claim #${duplicateId} into this claim? Its attributions, relations and history move here.`)) return;
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="mergeId" value={duplicateId} />
      <button type="submit" className="button" disabled={pending} aria-label={`Merge duplicate #${duplicateId} into this claim`}>
        {pending ? 'Merging…' : 'Merge duplicate'}
      </button>
      {state && (
        <FormStatus state={state.ok ? { ok: true, message: `Merged: ${state.data.attributionIds.length} attributions moved.` } : { ok: false, message: state.message }} />
      )}
    </form>
  );
}
