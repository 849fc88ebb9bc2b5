import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { getConflict } from '@/lib/conflicts/conflict-queries.server';
import { conflictRoles } from '@/lib/conflicts/conflict-permissions';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { parseRouteId } from '@/lib/pages/route-params';
import { readOneForPage } from '@/lib/pages/read-for-page.server';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { UserText } from '@/app/_components/user-text';
import { ConflictForm } from '../_components/conflict-form';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const loadConflict = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  return readOneForPage(() => getConflict(viewer, id), `/conflicts/${id}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadConflict((await params).id)).name };
}

export default async function ConflictPage({ params }: Props) {
  const conflict = await loadConflict((await params).id);
  const viewer = await getCurrentViewer();
  return (
    <article>
      <p className="kicker"><Link href="/conflicts">Conflict</Link></p>
      <UserText as="h1" text={conflict.name} />
      {conflict.description && <UserText as="p" className="lede" text={conflict.description} />}

      <section aria-labelledby="conflict-events-heading">
        <h2 id="conflict-events-heading">Events</h2>
        {conflict.events.length === 0 ? (
          <p className="muted">No event belongs to this conflict yet; choose it when creating or editing an event.</p>
        ) : (
          <ul className="item-list">
            {conflict.events.map((e) => (
              <li key={e.id}>
                <Link href={`/events/${e.id}`}><UserText text={e.title} /></Link>
                <p className="item-meta">
                  {e.startsAt && <time dateTime={isoDate(e.startsAt)}>{formatDay(e.startsAt)}</time>}
                  <span>{e.claimCount} {e.claimCount === 1 ? 'claim' : 'claims'}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="conflict-sources-heading">
        <h2 id="conflict-sources-heading">Sources aligned differently here</h2>
        {conflict.sourceAlignments.length === 0 ? (
          <p className="muted">Every source shows its default alignment in this conflict. Set another on a source’s page.</p>
        ) : (
          <ul className="item-list">
            {conflict.sourceAlignments.map((a) => (
              <li key={a.source.id}>
                <Link href={`/sources/${a.source.id}`}><UserText text={a.source.name} /></Link> <AlignmentBadge alignment={a.alignment} />
                <UserText as="p" className="small" text={a.reason} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {hasRole(viewer, conflictRoles.edit) && (
        <section aria-labelledby="edit-conflict-heading" className="panel">
          <h2 id="edit-conflict-heading">Edit this conflict</h2>
          <ConflictForm current={conflict} />
        </section>
      )}
    </article>
  );
}
