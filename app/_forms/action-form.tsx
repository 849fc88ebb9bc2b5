'use client';
import { createContext, startTransition, useActionState, useContext, type FormEvent, type ReactNode } from 'react';
import type { ActionState } from '@/lib/auth/require-writer';
import { describedBy, FieldError, FormStatus } from './field-error';
import './forms.css';

type Action = (prev: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
const StateContext = createContext<ActionState<unknown>>(null);

/**
 * A form bound to a server action, showing the action's field errors under each Field and a
 * status line. Submitted by hand so an error keeps what was typed (a form `action` resets it).
 */
export function ActionForm({ action, children, submitLabel, successMessage, className = 'form-stack', label }: {
  action: Action;
  children: ReactNode;
  submitLabel: string;
  successMessage?: string;
  className?: string;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  const status = state?.ok
    ? { ok: true, message: state.message ?? successMessage ?? 'Saved.' }
    : state
      ? { ok: false, message: state.message }
      : null;
  return (
    <form onSubmit={submit} className={className} aria-label={label}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
      <button type="submit" className="button" disabled={pending}>{pending ? 'Working…' : submitLabel}</button>
      <FormStatus state={status} />
    </form>
  );
}

export function Field({ name, label, type = 'text', defaultValue, hint, required, options, idPrefix = 'f' }: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string | number;
  hint?: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  idPrefix?: string;
}) {
  const state = useContext(StateContext);
  const messages = state && !state.ok ? state.fields?.[name] : undefined;
  const id = `${idPrefix}-${name}`;
  const described = [hint ? `${id}-hint` : undefined, describedBy(`${id}-error`, messages)].filter(Boolean).join(' ') || undefined;
  const common = { id, name, required, defaultValue, 'aria-invalid': messages ? true : undefined, 'aria-describedby': described };
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input {...common} type={type} dir={type === 'text' ? 'auto' : undefined} />
      )}
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      <FieldError id={`${id}-error`} messages={messages} />
    </div>
  );
}

/** The result data of the last successful submit, for forms that show something once. */
export function useLastResult<T>(): T | null {
  const state = useContext(StateContext);
  return state?.ok ? (state.data as T) : null;
}
