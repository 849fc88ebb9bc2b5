'use client';
import Link from 'next/link';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { useActionForm } from '@/app/_forms/use-action-form';
import { SetPasswordFormSchema } from '@/lib/users/user-schemas';
import { setPasswordAction } from '../actions';

/** Length and the repeat are checked before sending; whether the password is too easy to guess, only on the server. */
export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const form = useActionForm(setPasswordAction, { schema: SetPasswordFormSchema });
  const { state } = form;
  if (state?.ok) {
    return (
      <p className="form-status form-ok" role="status">
        {state.message} <Link href="/signin">Sign in</Link>
      </p>
    );
  }
  return (
    <form onSubmit={form.onSubmit} className="form-stack" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormKit errors={form.errors}>
        <FormField id="new-password" label="New password" name="password"
          hint={`At least ${minLength} characters, and not a common or easily guessed password. A passphrase of several unrelated words works well.`}>
          {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minLength} />}
        </FormField>
        <FormField id="confirm-password" label="Repeat the password" name="confirm">
          {(control) => <input {...control} name="confirm" type="password" autoComplete="new-password" required />}
        </FormField>
        <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(state, () => undefined)} />
      <div><SubmitButton pending={form.pending} label="Set password" /></div>
    </form>
  );
}
