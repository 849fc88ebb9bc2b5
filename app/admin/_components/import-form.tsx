'use client';

import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_forms/field';
import { FormStatus, SubmitButton } from '@/app/_forms/form-status';
import { followAnswer, uploadOf, type ImportFormat, type ImportState } from './import-answer';

// One upload form for both import formats: claim rows (CSV or JSON Lines, admins, with progress
// as batches land) and crosscheck-export files (counts per record type, or the refused lines).
const TEXT = {
  'claim-rows': {
    id: 'import-file', label: 'File (.csv or .jsonl)', accept: '.csv,.jsonl,.ndjson,text/csv,application/x-ndjson',
    noFile: 'Choose a .csv or .jsonl file.', lost: 'The connection was lost; batches already reported were kept.',
  },
  'exchange-archive': {
    id: 'exchange-file', label: 'Exchange file (.jsonl)', accept: '.jsonl,.ndjson,application/x-ndjson',
    noFile: 'Choose a .jsonl file first.', lost: 'The upload failed; check the connection and try again.',
  },
} satisfies Record<ImportFormat, Record<string, string>>;

/** Uploads the file with the page's session cookie (same origin) and shows what the import answered. */
export function ImportForm({ format }: { format: ImportFormat }) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const text = TEXT[format];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    const upload = file instanceof File && file.size > 0 ? uploadOf(format, file.name) : null;
    if (!upload || !(file instanceof File)) return setState({ phase: 'failed', message: text.noFile });
    setState({ phase: 'running', progress: null });
    try {
      const response = await fetch(upload.url, { method: 'POST', body: file, headers: { 'content-type': upload.contentType } });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string[]> } } | null;
        return setState({ phase: 'failed', message: body?.error?.message ?? `The server answered ${response.status}.`, fields: body?.error?.fields });
      }
      await followAnswer(format, response, file.size, setState);
    } catch {
      setState({ phase: 'failed', message: text.lost });
    }
  }

  const counts = state.phase === 'running' ? state.progress : state.phase === 'done' ? state.summary : null;
  const status = state.phase === 'failed' ? { ok: false, message: state.message }
    : state.phase === 'imported' ? { ok: true, message: `Imported ${state.result.lines} records: ${Object.entries(state.result.counts).map(([type, c]) => `${type} ${c.created} new, ${c.existing} existing`).join('; ')}.` }
    : null;
  return (
    <form onSubmit={onSubmit} aria-label={format === 'claim-rows' ? 'Import claims' : 'Import an exchange file'}>
      <FormField id={text.id} label={text.label}>
        {(control) => <input {...control} type="file" name="file" accept={text.accept} required />}
      </FormField>
      <SubmitButton pending={state.phase === 'running'} label="Import" pendingLabel="Importing…" />
      <div aria-live="polite">
        {state.phase === 'running' && format === 'claim-rows' && (
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
        <FormStatus state={status} />
        {state.phase === 'failed' && state.fields && (
          <div role="alert"><ul>{Object.entries(state.fields).map(([line, msgs]) => <li key={line}>{line}: {msgs.join('; ')}</li>)}</ul></div>
        )}
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
