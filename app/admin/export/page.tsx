import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { exchangeRoles } from '@/lib/exchange/exchange-permissions';
import { listEvents } from '@/lib/events/event-queries.server';
import { ImportForm } from '../_components/import-form';
import '@/app/_forms/forms.css';

export const metadata: Metadata = { title: 'Export and import' };
export const dynamic = 'force-dynamic';

/** Editors download the exchange file or a CSV; anyone signed in imports what their role may add. */
export default async function ExportPage() {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect('/signin?callbackUrl=%2Fadmin%2Fexport');
  const exporting = hasRole(viewer, exchangeRoles.export);
  return (
    <section>
      <h1>{exporting ? 'Export and import' : 'Import'}</h1>
      <p className="muted">
        The JSON Lines file is lossless: sources, ratings and their history, documents, events, claims, attributions with
        their quotes and relay chains, and relations, each with a stable external id. The CSV lists claims with their
        sources, for spreadsheets. The format is described in <code>docs/exchange-format.md</code>.
      </p>
      {exporting ? <ExportForms events={(await listEvents(viewer, { limit: 100 })).items} /> : (
        <p className="muted">Exporting is for editors and administrators.</p>
      )}
      <h2>Import</h2>
      <p className="muted">
        Records merge by external id: what this database already has is kept as it is, the rest is added. A file with any
        problem is refused whole, with the line numbers.
      </p>
      <p className="muted">
        You may add only what your role adds directly: a new alignment needs an administrator; alignment changes and
        claims that are rated, deleted or merged need an editor. What you add is recorded as yours, dated now; the
        authors and dates the file states are kept beside it as provenance, and no accounts are created.
      </p>
      <ImportForm format="exchange-archive" />
    </section>
  );
}

function ExportForms({ events }: { events: { id: number; title: string }[] }) {
  return (
    <>
      <h2>Export everything</h2>
      <p>
        <a className="button" href="/api/v1/exchange/export?format=jsonl" download>Download JSON Lines</a>{' '}
        <a className="button" href="/api/v1/exchange/export?format=csv" download>Download CSV</a>
      </p>
      <h2>Export one event</h2>
      <form method="get" action="/api/v1/exchange/export" className="filters">
        <label>
          Event
          <select name="eventId" required>
            {events.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
          </select>
        </label>
        <label>
          Format
          <select name="format" defaultValue="jsonl">
            <option value="jsonl">JSON Lines (lossless)</option>
            <option value="csv">CSV (claims and sources)</option>
          </select>
        </label>
        <button type="submit">Export</button>
      </form>
    </>
  );
}
