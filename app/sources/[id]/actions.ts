'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import { rateSourceHandler, updateSourceHandler } from './action-handlers';

type RateResult = Awaited<ReturnType<typeof import('@/lib/ratings/rate-source.server').rateSource>>;
type UpdateResult = Awaited<ReturnType<typeof import('@/lib/sources/source-commands.server').updateSource>>;

export async function rateSourceAction(_prev: ActionState<RateResult>, formData: FormData): Promise<ActionState<RateResult>> {
  const state = await rateSourceHandler.handle(await headers(), formData);
  if (state?.ok) revalidatePath(`/sources/${formData.get('sourceId')}`);
  return state;
}

export async function updateSourceAction(_prev: ActionState<UpdateResult>, formData: FormData): Promise<ActionState<UpdateResult>> {
  const state = await updateSourceHandler.handle(await headers(), formData);
  if (state?.ok) revalidatePath(`/sources/${formData.get('sourceId')}`);
  return state;
}
