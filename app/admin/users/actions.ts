'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import { changeRoleHandler, inviteUserHandler, reissueLinkHandler, setStatusHandler } from './action-handlers';

type Handler = { handle: (h: Headers, f: FormData) => Promise<ActionState<unknown>> };

async function run(handler: Handler, formData: FormData) {
  const state = await handler.handle(await headers(), formData);
  if (state?.ok) revalidatePath('/admin/users');
  return state;
}

export async function inviteUserAction(_prev: ActionState<unknown>, formData: FormData) {
  return run(inviteUserHandler, formData);
}
export async function changeRoleAction(_prev: ActionState<unknown>, formData: FormData) {
  return run(changeRoleHandler, formData);
}
export async function setStatusAction(_prev: ActionState<unknown>, formData: FormData) {
  return run(setStatusHandler, formData);
}
export async function reissueLinkAction(_prev: ActionState<unknown>, formData: FormData) {
  return run(reissueLinkHandler, formData);
}
