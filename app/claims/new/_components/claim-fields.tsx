'use client';
import '@/app/_forms/capture.css';

// The claim's own facts, shared by the capture form and the edit form: when and where (with
// the precision conflict monitors record), the parties it names, and figures as ranges.

export type Party = { role: 'perpetrator' | 'target' | 'other'; name: string };
export type Figure = { measure: string; subject: string; min: string; max: string };
export type Facts = {
  occurredAt: string; occurredPrecision: string; placeName: string; placePrecision: string;
  parties: Party[]; figures: Figure[];
};

type Errors = Record<string, string[]>;
const err = (errors: Errors, key: string) => errors[key]?.join(' ');

function Input({ id, label, value, onChange, type = 'text', error }: { id: string; label: string; value: string; onChange: (v: string) => void; type?: string; error?: string }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} dir={type === 'text' ? 'auto' : undefined} value={value} onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}

function Select({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

const DATE_PRECISION: [string, string][] = [['', '—'], ['day', 'Day'], ['week', 'Week'], ['month', 'Month'], ['year', 'Year']];
const PLACE_PRECISION: [string, string][] = [['', '—'], ['exact', 'Exact'], ['town', 'Town'], ['district', 'District'], ['province', 'Province'], ['country', 'Country']];

export function FactsFields({ facts, set, errors }: { facts: Facts; set: (f: Facts) => void; errors: Errors }) {
  const patch = (p: Partial<Facts>) => set({ ...facts, ...p });
  const setParty = (i: number, p: Partial<Party>) => patch({ parties: facts.parties.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  const setFigure = (i: number, p: Partial<Figure>) => patch({ figures: facts.figures.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  return (
    <>
      <fieldset className="plain">
        <legend className="field-label">When and where it happened</legend>
        <div className="row-grid">
          <Input id="occurredAt" label="Date" type="date" value={facts.occurredAt} onChange={(v) => patch({ occurredAt: v })} error={err(errors, 'occurredAt')} />
          <Select id="occurredPrecision" label="Date precision" value={facts.occurredPrecision} onChange={(v) => patch({ occurredPrecision: v })} options={DATE_PRECISION} />
          <Input id="placeName" label="Place" value={facts.placeName} onChange={(v) => patch({ placeName: v })} error={err(errors, 'placeName')} />
          <Select id="placePrecision" label="Place precision" value={facts.placePrecision} onChange={(v) => patch({ placePrecision: v })} options={PLACE_PRECISION} />
        </div>
      </fieldset>
      <fieldset className="plain">
        <legend className="field-label">Parties the claim names (not the sources that speak)</legend>
        {facts.parties.map((p, i) => (
          <div key={i} className="row-grid">
            <Select id={`party-${i}-role`} label={`Party ${i + 1} role`} value={p.role} onChange={(v) => setParty(i, { role: v as Party['role'] })}
              options={[['perpetrator', 'Alleged perpetrator'], ['target', 'Target'], ['other', 'Other']]} />
            <Input id={`party-${i}-name`} label={`Party ${i + 1} name`} value={p.name} onChange={(v) => setParty(i, { name: v })} error={err(errors, `parties.${i}.name`)} />
            <button type="button" className="button button-secondary" onClick={() => patch({ parties: facts.parties.filter((_, j) => j !== i) })}>Remove party {i + 1}</button>
          </div>
        ))}
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => patch({ parties: [...facts.parties, { role: 'perpetrator', name: '' }] })}>Add party</button>
        </div>
      </fieldset>
      <fieldset className="plain">
        <legend className="field-label">Figures it states, as ranges (“at least 5 killed”: min 5, no max)</legend>
        {facts.figures.map((f, i) => (
          <div key={i} className="row-grid">
            <Input id={`figure-${i}-measure`} label={`Figure ${i + 1}: measure`} value={f.measure} onChange={(v) => setFigure(i, { measure: v })} error={err(errors, `figures.${i}.measure`)} />
            <Input id={`figure-${i}-subject`} label="Of whom" value={f.subject} onChange={(v) => setFigure(i, { subject: v })} />
            <Input id={`figure-${i}-min`} label="Min" type="number" value={f.min} onChange={(v) => setFigure(i, { min: v })} error={err(errors, `figures.${i}.min`)} />
            <Input id={`figure-${i}-max`} label="Max" type="number" value={f.max} onChange={(v) => setFigure(i, { max: v })} error={err(errors, `figures.${i}.max`)} />
            <button type="button" className="button button-secondary" onClick={() => patch({ figures: facts.figures.filter((_, j) => j !== i) })}>Remove figure {i + 1}</button>
          </div>
        ))}
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => patch({ figures: [...facts.figures, { measure: 'killed', subject: '', min: '', max: '' }] })}>Add figure</button>
        </div>
      </fieldset>
    </>
  );
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const intOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

/** The API's shape of the facts: blanks become null. */
export function factsPayload(f: Facts) {
  return {
    occurredAt: orNull(f.occurredAt),
    occurredPrecision: orNull(f.occurredPrecision),
    placeName: orNull(f.placeName),
    placePrecision: orNull(f.placePrecision),
    parties: f.parties.filter((p) => p.name.trim()).map((p) => ({ role: p.role, name: p.name.trim() })),
    figures: f.figures.filter((x) => x.measure.trim()).map((x) => ({ measure: x.measure.trim(), subject: orNull(x.subject), min: intOrNull(x.min), max: intOrNull(x.max) })),
  };
}

export { Input, Select, DATE_PRECISION, PLACE_PRECISION };
