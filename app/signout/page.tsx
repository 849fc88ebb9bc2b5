import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { SignOutButton } from './_components/sign-out-button';

export const metadata: Metadata = { title: 'Sign out' };

export default async function SignOutPage() {
  const viewer = await getCurrentViewer();
  return (
    <section className="narrow-page">
      <h1>Sign out</h1>
      {viewer ? (
        <>
          <p>You are signed in as <span dir="auto">{viewer.name}</span> ({viewer.email}).</p>
          <p>Signing out ends your sessions on every device and browser, not only this one.</p>
          <SignOutButton />
        </>
      ) : (
        <p>You are not signed in. <Link href="/">Back to the front page</Link></p>
      )}
    </section>
  );
}
