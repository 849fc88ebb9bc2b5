'use client';

import { useState, type FormEvent } from 'react';

type Counts = {
  bytesRead: number;
  totalBytes: number | null;
  claimsImported: number;
  claimsExisting: number;
  attributionsImported: number;
  claimsRejected: number;
  errorCount: number;
};
type Summary = Counts & { errors: { line: number; message: string }[]; durationMs: number; claimsPerSecond: number };
type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: Counts | null }
  | { phase: 'done'; summary: Summary }
  | { phase: 'failed'; message: string };

const formatOf = (name: string) => (/\.(jsonl|ndjson)$/i.test(name) ? 'jsonl' : /\.csv$/i.test(name) ? 'csv' : null);

async function readLines(response: Response, onLine: (value: Record<string, unknown>) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as Record<string, unknown>);
  }
}

/** Uploads the file to the import endpoint and follows its progress lines as batches land. */
export function ImportForm() {
  const [state, setState] = useState<State>({ phase: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (new FormData(event.currentTarget).get('file') as File | null) ?? null;
    const format = file ? formatOf(file.name) : null;
    if (!file || !file.size || !format) {
      setState({ phase: 'failed', message: 'Choose a .csv or .jsonl file.' });
      return;
    }
    setState({ phase: 'running', progress: null });
    try {
      const params = new URLSearchParams({ format, name: file.name });
      const response = await fetch(`/api/v1/imports?${params}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ phase: 'failed', message: body?.error?.message ?? `The server answered ${response.status}.` });
        return;
      }
      await readLines(response, (line) => {
        if (line.progress) setState({ phase: 'running', progress: { ...(line.progress as Counts), totalBytes: file.size } });
        if (line.summary) setState({ phase: 'done', summary: line.summary as Summary });
        if (line.error) setState({ phase: 'failed', message: String((line.error as { message?: string }).message) });
      });
    } catch {
      setState({ phase: 'failed', message: 'The connection was lost; batches already reported were kept.' });
    }
  }

  const counts = state.phase === 'running' ? state.progress : state.phase === 'done' ? state.summary : null;
  return (
    <form onSubmit={onSubmit} aria-label="Import claims">
      <label>
        File (.csv or .jsonl)
        <input type="file" name="file" accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson" required />
      </label>
      <button type="submit" className="button" disabled={state.phase === 'running'}>
        {state.phase === 'running' ? 'Importing…' : 'Import'}
      </button>
      <div aria-live="polite">
        {state.phase === 'running' && (
          <progress max={counts?.totalBytes ?? 1} value={counts?.bytesRead ?? 0} aria-label="Import progress" />
        )}
        {counts && (
          <p>
            {counts.claimsImported.toLocaleString()} claims imported ({counts.attributionsImported.toLocaleString()} attributions),{' '}
            {counts.claimsExisting.toLocaleString()} already present, {counts.claimsRejected.toLocaleString()} rejected.
          </p>
        )}
        {state.phase === 'done' && (
          <p>
            Done in {(state.summary.durationMs / 1000).toFixed(1)} s ({state.summary.claimsPerSecond.toLocaleString()} claims/s).
          </p>
        )}
        {state.phase === 'failed' && <p role="alert">{state.message}</p>}
      </div>
      {state.phase === 'done' && state.summary.errors.length > 0 && (
        <>
          <h2>Problems ({state.summary.errorCount})</h2>
          <ul>
            {state.summary.errors.map((e, i) => (
              <li key={i}>
                line {e.line}: <span dir="auto">{e.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}
