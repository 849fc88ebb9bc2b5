'use client';
import { FieldMessages } from '@/app/_forms/field';
import { SourcePicker, type PickedSource } from '@/app/_forms/source-picker';
import type { Statement } from './capture-payload';
import { Input } from './claim-fields';

// The provenance chain as the reviewer builds it: hop 1 asserts, every later hop relays the
// one before (pro-militant sources → South Front → Global Research). The quote belongs to
// one hop: the source whose document it was selected in.

export type Hop = Statement & { key: number; source: PickedSource | null };
type Alignment = { slug: string; label: string };

export function ChainFields({ hops, setHops, quoteHop, setQuoteHop, hasQuote, alignments, newKey }: {
  hops: Hop[];
  setHops: (h: Hop[]) => void;
  quoteHop: number;
  setQuoteHop: (i: number) => void;
  hasQuote: boolean;
  alignments: Alignment[];
  newKey: () => number;
}) {
  const update = (i: number, p: Partial<Hop>) => setHops(hops.map((h, j) => (j === i ? { ...h, ...p } : h)));
  const blank = (): Hop => ({ key: newKey(), source: null, statedAt: '', venue: '' });
  const insertAt = (i: number) => {
    setHops([...hops.slice(0, i), blank(), ...hops.slice(i)]);
    if (quoteHop >= i) setQuoteHop(quoteHop + 1);
  };
  const remove = (i: number) => {
    setHops(hops.filter((_, j) => j !== i));
    if (quoteHop > i || quoteHop === hops.length - 1) setQuoteHop(Math.max(0, quoteHop - 1));
  };
  return (
    <fieldset className="plain">
      <legend className="field-label">Who said it, and who repeated it</legend>
      <ol className="hop-list" aria-label="Provenance chain being recorded">
        {hops.map((hop, i) => {
          const title = i === 0 ? 'Origin: asserted by' : `Relay ${i}: relayed by`;
          const key = (k: string) => `attributions.${i}.${k}`;
          // One name per hop, in its heading and in every label inside it: the origin, then relay hops from 1.
          const hopName = i === 0 ? 'Origin' : `Relay hop ${i}`;
          return (
            <li key={hop.key} className="hop">
              <h4>{hopName}{i > 0 && hops[i - 1].source ? <span className="small muted"> — repeats <span dir="auto">{hops[i - 1].source!.name}</span></span> : null}</h4>
              <SourcePicker label={title} idPrefix={`hop-${i}`} value={hop.source} onChange={(source) => update(i, { source })} alignments={alignments}
                name={[key('sourceId'), key('relaysIndex'), key('role')]} />
              <div className="row-grid">
                <Input id={`hop-${i}-statedAt`} label={`${hopName}: said on`} type="date" value={hop.statedAt} onChange={(v) => update(i, { statedAt: v })} name={key('statedAt')} />
                <Input id={`hop-${i}-venue`} label={`${hopName}: venue`} value={hop.venue} onChange={(v) => update(i, { venue: v })} name={key('venue')} />
              </div>
              {hasQuote && (
                <label className="small">
                  <input type="radio" name="quoteHop" checked={quoteHop === i} onChange={() => setQuoteHop(i)} /> The quote is from this hop’s document
                </label>
              )}
              <FieldMessages id={`hop-${i}-quote-error`} label={`${hopName}: quote`} name={[key('quote.exact'), key('documentId')]} />
              <div className="button-row">
                {i > 0 && <button type="button" className="button button-secondary" onClick={() => insertAt(i)}>Insert a relay before {hopName.toLowerCase()}</button>}
                {hops.length > 1 && <button type="button" className="button button-secondary" onClick={() => remove(i)}>Remove {i === 0 ? 'the origin' : hopName.toLowerCase()}</button>}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => insertAt(hops.length)}>Add a relay after the last hop</button>
      </div>
    </fieldset>
  );
}
