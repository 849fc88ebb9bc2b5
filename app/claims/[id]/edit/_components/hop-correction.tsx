'use client';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormField } from '@/app/_forms/field';
import { FormKit } from '@/app/_forms/form-kit';
import { FormStatus, statusOf, SubmitButton } from '@/app/_forms/form-status';
import { EditAttributionSchema, RemoveAttributionFormSchema } from '@/lib/attributions/attribution-schemas';
import type { ClaimStateAnswer } from '@/lib/claims/claim-answers';
import { dayOf, hopLabel, relayersOf, relayTargetsFor, type EditableHop } from './hop-choices';
import { useHopWrite } from './use-hop-write';

const ROLES = [['asserts', 'asserts (said it first-hand)'], ['relays', 'relays (repeats another hop)'], ['denies', 'denies']] as const;

type Props = {
  claimId: number;
  version: number;
  hop: EditableHop & { depth: number };
  hops: EditableHop[];
  onSaved: (claim: ClaimStateAnswer) => void;
  onStale: (claim: ClaimStateAnswer) => void;
};

/**
 * One hop of the chain: its role, what it relays, venue and date, corrected in place; or the
 * hop removed with a reason. A hop others relay says so and cannot be removed until they are
 * re-pointed (the API refuses it too).
 */
export function HopCorrection({ claimId, version, hop, hops, onSaved, onStale }: Props) {
  const [role, setRole] = useState<EditableHop['role']>(hop.role);
  const [relaysId, setRelaysId] = useState(hop.relaysId == null ? '' : String(hop.relaysId));
  const [venue, setVenue] = useState(hop.venue ?? '');
  const [statedAt, setStatedAt] = useState(dayOf(hop.statedAt));
  const [reason, setReason] = useState('');
  const [removeReason, setRemoveReason] = useState('');
  const same = (claim: ClaimStateAnswer) => claim;
  const correction = useHopWrite(same, onSaved, onStale);
  const removal = useHopWrite(same, onSaved, onStale);
  const url = `/api/v1/claims/${claimId}/attributions/${hop.id}`;
  const id = (k: string) => `hop-${hop.id}-${k}`;
  const relayers = relayersOf(hops, hop.id);
  const targets = relayTargetsFor(hops, hop.id);

  const correct = async (e: FormEvent) => {
    e.preventDefault();
    const wanted = { role, relaysId: role === 'relays' && relaysId ? Number(relaysId) : null, venue: venue.trim() || null, statedAt: statedAt || null };
    const was = { role: hop.role, relaysId: hop.relaysId, venue: hop.venue, statedAt: hop.statedAt ? dayOf(hop.statedAt) : null };
    // Only what changed is sent, so the history reads as the correction that was meant.
    const changes = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => v !== was[k as keyof typeof was]));
    await correction.run({ method: 'PATCH', url, schema: EditAttributionSchema, body: { ...changes, reason, version } });
  };
  const remove = async (e: FormEvent) => {
    e.preventDefault();
    await removal.run({ method: 'DELETE', url, schema: RemoveAttributionFormSchema, body: { reason: removeReason, version } });
  };

  return (
    <li className="hop" style={{ marginInlineStart: `${Math.min(hop.depth, 4) * 0.8}rem` }}>
      <h3 dir="auto">{hop.sourceName} {hop.role}{hop.relaysId != null && <span className="small muted"> — repeats #{hop.relaysId}</span>} <span className="small muted">(#{hop.id})</span></h3>
      {hop.quoteExact && <blockquote className="small" dir="auto">“{hop.quoteExact}”</blockquote>}
      <form onSubmit={correct} className="form-stack" aria-label={`Correct ${hopLabel(hop)}`} noValidate>
        <FormKit errors={correction.errors}>
          <div className="row-grid">
            <FormField id={id('role')} label="Role" name="role">
              {(control) => (
                <select {...control} value={role} onChange={(e) => setRole(e.target.value as EditableHop['role'])}>
                  {ROLES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                </select>
              )}
            </FormField>
            {role === 'relays' && (
              <FormField id={id('relays')} label="Repeats" name="relaysId">
                {(control) => (
                  <select {...control} value={relaysId} onChange={(e) => setRelaysId(e.target.value)}>
                    <option value="">No recorded hop</option>
                    {targets.map((t) => <option key={t.id} value={t.id}>{hopLabel(t)}</option>)}
                  </select>
                )}
              </FormField>
            )}
            <FormField id={id('venue')} label="Venue" name="venue">
              {(control) => <input {...control} type="text" dir="auto" value={venue} onChange={(e) => setVenue(e.target.value)} maxLength={500} />}
            </FormField>
            <FormField id={id('stated')} label="Said on" name="statedAt">
              {(control) => <input {...control} type="date" value={statedAt} onChange={(e) => setStatedAt(e.target.value)} />}
            </FormField>
          </div>
          <FormField id={id('reason')} label="Why this correction (kept in the history)" name="reason">
            {(control) => <input {...control} type="text" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
          </FormField>
          <ErrorSummary message={correction.state && !correction.state.ok ? correction.state.message : undefined} />
        </FormKit>
        <FormStatus state={statusOf(correction.state, () => 'Correction saved.')} />
        <div><SubmitButton pending={correction.pending} label="Save correction" ariaLabel={`Save correction to ${hopLabel(hop)}`} className="button button-secondary" /></div>
      </form>
      <form onSubmit={remove} className="form-stack" aria-label={`Removal of ${hopLabel(hop)}`} noValidate>
        <FormKit errors={removal.errors}>
          {relayers.length > 0 ? (
            <p className="small" id={id('relayed')}>
              Cannot be removed yet: <span dir="auto">{relayers.map(hopLabel).join(', ')}</span> {relayers.length === 1 ? 'relays' : 'relay'} this hop.
              Re-point {relayers.length === 1 ? 'it' : 'them'} to another hop, or remove {relayers.length === 1 ? 'it' : 'them'}, first.
            </p>
          ) : (
            <FormField id={id('remove-reason')} label="Why remove it (kept in the history)" name="reason">
              {(control) => <input {...control} type="text" dir="auto" value={removeReason} onChange={(e) => setRemoveReason(e.target.value)} maxLength={1000} />}
            </FormField>
          )}
          <ErrorSummary message={removal.state && !removal.state.ok ? removal.state.message : undefined} />
        </FormKit>
        <FormStatus state={statusOf(removal.state, () => 'Attribution removed.')} />
        <div>
          <button type="submit" className="button button-secondary" disabled={removal.pending || relayers.length > 0}
            aria-label={`Remove ${hopLabel(hop)}`} aria-describedby={relayers.length ? id('relayed') : undefined}>
            {removal.pending ? 'Removing…' : <>Remove <span dir="auto">{hop.sourceName}</span></>}
          </button>
        </div>
      </form>
    </li>
  );
}
