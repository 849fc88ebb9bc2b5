import Link from 'next/link';
import type { CSSProperties } from 'react';
import type { ClaimAttribution } from '@/lib/claims/claim-types';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { AttributionMeta, ATTRIBUTION_ROLE_WORDS } from '@/app/_components/attribution-meta';
import { QuoteInContext } from '@/app/_components/quote-in-context';
import { CombinedCode } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';

const anchorWords = {
  anchored: null,
  reanchored: 'Quote re-anchored after the stored text changed',
  lost: 'Quote no longer found in the stored text',
} as const;

/** Every attribution in provenance order, each quote shown in its document's context. */
export function AttributionList({
  attributions,
  credibility,
  lang,
}: {
  attributions: ClaimAttribution[];
  credibility: number;
  lang?: string | null;
}) {
  return (
    <ol className="plain-list">
      {attributions.map((a) => (
        <li key={a.id} className="attribution" style={{ '--depth': Math.min(a.depth, 4) } as CSSProperties}>
          <header>
            <Link href={`/sources/${a.source.id}`}>
              <strong>
                <UserText text={a.source.name} />
              </strong>
            </Link>
            <span>{ATTRIBUTION_ROLE_WORDS[a.role]}</span>
            <AlignmentBadge alignment={a.source.alignment} />
            <CombinedCode grade={a.source.reliability} level={credibility} code={a.combinedCode} />
          </header>
          {a.quote && <QuoteInContext quote={a.quote} lang={lang} />}
          {a.anchorStatus === 'lost' ? (
            <p className="anchor-lost" role="note">
              <strong>Quote no longer found in the document.</strong> Its stored text was edited and these words are gone.{' '}
              {a.document ? <Link href={`/documents/${a.document.id}#lost-quotes`}>Find the words in the document to fix it</Link> : null}
            </p>
          ) : anchorWords[a.anchorStatus] && <p className="small muted">{anchorWords[a.anchorStatus]}</p>}
          <AttributionMeta attribution={a} seenIn />
        </li>
      ))}
    </ol>
  );
}
