import Link from 'next/link';
import type { CSSProperties, ReactNode } from 'react';
import { COMPARE_FIELDS, type CompareField, type CompareRelation, type Comparison } from '@/lib/compare/compare-types';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { RELATION_LABELS } from '@/lib/relations/relation-schemas';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { ContestedBadge } from '@/app/_components/contested-badge';
import { FIELD_LABELS, FieldValue } from './compare-fields';

function relationBetween(relations: CompareRelation[], x: number, y: number) {
  return relations.find((r) => (r.claimAId === x && r.claimBId === y) || (r.claimAId === y && r.claimBId === x));
}

/**
 * The claims in columns, one grid row per field so the eye reads across. Between neighbouring
 * columns a narrow gutter names their relation and marks the rows it disputes. The grid is an
 * ARIA table (rows use display: contents) so the row and column headers are announced.
 */
export function CompareGrid({ comparison }: { comparison: Comparison }) {
  const { claims, relations, fieldsInDispute } = comparison;
  const gutters = claims.slice(1).map((c, i) => relationBetween(relations, claims[i].id, c.id));
  const style = {
    '--cols-screen': columns(claims.length, 'minmax(7rem, 10rem)', 'minmax(14rem, 1fr)', '4.8rem'),
    '--cols-phone': columns(claims.length, '5.5rem', 'calc(100vw - 8.5rem)', '1.5rem'),
    '--cols-print': columns(claims.length, '6.5rem', 'minmax(0, 1fr)', '1.6rem'),
  } as CSSProperties;

  return (
    <div className="compare-scroll" tabIndex={0} aria-label="Accounts side by side; scroll sideways for more">
      <div role="table" className="compare-grid" style={style} aria-label="Claims compared field by field">
        <div role="row" className="compare-row compare-head">
          <span role="columnheader" className="compare-label">
            Field
          </span>
          {claims.map((claim, i) => (
            <Cell key={claim.id} index={i} count={claims.length} gutter={gutters[i]}>
              <div
                role="columnheader"
                className="compare-cell compare-colhead"
                data-claim={claim.id}
                style={{ borderTopColor: safeAlignmentColor(claim.alignments[0]?.color) }}
              >
                <Link href={`/claims/${claim.id}`}>Claim #{claim.id}</Link>
                {claim.isContested && <ContestedBadge />}
                <span className="compare-alignments">
                  {claim.alignments.map((a) => (
                    <AlignmentBadge key={a.slug} alignment={a} />
                  ))}
                </span>
              </div>
            </Cell>
          ))}
        </div>
        {COMPARE_FIELDS.map((field) => (
          <div role="row" key={field} className="compare-row" data-field={field}>
            <span role="rowheader" className="compare-label">
              {FIELD_LABELS[field]}
            </span>
            {claims.map((claim, i) => {
              const disputed = fieldsInDispute[claim.id]?.includes(field);
              return (
                <Cell key={claim.id} index={i} count={claims.length} gutter={gutters[i]} field={field}>
                  <div
                    role="cell"
                    className={disputed ? 'compare-cell cell-disputed' : 'compare-cell'}
                    data-claim={claim.id}
                    style={{ borderInlineStartColor: safeAlignmentColor(claim.alignments[0]?.color) }}
                  >
                    {disputed && <span className="dispute-flag">In dispute</span>}
                    <FieldValue field={field} claim={claim} />
                  </div>
                </Cell>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

// Label column, then claim, gutter, claim, … ; written out because repeat() takes no var().
function columns(count: number, label: string, claim: string, gutter: string): string {
  return [label, ...Array.from({ length: count }, (_, i) => (i === 0 ? claim : `${gutter} ${claim}`))].join(' ');
}

// A claim's cell followed, except in the last column, by the gutter before the next claim.
function Cell({ children, gutter, field, index, count }: {
  children: ReactNode;
  gutter: CompareRelation | undefined;
  field?: CompareField;
  index: number;
  count: number;
}) {
  return (
    <>
      {children}
      {index < count - 1 && <Gutter relation={gutter} field={field} />}
    </>
  );
}

const GLYPHS = { contradicts: '⟷', supports: '→', same_as: '=' } as const;

function Gutter({ relation, field }: { relation: CompareRelation | undefined; field?: CompareField }) {
  if (!field) {
    return (
      <span aria-hidden="true" className={`compare-gutter gutter-head${relation ? ` relation-${relation.type}` : ''}`}>
        {relation && (
          <>
            <span className="glyph">{GLYPHS[relation.type]}</span>
            <span className="gutter-words">{RELATION_LABELS[relation.type]}</span>
          </>
        )}
      </span>
    );
  }
  const disputed = relation?.fieldsInDispute.includes(field);
  return (
    <span aria-hidden="true" className={disputed ? 'compare-gutter gutter-disputed' : 'compare-gutter'}>
      {disputed ? '≠' : ''}
    </span>
  );
}
