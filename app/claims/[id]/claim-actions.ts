'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import type { ClaimSnapshot } from '@/lib/claims/claim-history';
import { deleteClaimHandler, restoreClaimHandler, setCredibilityHandler } from './claim-action-handlers';

type State = ActionState<ClaimSnapshot>;

// A verdict or a deletion changes lists, events and comparisons too: refresh them all.
const refresh = () => revalidatePath('/', 'layout');

export async function setCredibilityAction(_prev: State, formData: FormData): Promise<State> {
  const state = await setCredibilityHandler.handle(await headers(), formData);
  if (state?.ok) refresh();
  return state;
}

export async function deleteClaimAction(_prev: State, formData: FormData): Promise<State> {
  const state = await deleteClaimHandler.handle(await headers(), formData);
  if (state?.ok) refresh();
  return state;
}

export async function restoreClaimAction(_prev: State, formData: FormData): Promise<State> {
  const state = await restoreClaimHandler.handle(await headers(), formData);
  if (state?.ok) refresh();
  return state;
}
