import Link from 'next/link';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { EventColumn, EventPair } from '@/lib/events/event-types';
import { compareHref } from '@/lib/claims/claim-format';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { UserText } from '@/app/_components/user-text';

type Side = { id: number; text: string; alignments: AlignmentRef[]; columnIndex: number };

function sidesById(columns: EventColumn[]): Map<number, Side> {
  const sides = new Map<number, Side>();
  for (const [columnIndex, column] of columns.entries()) {
    for (const card of column.claims) {
      const side = sides.get(card.id) ?? { id: card.id, text: card.text, alignments: [], columnIndex };
      side.alignments.push(column.alignment);
      sides.set(card.id, side);
    }
  }
  return sides;
}

/**
 * Each relation of the event drawn as a connector between its two accounts: contradictions name
 * what is disputed, supports point from the supporting claim to the one it supports.
 */
export function RelationConnectors({
  columns,
  pairs,
  verb,
}: {
  columns: EventColumn[];
  pairs: EventPair[];
  verb: 'contradicts' | 'supports';
}) {
  const sides = sidesById(columns);
  return (
    <ul className="connector-list">
      {pairs.map((pair) => {
        const [a, b] = orient(pair, verb, sides);
        return (
          <li key={pair.id} className="connector">
            <ConnectorSide side={sides.get(a)} id={a} edge="start" />
            <div className="connector-mid">
              <span className="glyph" aria-hidden="true">
                {verb === 'contradicts' ? '⟷' : '→'}
              </span>
              <span>
                #{a} {verb} #{b}
              </span>
              {pair.disputes.length > 0 && <span className="small"> — disputed: {pair.disputes.join(', ')}</span>}
              {pair.note && <UserText as="p" className="small muted" text={pair.note} />}
              {/* Its own line, and a space in the text, so it never reads as "#19 supports #16Compare". */}{' '}
              <Link className="small" style={{ display: 'block' }} href={compareHref([a, b])}>
                Compare side by side
              </Link>
            </div>
            <ConnectorSide side={sides.get(b)} id={b} edge="end" />
          </li>
        );
      })}
    </ul>
  );
}

// Supports reads subject → object; a contradiction is laid out like the columns above it,
// so the left account is the one whose column is further left.
function orient(pair: EventPair, verb: 'contradicts' | 'supports', sides: Map<number, Side>): [number, number] {
  if (verb === 'supports') {
    return pair.subjectClaimId === pair.claimBId ? [pair.claimBId, pair.claimAId] : [pair.claimAId, pair.claimBId];
  }
  const left = sides.get(pair.claimAId)?.columnIndex ?? 0;
  const right = sides.get(pair.claimBId)?.columnIndex ?? 0;
  return right < left ? [pair.claimBId, pair.claimAId] : [pair.claimAId, pair.claimBId];
}

function ConnectorSide({ side, id, edge }: { side: Side | undefined; id: number; edge: 'start' | 'end' }) {
  const colour = safeAlignmentColor(side?.alignments[0]?.color);
  const border = edge === 'start' ? { borderInlineStart: `6px solid ${colour}` } : { borderInlineEnd: `6px solid ${colour}` };
  return (
    <div style={{ ...border, padding: '0.2rem 0.6rem' }}>
      <p className="item-meta" style={{ marginTop: 0 }}>
        <span className="card-num">#{id}</span>
        {side?.alignments.map((a) => <AlignmentBadge key={a.slug} alignment={a} />)}
      </p>
      <Link href={`/claims/${id}`}>{side ? <UserText text={side.text} /> : `Claim #${id}`}</Link>
    </div>
  );
}
