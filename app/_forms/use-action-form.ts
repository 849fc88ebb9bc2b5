'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ActionState } from '@/lib/api/action-state';
import { formValues } from '@/lib/api/form-values';
import { checkInput, invalidInput, withoutKeys } from './form-check';
import { submitState, type FormSubmit } from './submit-state';

type Action<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * The action-form adapter: the form is read as the server action reads it, checked against the
 * action's schema before sending (`ids` are the hidden record ids the action adds to it), then
 * posted. Submitted by hand so an error keeps what was typed (a form `action` would reset it).
 */
export function useActionForm<T>(action: Action<T>, options: {
  schema?: z.ZodType;
  ids?: readonly string[];
  /** Turns the form's choices into the fields the action expects, before the check. */
  prepare?: (data: FormData) => void;
  /** Asked first; false cancels the submit. */
  confirm?: () => boolean;
} = {}): FormSubmit<T> & { onSubmit: (e: FormEvent<HTMLFormElement>) => void } {
  const [answer, formAction, pending] = useActionState(action, null);
  const [checked, setChecked] = useState<ActionState<T>>(null);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (options.confirm && !options.confirm()) return;
    const data = new FormData(e.currentTarget);
    options.prepare?.(data);
    const found = options.schema ? checkInput(options.schema, withoutKeys(formValues(data), options.ids ?? [])) : null;
    setChecked(found ? invalidInput(found) : null);
    if (!found) startTransition(() => formAction(data));
  };
  return { ...submitState(checked ?? answer, pending), onSubmit };
}
