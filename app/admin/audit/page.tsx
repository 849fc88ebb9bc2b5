import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterSchema } from '@/lib/audit/audit-schemas';
import { listAuditEntries, listAuditFacets } from '@/lib/audit/audit-queries.server';
import { AdminsOnly, requireAdminPage } from '../admin-gate';
import '@/app/_forms/forms.css';

export const metadata: Metadata = { title: 'Audit log' };

type Search = Record<string, string | string[] | undefined>;

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 1);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireAdminPage('/admin/audit');
  if (!viewer) return <AdminsOnly />;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const parsed = AuditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : AuditFilterSchema.parse({});
  const [{ items, nextCursor }, facets] = await Promise.all([listAuditEntries(viewer, filter), listAuditFacets(viewer)]);
  const older = nextCursor ? `?${new URLSearchParams({ ...raw, cursor: String(nextCursor) })}` : null;

  return (
    <section>
      <h1>Audit log</h1>
      <p className="muted">Every write, append-only: who, when, what, before and after.</p>
      <form method="get" className="filters" role="search" aria-label="Filter the audit log">
        <label>Actor (email)<input name="actor" defaultValue={raw.actor ?? ''} /></label>
        <label>Entity
          <select name="entityType" defaultValue={raw.entityType ?? ''}>
            <option value="">Any</option>
            {facets.entityTypes.map((t) => <option key={t}>{t}</option>)}
          </select>
        </label>
        <label>Action
          <select name="action" defaultValue={raw.action ?? ''}>
            <option value="">Any</option>
            {facets.actions.map((a) => <option key={a}>{a}</option>)}
          </select>
        </label>
        <label>From<input type="date" name="from" defaultValue={raw.from ?? ''} /></label>
        <label>To<input type="date" name="to" defaultValue={raw.to ?? ''} /></label>
        <button type="submit" className="button">Filter</button>
      </form>
      {!parsed.success ? <p className="form-status form-fail" role="alert">Some filters were invalid and were ignored.</p> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">When (UTC)</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Entity</th><th scope="col">Before</th><th scope="col">After</th></tr>
          </thead>
          <tbody>
            {items.length === 0 ? <tr><td colSpan={6}>No entries match.</td></tr> : null}
            {items.map((e) => (
              <tr key={e.id}>
                <td>{e.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
                <td>{e.actorLabel ?? 'system'}</td>
                <td><code>{e.action}</code></td>
                <td>{e.entityType} {e.entityId}</td>
                <td><details><summary>show</summary><pre dir="auto" className="small">{json(e.before)}</pre></details></td>
                <td><details><summary>show</summary><pre dir="auto" className="small">{json(e.after)}</pre></details></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {older ? <p><Link href={older}>Older entries →</Link></p> : null}
    </section>
  );
}
