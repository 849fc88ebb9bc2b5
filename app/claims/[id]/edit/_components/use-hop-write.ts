'use client';
import { useEffect } from 'react';
import { useJsonForm, type JsonRequest } from '@/app/_forms/use-json-form';
import type { ClaimStateAnswer } from '@/lib/claims/claim-answers';

/** A 409's `current` that is the claim itself (a stale version), not `merged` or `relayed`. */
const isClaimState = (v: unknown): v is ClaimStateAnswer =>
  typeof v === 'object' && v !== null && Array.isArray((v as { attributions?: unknown }).attributions) && typeof (v as { version?: unknown }).version === 'number';

/**
 * One attribution write from the edit page: the form kit's JSON submit, plus what the editor
 * does with the answer. A success hands over the claim's new state; a stale version hands over
 * the newer claim, so the list shows what is really there before the user tries again.
 */
export function useHopWrite<T>(claimOf: (data: T) => ClaimStateAnswer, onSaved: (claim: ClaimStateAnswer) => void, onStale: (claim: ClaimStateAnswer) => void) {
  const submit = useJsonForm<T>();
  const { conflict } = submit;
  useEffect(() => {
    if (isClaimState(conflict)) onStale(conflict);
    // Only a new 409 answer matters, not a new callback identity.
  }, [conflict]);
  const run = async (request: JsonRequest) => {
    const saved = await submit.send(request);
    if (saved) onSaved(claimOf(saved.data));
    return saved !== null;
  };
  return { ...submit, run };
}
