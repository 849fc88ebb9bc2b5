'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { z } from 'zod';
import type { ActionState } from '@/lib/api/action-state';
import { ErrorSummary } from './error-summary';
import { FormField } from './field';
import { FormKit } from './form-kit';
import { FormStatus, statusOf, SubmitButton } from './form-status';
import { useActionForm } from './use-action-form';

type Action = (prev: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
const ResultContext = createContext<unknown>(null);

/**
 * A flat form bound to a server action: Fields inside it, the error summary, a status line and
 * the submit button. With `schema` (from a client component) the input is checked before sending.
 */
export function ActionForm({ action, children, submitLabel, successMessage, className = 'form-stack', label, schema, ids }: {
  action: Action;
  children: ReactNode;
  submitLabel: string;
  successMessage?: string;
  className?: string;
  label?: string;
  schema?: z.ZodType;
  ids?: readonly string[];
}) {
  const form = useActionForm(action, { schema, ids });
  return (
    <form onSubmit={form.onSubmit} className={className} aria-label={label} noValidate={schema ? true : undefined}>
      <FormKit errors={form.errors}>
        <ResultContext.Provider value={form.state?.ok ? form.state.data : null}>{children}</ResultContext.Provider>
        <ErrorSummary message={form.state && !form.state.ok ? form.state.message : undefined} />
      </FormKit>
      <SubmitButton pending={form.pending} label={submitLabel} />
      <FormStatus state={statusOf(form.state, () => successMessage ?? 'Saved.')} />
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
  return (
    <FormField id={`${idPrefix}-${name}`} label={label} name={name} hint={hint}>
      {(control) => options ? (
        <select {...control} name={name} required={required} defaultValue={defaultValue}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input {...control} name={name} type={type} required={required} defaultValue={defaultValue} dir={type === 'text' ? 'auto' : undefined} />
      )}
    </FormField>
  );
}

/** The result data of the last successful submit, for forms that show something once. */
export function useLastResult<T>(): T | null {
  return useContext(ResultContext) as T | null;
}
