import type { ActionState } from '@/lib/api/action-state';
import type { FieldErrors } from '@/lib/api/field-errors';

/** What both adapters give a form: the last outcome, its field errors, a 409's newer version. */
export type FormSubmit<T> = {
  state: ActionState<T>;
  pending: boolean;
  errors: FieldErrors;
  /** The newer version a 409 carried, or null. */
  conflict: unknown;
};

export function submitState<T>(state: ActionState<T>, pending: boolean): FormSubmit<T> {
  const failed = state && !state.ok ? state : null;
  return {
    state,
    pending,
    errors: failed?.fields ?? {},
    conflict: failed?.status === 409 && failed.current !== undefined ? failed.current : null,
  };
}
