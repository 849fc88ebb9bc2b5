import type { Metadata } from 'next';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { SetPasswordForm } from './_components/set-password-form';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <section className="narrow-page">
      <h1>Set your password</h1>
      {typeof token === 'string' && token ? (
        <SetPasswordForm token={token} minLength={MIN_PASSWORD_LENGTH} />
      ) : (
        <p>This page needs the one-time link an admin gave you. Ask them for a new one if it has expired.</p>
      )}
    </section>
  );
}
