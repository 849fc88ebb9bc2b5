'use client';
import { FormField } from '@/app/_forms/field';
import '@/app/_forms/capture.css';

// The claim's own facts, shared by the capture form and the edit form: when and where (with
// the precision conflict monitors record), the parties it names, and figures as ranges.

export type Party = { role: 'perpetrator' | 'target' | 'other'; name: string };
export type Figure = { measure: string; subject: string; min: string; max: string };
export type Facts = {
  occurredAt: string; occurredPrecision: string; placeName: string; placePrecision: string;
  parties: Party[]; figures: Figure[];
};

/** A controlled text input in the form kit; `name` is the key its errors come under. */
function Input({ id, label, value, onChange, type = 'text', name }: { id: string; label: string; value: string; onChange: (v: string) => void; type?: string; name?: string }) {
  return (
    <FormField id={id} label={label} name={name}>
      {(control) => <input {...control} type={type} dir={type === 'text' ? 'auto' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

function Select({ id, label, value, onChange, options, name }: { id: string; label: string; value: string; onChange: (v: string) => void; options: [string, string][]; name?: string }) {
  return (
    <FormField id={id} label={label} name={name}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      )}
    </FormField>
  );
}

const DATE_PRECISION: [string, string][] = [['', '—'], ['day', 'Day'], ['week', 'Week'], ['month', 'Month'], ['year', 'Year']];
const PLACE_PRECISION: [string, string][] = [['', '—'], ['exact', 'Exact'], ['town', 'Town'], ['district', 'District'], ['province', 'Province'], ['country', 'Country']];

export function FactsFields({ facts, set }: { facts: Facts; set: (f: Facts) => void }) {
  const patch = (p: Partial<Facts>) => set({ ...facts, ...p });
  const setParty = (i: number, p: Partial<Party>) => patch({ parties: facts.parties.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  const setFigure = (i: number, p: Partial<Figure>) => patch({ figures: facts.figures.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  return (
    <>
      <fieldset className="plain">
        <legend className="field-label">When and where it happened</legend>
        <div className="row-grid">
          <Input id="occurredAt" label="Date" type="date" value={facts.occurredAt} onChange={(v) => patch({ occurredAt: v })} name="occurredAt" />
          <Select id="occurredPrecision" label="Date precision" value={facts.occurredPrecision} onChange={(v) => patch({ occurredPrecision: v })} options={DATE_PRECISION} name="occurredPrecision" />
          <Input id="placeName" label="Place" value={facts.placeName} onChange={(v) => patch({ placeName: v })} name="placeName" />
          <Select id="placePrecision" label="Place precision" value={facts.placePrecision} onChange={(v) => patch({ placePrecision: v })} options={PLACE_PRECISION} name="placePrecision" />
        </div>
      </fieldset>
      <fieldset className="plain">
        <legend className="field-label">Parties the claim names (not the sources that speak)</legend>
        {facts.parties.map((p, i) => (
          <div key={i} className="row-grid">
            <Select id={`party-${i}-role`} label={`Party ${i + 1} role`} value={p.role} onChange={(v) => setParty(i, { role: v as Party['role'] })}
              options={[['perpetrator', 'Alleged perpetrator'], ['target', 'Target'], ['other', 'Other']]} name={`parties.${i}.role`} />
            <Input id={`party-${i}-name`} label={`Party ${i + 1} name`} value={p.name} onChange={(v) => setParty(i, { name: v })} name={`parties.${i}.name`} />
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
            <Input id={`figure-${i}-measure`} label={`Figure ${i + 1}: measure`} value={f.measure} onChange={(v) => setFigure(i, { measure: v })} name={`figures.${i}.measure`} />
            <Input id={`figure-${i}-subject`} label="Of whom" value={f.subject} onChange={(v) => setFigure(i, { subject: v })} name={`figures.${i}.subject`} />
            <Input id={`figure-${i}-min`} label="Min" type="number" value={f.min} onChange={(v) => setFigure(i, { min: v })} name={`figures.${i}.min`} />
            <Input id={`figure-${i}-max`} label="Max" type="number" value={f.max} onChange={(v) => setFigure(i, { max: v })} name={`figures.${i}.max`} />
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
