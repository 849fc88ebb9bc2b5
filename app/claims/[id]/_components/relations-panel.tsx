import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import type { ClaimDetail, ClaimRelationView } from '@/lib/claims/claim-types';
import { DISPUTE_LABELS, RELATION_LABELS } from '@/lib/relations/relation-schemas';
import { UserText } from '@/app/_components/user-text';
import { RelationsLinkForm } from './relations-link-form';
import { MergeDuplicateButton, RemoveRelationButton } from './relations-row-actions';

function relationWords(r: ClaimRelationView): string {
  if (r.type === 'supports') return r.direction === 'supports' ? 'supports' : 'is supported by';
  return RELATION_LABELS[r.type];
}

/** Signed-in reviewers manage this claim's relations here; readers see nothing of it. */
export async function RelationsPanel({ claim }: { claim: Pick<ClaimDetail, 'id' | 'relations' | 'deletedAt'> }) {
  const viewer = await getCurrentViewer();
  if (!hasRole(viewer, 'reviewer') || claim.deletedAt) return null;
  const isEditor = hasRole(viewer, 'editor');
  return (
    <section aria-labelledby="manage-relations-heading" className="panel">
      <h2 id="manage-relations-heading">Manage relations</h2>
      {claim.relations.length > 0 && (
        <ul className="plain-list" aria-label="Relations of this claim">
          {claim.relations.map((r) => (
            <li key={r.id} className="relation-row">
              <span className="small">
                This claim {relationWords(r)}{' '}
                <Link href={`/claims/${r.other.id}`}>
                  #{r.other.id} <UserText text={r.other.text} />
                </Link>
                {r.disputes.length > 0 && <> — disputed: {r.disputes.map((d) => DISPUTE_LABELS[d]).join(', ')}</>}
              </span>{' '}
              <RemoveRelationButton relationId={r.id} otherId={r.other.id} />{' '}
              {r.type === 'same_as' && isEditor && <MergeDuplicateButton claimId={claim.id} duplicateId={r.other.id} />}
            </li>
          ))}
        </ul>
      )}
      <RelationsLinkForm claimId={claim.id} />
    </section>
  );
}
