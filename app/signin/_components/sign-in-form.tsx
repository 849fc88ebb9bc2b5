'use client';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_forms/field';
import { SubmitButton } from '@/app/_forms/form-status';
import { postToAuth } from '@/app/_forms/next-auth-client';
import { safeCallbackPath } from '@/lib/auth/safe-callback';
import '@/app/_forms/forms.css';

const GENERIC = 'Email or password is incorrect.';

// Waits run from a second (growing per-account delays) to 15 minutes (the pair limit).
function waitText(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0) return 'shortly';
  if (seconds < 60) return `in ${Math.ceil(seconds)} second${Math.ceil(seconds) === 1 ? '' : 's'}`;
  const m = Math.ceil(seconds / 60);
  return `in ${m} minute${m === 1 ? '' : 's'}`;
}

/**
 * One generic message for any mismatch: it never says whether the email or the password was wrong,
 * so neither field gets an error of its own and nothing is checked before sending.
 * `callbackPath` comes checked from the page; it is checked again against the origin the browser
 * is actually on before the browser is sent there.
 */
export function SignInForm({ callbackPath, oauth }: { callbackPath: string; oauth: { id: string; name: string }[] }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const target = () => safeCallbackPath(callbackPath, window.location.origin);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await postToAuth('callback/credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        callbackUrl: target(),
      });
      if (res.status === 429) {
        setError(`Too many sign-in attempts. Try again ${waitText(res.headers.get('Retry-After'))}.`);
        return;
      }
      const { url } = (await res.json().catch(() => ({}))) as { url?: string };
      const failure = url ? new URL(url, window.location.href).searchParams.get('error') : 'unknown';
      if (!res.ok || failure) {
        setError(failure === 'RateLimited' ? 'Too many sign-in attempts. Try again shortly.' : GENERIC);
        return;
      }
      window.location.assign(target());
    } catch {
      setError('Sign-in is unavailable right now. Try again shortly.');
    } finally {
      setPending(false);
    }
  }

  async function oauthSignIn(id: string) {
    const res = await postToAuth(`signin/${id}`, { callbackUrl: target() });
    const { url } = (await res.json()) as { url: string };
    window.location.assign(url);
  }

  return (
    <>
      <form onSubmit={submit} className="form-stack" aria-describedby="signin-error" noValidate>
        <FormField id="signin-email" label="Email">
          {(control) => <input {...control} name="email" type="email" autoComplete="username" required aria-invalid={error ? true : undefined} />}
        </FormField>
        <FormField id="signin-password" label="Password">
          {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required aria-invalid={error ? true : undefined} />}
        </FormField>
        <p id="signin-error" className="field-error" role="alert" aria-live="assertive">{error}</p>
        <div><SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" /></div>
      </form>
      {oauth.length ? (
        <div className="panel">
          <p>Or sign in with an account your organisation manages (an admin must have invited your email):</p>
          {oauth.map((p) => (
            <button key={p.id} type="button" className="button button-secondary" onClick={() => void oauthSignIn(p.id)}>
              Continue with {p.name}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}
