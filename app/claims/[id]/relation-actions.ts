'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import { linkClaimHandler, mergeClaimHandler, removeRelationHandler } from './relation-action-handlers';

type Created = Awaited<ReturnType<typeof import('@/lib/relations/relation-commands.server').createRelation>>;
type Removed = Awaited<ReturnType<typeof import('@/lib/relations/relation-commands.server').deleteRelation>>;
type Merged = Awaited<ReturnType<typeof import('@/lib/relations/merge-claims.server').mergeClaims>>;

// Both claims' pages and their event pages change; revalidating the layout covers them all.
const refresh = () => revalidatePath('/', 'layout');

export async function linkClaimAction(_prev: ActionState<Created>, formData: FormData): Promise<ActionState<Created>> {
  const state = await linkClaimHandler.handle(await headers(), formData);
  if (state?.ok) refresh();
  return state;
}

export async function removeRelationAction(_prev: ActionState<Removed>, formData: FormData): Promise<ActionState<Removed>> {
  const state = await removeRelationHandler.handle(await headers(), formData);
  if (state?.ok) refresh();
  return state;
}

export async function mergeClaimAction(_prev: ActionState<Merged>, formData: FormData): Promise<ActionState<Merged>> {
  const state = await mergeClaimHandler.handle(await headers(), formData);
  if (state?.ok) refresh();
  return state;
}
