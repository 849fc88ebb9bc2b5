'use client';
import { FieldMessages } from '@/app/_forms/field';
import { SourcePicker } from '@/app/_forms/source-picker';
import { Input } from './claim-fields';
import type { Hop } from './chain-fields';

// Sources that say the claim is false (the Syrian Ministry of Defence denying a retreat). They
// are attributions with the role `denies`, sent after the chain, so their error keys are
// `attributions.<hops + n>.…`; they repeat no one and no one relays them.

type Alignment = { slug: string; label: string };

export function DenialFields({ denials, setDenials, offset, quoteOwner, setQuoteOwner, hasQuote, alignments, newKey }: {
  denials: Hop[];
  setDenials: (d: Hop[]) => void;
  /** How many attributions come before the denials (the chain's hops). */
  offset: number;
  quoteOwner: number;
  setQuoteOwner: (i: number) => void;
  hasQuote: boolean;
  alignments: Alignment[];
  newKey: () => number;
}) {
  const update = (i: number, p: Partial<Hop>) => setDenials(denials.map((d, j) => (j === i ? { ...d, ...p } : d)));
  const remove = (i: number) => {
    setDenials(denials.filter((_, j) => j !== i));
    // The quote stays with its statement; a removed owner hands it back to the chain's last hop.
    if (quoteOwner === offset + i) setQuoteOwner(offset - 1);
    else if (quoteOwner > offset + i) setQuoteOwner(quoteOwner - 1);
  };
  return (
    <fieldset className="plain">
      <legend className="field-label">Sources that deny it</legend>
      {denials.length === 0 && <p className="field-hint">None recorded. A denial is a source saying the claim is false; it does not count as a carrier.</p>}
      <ol className="hop-list" aria-label="Denials being recorded">
        {denials.map((d, i) => {
          const key = (k: string) => `attributions.${offset + i}.${k}`;
          const n = i + 1;
          return (
            <li key={d.key} className="hop hop-denial">
              <h4>Denial {n}</h4>
              <SourcePicker label={`Denial ${n}: denied by`} idPrefix={`denial-${i}`} value={d.source} onChange={(source) => update(i, { source })}
                alignments={alignments} name={[key('sourceId'), key('role'), key('relaysIndex')]} />
              <div className="row-grid">
                <Input id={`denial-${i}-statedAt`} label={`Denial ${n}: said on`} type="date" value={d.statedAt} onChange={(v) => update(i, { statedAt: v })} name={key('statedAt')} />
                <Input id={`denial-${i}-venue`} label={`Denial ${n}: venue`} value={d.venue} onChange={(v) => update(i, { venue: v })} name={key('venue')} />
              </div>
              {hasQuote && (
                <label className="small">
                  <input type="radio" name="quoteHop" checked={quoteOwner === offset + i} onChange={() => setQuoteOwner(offset + i)} /> The quote is from this denial’s document
                </label>
              )}
              <FieldMessages id={`denial-${i}-quote-error`} label={`Denial ${n}: quote`} name={[key('quote.exact'), key('documentId')]} />
              <div className="button-row">
                <button type="button" className="button button-secondary" onClick={() => remove(i)}>Remove denial {n}</button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" className="button button-secondary"
          onClick={() => setDenials([...denials, { key: newKey(), source: null, statedAt: '', venue: '' }])}>Add a denial</button>
      </div>
    </fieldset>
  );
}
