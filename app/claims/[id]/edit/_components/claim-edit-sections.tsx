'use client';
import { useState } from 'react';
import { AttributionEditor, type AttributionEditorState } from './attribution-editor';
import { EditClaimForm, type EditableClaim } from './edit-claim-form';

/**
 * The edit page's two forms share one claim version: an attribution saved here moves the claim
 * to the next version, and the wording form follows that move instead of reporting our own
 * change back to us as someone else's.
 */
export function ClaimEditSections({ claim, events, attributions, canCorrectAttributions, alignments, documents }: {
  claim: EditableClaim;
  events: { id: number; title: string }[];
  attributions: AttributionEditorState;
  canCorrectAttributions: boolean;
  alignments: { slug: string; label: string }[];
  documents: { id: number; title: string }[];
}) {
  const [ownWrite, setOwnWrite] = useState<{ from: number; to: number } | null>(null);
  return (
    <>
      <EditClaimForm claim={claim} events={events} ownWrite={ownWrite} alignments={alignments} />
      {canCorrectAttributions && <AttributionEditor claimId={claim.id} initial={attributions} alignments={alignments} documents={documents}
        onWrite={(from, to) => setOwnWrite({ from, to })} />}
    </>
  );
}
