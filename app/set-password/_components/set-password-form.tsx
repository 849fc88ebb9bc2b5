'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { describedBy, FieldError, FormStatus } from '@/app/_forms/field-error';
import { setPasswordAction } from '../actions';
import '@/app/_forms/forms.css';

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, formAction, pending] = useActionState(setPasswordAction, null);
  const fields = state && !state.ok ? state.fields : undefined;
  if (state?.ok) {
    return (
      <p className="form-status form-ok" role="status">
        {state.message} <Link href="/signin">Sign in</Link>
      </p>
    );
  }
  return (
    <form action={formAction} className="form-stack">
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="new-password">New password</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={minLength}
          aria-invalid={fields?.password ? true : undefined}
          aria-describedby={['new-password-hint', describedBy('new-password-error', fields?.password)].filter(Boolean).join(' ')} />
        <p id="new-password-hint" className="field-hint">At least {minLength} characters, and not a common or easily guessed password. A passphrase of several unrelated words works well.</p>
        <FieldError id="new-password-error" messages={fields?.password} />
      </div>
      <div>
        <label htmlFor="confirm-password">Repeat the password</label>
        <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required
          aria-invalid={fields?.confirm ? true : undefined}
          aria-describedby={describedBy('confirm-password-error', fields?.confirm)} />
        <FieldError id="confirm-password-error" messages={fields?.confirm} />
      </div>
      <FormStatus state={state && !state.ok ? { ok: false, message: state.message } : null} />
      <div><button type="submit" className="button" disabled={pending}>{pending ? 'Saving…' : 'Set password'}</button></div>
    </form>
  );
}
