'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConflictNotice } from '@/app/_forms/conflict-notice';
import type { ClaimStateAnswer } from '@/lib/claims/claim-answers';
import { AddAttributionForm } from './add-attribution-form';
import { HopCorrection } from './hop-correction';
import { hopsOf, type EditableHop } from './hop-choices';
import './attribution-editor.css';

export type AttributionEditorState = { version: number; originCount: number; carrierCount: number; hops: (EditableHop & { depth: number })[] };

const stateOf = (claim: ClaimStateAnswer): AttributionEditorState => ({
  version: claim.version, originCount: claim.originCount, carrierCount: claim.carrierCount, hops: hopsOf(claim.attributions),
});

/**
 * The claim's attributions, corrected one change at a time: each change is its own revision at
 * the claim's version, and its answer (the claim's new state) becomes the list shown. When
 * someone else changed the claim first, their state replaces the list, and the form says so.
 */
export function AttributionEditor({ claimId, initial, alignments, documents, onWrite }: {
  claimId: number;
  initial: AttributionEditorState;
  alignments: { slug: string; label: string }[];
  documents: { id: number; title: string }[];
  /** Our own write moved the claim from one version to the next. */
  onWrite: (from: number, to: number) => void;
}) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [stale, setStale] = useState<number | null>(null);
  const saved = (claim: ClaimStateAnswer) => {
    onWrite(state.version, claim.version);
    setState(stateOf(claim));
    setStale(null);
    router.refresh();
  };
  const newer = (claim: ClaimStateAnswer) => {
    setState(stateOf(claim));
    setStale(claim.version);
  };
  const common = { claimId, version: state.version, hops: state.hops, onSaved: saved, onStale: newer };

  return (
    <section aria-labelledby="attributions-heading" className="attribution-editor">
      <h2 id="attributions-heading">Attributions</h2>
      <p className="small muted">
        Who said it and who repeated it: {state.originCount} independent {state.originCount === 1 ? 'origin' : 'origins'}, {state.carrierCount} {state.carrierCount === 1 ? 'carrier' : 'carriers'}.
        Each correction is saved on its own and kept in the <Link href={`/claims/${claimId}#history-heading`}>claim’s history</Link>. To replace a wrong source, add the right one, re-point what relayed the wrong one, then remove it.
      </p>
      {stale !== null && (
        <ConflictNotice key={stale} title="Someone else changed this claim">
          <p>The attributions below now show their version ({stale}). Check your correction against it and save again.</p>
        </ConflictNotice>
      )}
      <ol className="hop-list" aria-label="Attributions of this claim">
        {state.hops.map((hop) => <HopCorrection key={hop.id} hop={hop} {...common} />)}
      </ol>
      <AddAttributionForm alignments={alignments} documents={documents} {...common} />
    </section>
  );
}
