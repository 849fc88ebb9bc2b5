import type { CompareClaim, CompareRelation } from '@/lib/compare/compare-types';
import { DISPUTE_LABELS, RELATION_LABELS } from '@/lib/relations/relation-schemas';
import { UserText } from '@/app/_components/user-text';
import { FIELD_LABELS } from './compare-fields';

/** Every relation among the compared claims, in words, naming what each contradiction disputes. */
export function CompareRelations({ claims, relations }: { claims: CompareClaim[]; relations: CompareRelation[] }) {
  const position = new Map(claims.map((c, i) => [c.id, i + 1]));
  if (relations.length === 0) {
    return <p className="muted">No relation is recorded between these claims.</p>;
  }
  return (
    <section aria-labelledby="compare-relations-heading">
      <h2 id="compare-relations-heading">How they relate</h2>
      <ul className="plain-list compare-relation-list">
        {relations.map((r) => {
          const [from, to] = r.type === 'supports' && r.subjectClaimId === r.claimBId ? [r.claimBId, r.claimAId] : [r.claimAId, r.claimBId];
          return (
            <li key={r.id} className={`compare-relation relation-${r.type}`}>
              <strong>
                Claim #{from} (column {position.get(from)}) {RELATION_LABELS[r.type]} claim #{to} (column {position.get(to)})
              </strong>
              {r.disputes.length > 0 && (
                <span>
                  {' '}— they disagree on {r.disputes.map((d) => DISPUTE_LABELS[d]).join(', ')}; rows in dispute:{' '}
                  {r.fieldsInDispute.map((f) => FIELD_LABELS[f]).join(', ')}
                </span>
              )}
              {r.note && <UserText as="p" className="small" text={r.note} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
