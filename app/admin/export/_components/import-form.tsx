'use client';

import { useState } from 'react';

type Result = { lines: number; counts: Record<string, { created: number; existing: number }> };
type Failure = { message: string; fields?: Record<string, string[]> };

/** Uploads a crosscheck-export file to the API (same-origin cookie); shows counts or line errors. */
export function ImportForm() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setFailure({ message: 'Choose a .jsonl file first.' });
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const res = await fetch(`/api/v1/exchange/import?name=${encodeURIComponent(file.name)}`, {
        method: 'POST', body: file, headers: { 'Content-Type': 'application/x-ndjson' },
      });
      const body = await res.json();
      if (res.ok) setResult(body as Result);
      else setFailure(body.error as Failure);
    } catch {
      setFailure({ message: 'The upload failed; check the connection and try again.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} aria-describedby="import-status">
      <label>
        Exchange file (.jsonl)
        <input type="file" name="file" accept=".jsonl,.ndjson,application/x-ndjson" required />
      </label>
      <button type="submit" disabled={busy}>{busy ? 'Importing…' : 'Import'}</button>
      <div id="import-status" aria-live="polite">
        {result && (
          <p role="status">
            Imported {result.lines} records:{' '}
            {Object.entries(result.counts).map(([type, c]) => `${type} ${c.created} new, ${c.existing} existing`).join('; ')}.
          </p>
        )}
        {failure && (
          <div role="alert">
            <p>{failure.message}</p>
            {failure.fields && (
              <ul>{Object.entries(failure.fields).map(([line, msgs]) => <li key={line}>{line}: {msgs.join('; ')}</li>)}</ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
