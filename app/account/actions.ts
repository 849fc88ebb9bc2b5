'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import { createTokenHandler, revokeTokenHandler } from './action-handlers';

export async function createTokenAction(_prev: ActionState<unknown>, formData: FormData) {
  const state = await createTokenHandler.handle(await headers(), formData);
  if (state?.ok) revalidatePath('/account');
  return state;
}

export async function revokeTokenAction(_prev: ActionState<unknown>, formData: FormData) {
  const state = await revokeTokenHandler.handle(await headers(), formData);
  if (state?.ok) revalidatePath('/account');
  return state;
}
