'use client';

// When the root layout itself fails (a signed-in reader while the database is down: the layout
// reads the viewer), error.tsx cannot render inside it; this replaces the whole document.
export default function GlobalError({ retry }: { error: unknown; retry?: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
          <h1>Crosscheck is unavailable right now</h1>
          <p>This page could not be shown. Nothing was changed. Please try again in a moment.</p>
          <p>
            {retry && (
              <button type="button" onClick={() => retry()}>
                Try again
              </button>
            )}{' '}
            <a href="/">Go to the front page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
