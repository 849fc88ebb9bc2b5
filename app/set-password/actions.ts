'use server';
import { headers } from 'next/headers';
import type { ActionState } from '@/lib/api/action-state';
import { setPasswordHandler } from './action-handlers';

export async function setPasswordAction(_prev: ActionState<{ email: string }>, formData: FormData) {
  return setPasswordHandler(await headers(), formData);
}
