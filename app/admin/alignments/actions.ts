'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import { createAlignmentHandler, updateAlignmentHandler } from './action-handlers';

export async function createAlignmentAction(_prev: ActionState<unknown>, formData: FormData) {
  const state = await createAlignmentHandler.handle(await headers(), formData);
  // Alignment labels and colours show on every page.
  if (state?.ok) revalidatePath('/', 'layout');
  return state;
}

export async function updateAlignmentAction(_prev: ActionState<unknown>, formData: FormData) {
  const state = await updateAlignmentHandler.handle(await headers(), formData);
  if (state?.ok) revalidatePath('/', 'layout');
  return state;
}
