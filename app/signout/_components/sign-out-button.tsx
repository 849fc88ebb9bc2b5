'use client';
import { useState } from 'react';
import { postToAuth } from '@/app/_forms/next-auth-client';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    await postToAuth('signout', { callbackUrl: '/' });
    window.location.assign('/');
  }
  return (
    <button type="button" className="button" onClick={() => void signOut()} disabled={pending}>
      {pending ? 'Signing out…' : 'Sign out everywhere'}
    </button>
  );
}
