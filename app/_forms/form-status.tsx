'use client';
import type { ActionState } from '@/lib/api/action-state';

export type Status = { ok: boolean; message?: string } | null;

/** A form-level message (success or failure) announced to screen readers. */
export function FormStatus({ state }: { state: Status }) {
  if (!state?.message) return <p className="form-status" role="status" aria-live="polite" />;
  return (
    <p className={state.ok ? 'form-status form-ok' : 'form-status form-fail'} role="status" aria-live="polite">
      {state.message}
    </p>
  );
}

/**
 * The status line of a submit: `success` when it went through; the failure's message when no
 * field carries it (field errors show under their fields and in the summary), or null.
 */
export function statusOf<T>(state: ActionState<T>, success: (data: T) => string | undefined): Status {
  if (!state) return null;
  if (state.ok) return { ok: true, message: state.message ?? success(state.data) };
  return state.fields && Object.keys(state.fields).length ? null : { ok: false, message: state.message };
}

/** The submit button: disabled while the form is sending, and saying so. */
export function SubmitButton({ pending, label, pendingLabel = 'Saving…', disabled, className = 'button', ariaLabel }: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  disabled?: boolean;
  className?: string;
  ariaLabel?: string;
}) {
  return (
    <button type="submit" className={className} disabled={pending || disabled} aria-label={ariaLabel}>
      {pending ? pendingLabel : label}
    </button>
  );
}
