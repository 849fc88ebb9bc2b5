'use client';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { SourcePicker, type PickedSource } from '@/app/_forms/source-picker';
import { AddAttributionSchema } from '@/lib/attributions/attribution-schemas';
import type { ClaimStateAnswer } from '@/lib/claims/claim-answers';
import { hopLabel, relayTargetsFor, type EditableHop } from './hop-choices';
import { useHopWrite } from './use-hop-write';

type Props = {
  claimId: number;
  version: number;
  hops: EditableHop[];
  alignments: { slug: string; label: string }[];
  documents: { id: number; title: string }[];
  onSaved: (claim: ClaimStateAnswer) => void;
  onStale: (claim: ClaimStateAnswer) => void;
};

/**
 * One more hop: who (the source picker, which can also record a new source), in what role,
 * repeating which hop, and optionally the document and the exact words it was seen in; the
 * server finds the words in the document's stored text and anchors them.
 */
export function AddAttributionForm({ claimId, version, hops, alignments, documents, onSaved, onStale }: Props) {
  const [source, setSource] = useState<PickedSource | null>(null);
  const [role, setRole] = useState<EditableHop['role']>('relays');
  const [relaysId, setRelaysId] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [quote, setQuote] = useState('');
  const [venue, setVenue] = useState('');
  const [statedAt, setStatedAt] = useState('');
  const added = useHopWrite((d: { claim: ClaimStateAnswer }) => d.claim, (claim) => { onSaved(claim); setSource(null); setQuote(''); setVenue(''); setStatedAt(''); }, onStale);
  const targets = relayTargetsFor(hops, null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    await added.run({
      method: 'POST', url: `/api/v1/claims/${claimId}/attributions`, schema: AddAttributionSchema,
      body: {
        sourceId: source?.id ?? 0, role, relaysId: role === 'relays' && relaysId ? Number(relaysId) : null,
        documentId: documentId ? Number(documentId) : null, quote: quote.trim() ? { exact: quote.trim() } : null,
        venue: venue.trim() || null, statedAt: statedAt || null, version,
      },
      // An empty picker is "choose a source", not the id rule the 0 placeholder breaks.
      explain: (fields) => (source ? fields : { ...fields, sourceId: ['Choose a source.'] }),
    });
  };

  return (
    <form onSubmit={save} className="panel form-stack" aria-label="Add an attribution" noValidate>
      <h3>Add an attribution</h3>
      <FormKit errors={added.errors}>
        <SourcePicker label="Source" idPrefix="add-hop" value={source} onChange={setSource} alignments={alignments} name="sourceId" />
        <div className="row-grid">
          <FormField id="add-hop-role" label="Role" name="role">
            {(control) => (
              <select {...control} value={role} onChange={(e) => setRole(e.target.value as EditableHop['role'])}>
                <option value="asserts">asserts</option>
                <option value="relays">relays</option>
                <option value="denies">denies</option>
              </select>
            )}
          </FormField>
          {role === 'relays' && (
            <FormField id="add-hop-relays" label="Repeats" name="relaysId">
              {(control) => (
                <select {...control} value={relaysId} onChange={(e) => setRelaysId(e.target.value)}>
                  <option value="">No recorded hop</option>
                  {targets.map((t) => <option key={t.id} value={t.id}>{hopLabel(t)}</option>)}
                </select>
              )}
            </FormField>
          )}
          <FormField id="add-hop-venue" label="Venue" name="venue">
            {(control) => <input {...control} type="text" dir="auto" value={venue} onChange={(e) => setVenue(e.target.value)} maxLength={500} />}
          </FormField>
          <FormField id="add-hop-stated" label="Said on" name="statedAt">
            {(control) => <input {...control} type="date" value={statedAt} onChange={(e) => setStatedAt(e.target.value)} />}
          </FormField>
        </div>
        <FormField id="add-hop-document" label="Seen in document" name={['documentId', 'attribution.documentId']}>
          {(control) => (
            <select {...control} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              <option value="">No document</option>
              {documents.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="add-hop-quote" label="Exact words quoted" name={['quote.exact', 'attribution.quote.exact']}
          hint="Paste them as they stand in the document’s stored text; they are found and anchored there.">
          {(control) => <textarea {...control} dir="auto" value={quote} onChange={(e) => setQuote(e.target.value)} maxLength={10_000} rows={2} />}
        </FormField>
        <ErrorSummary message={added.state && !added.state.ok ? added.state.message : undefined} />
      </FormKit>
      <FormStatus state={statusOf(added.state, () => 'Attribution added.')} />
      <div><SubmitButton pending={added.pending} label="Add attribution" /></div>
    </form>
  );
}
