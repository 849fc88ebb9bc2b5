import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { listConflicts } from '@/lib/conflicts/conflict-queries.server';
import { conflictRoles } from '@/lib/conflicts/conflict-permissions';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { UserText } from '@/app/_components/user-text';
import { ConflictForm } from './_components/conflict-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Conflicts' };

export default async function ConflictsPage() {
  const viewer = await getCurrentViewer();
  const { items } = await readForPage(() => listConflicts(viewer), '/conflicts');
  return (
    <article>
      <h1>Conflicts</h1>
      <p className="lede">
        Theatres of war. An event belongs to at most one; a source may be aligned differently in each, and its claims in that
        conflict’s events are shown under that alignment.
      </p>
      {items.length === 0 ? (
        <p className="muted">No conflicts have been recorded yet.</p>
      ) : (
        <ul className="item-list">
          {items.map((c) => (
            <li key={c.id}>
              <Link href={`/conflicts/${c.id}`}>
                <strong><UserText text={c.name} /></strong>
              </Link>
              {c.description && <UserText as="p" className="small" text={c.description} />}
              <p className="item-meta">
                <span>{c.eventCount} {c.eventCount === 1 ? 'event' : 'events'}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {hasRole(viewer, conflictRoles.create) && (
        <section aria-labelledby="new-conflict-heading" className="panel">
          <h2 id="new-conflict-heading">New conflict</h2>
          <ConflictForm />
        </section>
      )}
    </article>
  );
}
