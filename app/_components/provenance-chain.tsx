import Link from 'next/link';
import type { ClaimAttribution } from '@/lib/claims/claim-types';
import { buildProvenanceChains } from '@/lib/claims/provenance';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { AlignmentBadge } from './alignment-badge';
import { CombinedCode } from './scale-badges';
import { UserText } from './user-text';

/**
 * The claim's provenance drawn as connected cards: who first said it, then every relay hop.
 * Each chain is an ordered list named by its hops, so assistive tech and tests read the
 * same sequence the picture shows.
 */
export function ProvenanceChain({ attributions, credibility }: { attributions: ClaimAttribution[]; credibility: number }) {
  const paths = buildProvenanceChains(attributions);
  if (paths.length === 0) return <p className="empty">No source is recorded as asserting or relaying this claim.</p>;
  return (
    <div className="chains">
      {paths.map((path) => {
        const name = `Provenance chain: ${path.map((a) => a.source.name).join(' → ')}`;
        return (
          <ol key={path.map((a) => a.id).join('-')} className="chain" aria-label={name}>
            {path.map((a, i) => (
              <li key={a.id} className="chain-node">
                {i > 0 && (
                  <span className="chain-arrow" aria-hidden="true">
                    <span className="arrow-glyph">→</span>
                  </span>
                )}
                <ChainCard attribution={a} step={i} credibility={credibility} />
              </li>
            ))}
          </ol>
        );
      })}
    </div>
  );
}

function ChainCard({ attribution: a, step, credibility }: { attribution: ClaimAttribution; step: number; credibility: number }) {
  const when = a.statedAt ?? a.document?.publishedAt ?? null;
  const role =
    step === 0
      ? a.role === 'asserts'
        ? 'Origin: asserts'
        : 'Relays (origin not recorded)'
      : `Relay hop ${step}`;
  return (
    <div className="chain-card" style={{ borderTopColor: safeAlignmentColor(a.source.alignment.color) }}>
      <span className="role">{role}</span>
      <Link className="name" href={`/sources/${a.source.id}`}>
        <UserText text={a.source.name} />
      </Link>
      <span className="item-meta">
        <AlignmentBadge alignment={a.source.alignment} />
        <CombinedCode grade={a.source.reliability} level={credibility} code={a.combinedCode} />
      </span>
      {when && (
        <span className="small">
          <time dateTime={isoDate(when)}>{formatDay(when)}</time>
        </span>
      )}
      {a.document && (
        <span className="small">
          {' '}in <Link href={`/documents/${a.document.id}`}><UserText text={a.document.title} /></Link>
        </span>
      )}
      {a.venue && (
        <span className="small">
          {' '}at <UserText text={a.venue} />
        </span>
      )}
      {a.quote && (
        <q className="small chain-quote" dir="auto">
          {a.quote.exact.length > 120 ? `${a.quote.exact.slice(0, 119)}…` : a.quote.exact}
        </q>
      )}
    </div>
  );
}
