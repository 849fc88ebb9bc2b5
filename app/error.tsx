'use client';

import Link from 'next/link';
import { useEffect } from 'react';

// Unexpected failures only: missing records render the 404 page, sign-in redirects. The
// message stays generic; the digest lets an operator find the server log entry.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <section className="not-found" aria-labelledby="error-heading">
      <p className="kicker">Error</p>
      <h1 id="error-heading">Something went wrong</h1>
      <p>This page could not be shown. Nothing was changed. Please try again in a moment.</p>
      {digest && <p className="small muted">Reference: <code>{digest}</code></p>}
      <p>
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        <Link href="/">Go to the front page</Link>
      </p>
    </section>
  );
}
