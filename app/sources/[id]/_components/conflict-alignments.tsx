import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import { listConflicts, listSourceConflictAlignments } from '@/lib/conflicts/conflict-queries.server';
import { conflictRoles } from '@/lib/conflicts/conflict-permissions';
import { formatTimestamp } from '@/lib/claims/claim-format';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { methodologyHref } from '@/app/_components/methodology-links';
import { UserText } from '@/app/_components/user-text';
import { RemoveConflictAlignmentForm, SetConflictAlignmentForm } from './conflict-alignment-forms';

/**
 * A source's alignment per conflict: where it differs from its default, each with its reason and
 * history. Claims in a conflict's events show the source under that alignment. Editors (the role
 * that changes a default alignment) add, change and remove them.
 */
export async function ConflictAlignments({ sourceId, defaultAlignment }: { sourceId: number; defaultAlignment: AlignmentRef }) {
  const viewer = await getCurrentViewer();
  const found = await listSourceConflictAlignments(viewer, sourceId);
  const items = found?.items ?? [];
  const canEdit = hasRole(viewer, conflictRoles.setSourceAlignment);
  const [conflicts, alignments] = canEdit ? await Promise.all([listConflicts(viewer), listAlignments(viewer)]) : [null, []];
  if (items.length === 0 && !canEdit) return null;
  const versions = Object.fromEntries(items.flatMap((i) => (i.current ? [[String(i.conflict.id), i.current.version]] : [])));
  return (
    <section aria-labelledby="conflict-alignments-heading">
      <h2 id="conflict-alignments-heading">Alignment per conflict</h2>
      <p className="small muted">
        Elsewhere it is <AlignmentBadge alignment={defaultAlignment} /> (its default alignment).{' '}
        <Link href={methodologyHref('alignmentPerConflict')}>How alignment per conflict works</Link>
      </p>
      {items.length === 0 ? (
        <p className="muted">The same alignment in every conflict.</p>
      ) : (
        <ul className="item-list">
          {items.map(({ conflict, current, history }) => (
            <li key={conflict.id}>
              <p style={{ marginTop: 0 }}>
                <Link href={`/conflicts/${conflict.id}`}><UserText text={conflict.name} /></Link>:{' '}
                {current ? <AlignmentBadge alignment={current.alignment} /> : <span className="muted">its default alignment</span>}
              </p>
              {current && <UserText as="p" className="small" text={current.reason} />}
              {history.length > 0 && (
                <details>
                  <summary>History in {conflict.name} ({history.length})</summary>
                  <ol className="plain-list">
                    {history.map((change) => (
                      <li key={change.id} className="small">
                        {change.from && <><AlignmentBadge alignment={change.from} /> → </>}
                        <AlignmentBadge alignment={change.to} /> by {change.authorName ? <UserText text={change.authorName} /> : 'unknown'},{' '}
                        {formatTimestamp(change.createdAt)}: <UserText text={change.reason} />
                      </li>
                    ))}
                  </ol>
                </details>
              )}
              {canEdit && current && <RemoveConflictAlignmentForm sourceId={sourceId} conflict={conflict} version={current.version} />}
            </li>
          ))}
        </ul>
      )}
      {canEdit && conflicts && (
        conflicts.items.length === 0 ? (
          <p className="small muted">No conflicts yet: <Link href="/conflicts">create one</Link> first.</p>
        ) : (
          <SetConflictAlignmentForm
            sourceId={sourceId}
            versions={versions}
            conflicts={conflicts.items.map((c) => ({ value: String(c.id), label: c.name }))}
            alignments={alignments.filter((a) => !a.retiredAt).map((a) => ({ value: a.slug, label: a.label }))}
          />
        )
      )}
    </section>
  );
}
