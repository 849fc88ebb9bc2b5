import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { oauthProviderIds } from '@/lib/next-auth/auth-options';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { appOrigin } from '@/lib/auth/origin-check';
import { safeCallbackPath } from '@/lib/auth/safe-callback';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, error } = await searchParams;
  const viewer = await getCurrentViewer();
  const origin = appOrigin(await headers());
  const callbackPath = origin ? safeCallbackPath(callbackUrl, origin) : '/';
  return (
    <section className="narrow-page">
      <h1>Sign in</h1>
      {viewer ? (
        <p>
          You are signed in as <span dir="auto">{viewer.name}</span> ({viewer.role}). <Link href="/signout">Sign out</Link>
        </p>
      ) : null}
      <p className="muted">Reading is open to everyone; reviewers, editors and admins sign in to make changes.</p>
      {typeof error === 'string' && error !== 'CredentialsSignin' ? (
        <p className="form-status form-fail" role="alert">Sign-in did not complete. Try again.</p>
      ) : null}
      <SignInForm callbackPath={callbackPath} oauth={oauthProviderIds()} />
    </section>
  );
}
