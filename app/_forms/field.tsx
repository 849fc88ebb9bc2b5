'use client';
import type { ReactNode } from 'react';
import { useFieldErrors } from './form-kit';

export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * One field: label, the control (given its id and ARIA ties), hint, and the errors found under
 * `name` (one key, or several that the control answers for), announced politely. `group` makes
 * it a fieldset with a legend, for radios and checkboxes.
 */
export function FormField({ id, label, labelClassName, name, hint, messages: given, group, className, children }: {
  id: string;
  label: string;
  labelClassName?: string;
  name?: string | readonly string[];
  hint?: ReactNode;
  messages?: string[];
  group?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const found = useFieldErrors(name, { label, id });
  const messages = given?.length ? given : found;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, messages ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = { id, 'aria-invalid': messages ? true : undefined, 'aria-describedby': describedBy };
  const after = (
    <>
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      <FieldError id={`${id}-error`} messages={messages} />
    </>
  );
  if (group) {
    return (
      <fieldset className={className ?? 'plain'} id={id} aria-describedby={describedBy}>
        <legend className="field-label">{label}</legend>
        {children({ id: `${id}-control` })}
        {after}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      {children(control)}
      {after}
    </div>
  );
}

/** Errors that belong to part of a field (a hop's quote) with no control of their own. */
export function FieldMessages({ id, label, name }: { id: string; label: string; name: readonly string[] }) {
  const messages = useFieldErrors(name, { label, id });
  return <FieldError id={id} messages={messages} />;
}

// Errors sit under their field, tied to it with aria-describedby, and are announced politely.
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {messages?.length ? [...new Set(messages)].join(' ') : null}
    </p>
  );
}
