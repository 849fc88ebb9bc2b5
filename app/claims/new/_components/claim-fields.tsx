'use client';
import { FormField } from '@/app/_forms/field';
import { SourcePicker } from '@/app/_forms/source-picker';
import type { Facts, Figure, Party } from './capture-payload';
import '@/app/_forms/capture.css';

// The claim's own facts, shared by the capture form and the edit form: when and where (with
// the precision conflict monitors record), the parties it names, and figures as ranges.

export type { Facts, Figure, Party } from './capture-payload';
export { factsPayload } from './capture-payload';

type Alignment = { slug: string; label: string };
type FactsProps = { facts: Facts; set: (f: Facts) => void };

/** A controlled text input in the form kit; `name` is the key its errors come under. */
function Input({ id, label, value, onChange, type = 'text', name, hint, step }: {
  id: string; label: string; value: string; onChange: (v: string) => void; type?: string; name?: string; hint?: string; step?: string;
}) {
  return (
    <FormField id={id} label={label} name={name} hint={hint}>
      {(control) => <input {...control} type={type} step={step} dir={type === 'text' ? 'auto' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />}
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

/** When and where, with the precision conflict monitors record. */
export function WhenWhereFields({ facts, set }: FactsProps) {
  const patch = (p: Partial<Facts>) => set({ ...facts, ...p });
  return (
    <fieldset className="plain">
      <legend className="field-label">When and where it happened</legend>
      <div className="row-grid">
        <Input id="occurredAt" label="Date" type="date" value={facts.occurredAt} onChange={(v) => patch({ occurredAt: v })} name="occurredAt" />
        <Select id="occurredPrecision" label="Date precision" value={facts.occurredPrecision} onChange={(v) => patch({ occurredPrecision: v })} options={DATE_PRECISION} name="occurredPrecision" />
        <Input id="placeName" label="Place" value={facts.placeName} onChange={(v) => patch({ placeName: v })} name="placeName" />
        <Select id="placePrecision" label="Place precision" value={facts.placePrecision} onChange={(v) => patch({ placePrecision: v })} options={PLACE_PRECISION} name="placePrecision" />
      </div>
    </fieldset>
  );
}

/** Latitude and longitude of the place, in decimal degrees (WGS 84). */
export function CoordinateFields({ facts, set }: FactsProps) {
  const patch = (p: Partial<Facts>) => set({ ...facts, ...p });
  return (
    <fieldset className="plain">
      <legend className="field-label">Coordinates of the place (decimal degrees)</legend>
      <div className="row-grid">
        <Input id="latitude" label="Latitude" type="number" step="any" value={facts.latitude ?? ''} onChange={(v) => patch({ latitude: v })} name="latitude" hint="−90 to 90, north positive" />
        <Input id="longitude" label="Longitude" type="number" step="any" value={facts.longitude ?? ''} onChange={(v) => patch({ longitude: v })} name="longitude" hint="−180 to 180, east positive" />
      </div>
    </fieldset>
  );
}

/**
 * The parties the claim names. With `alignments`, each party may be linked to its own source
 * record (the picker can create one), and picking a source names a party still unnamed.
 */
export function PartiesFields({ facts, set, alignments }: FactsProps & { alignments?: Alignment[] }) {
  const patch = (p: Partial<Facts>) => set({ ...facts, ...p });
  const setParty = (i: number, p: Partial<Party>) => patch({ parties: facts.parties.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  return (
    <fieldset className="plain">
      <legend className="field-label">Parties the claim names (not the sources that speak)</legend>
      {facts.parties.map((p, i) => (
        <div key={i} className="row-grid">
          <Select id={`party-${i}-role`} label={`Party ${i + 1} role`} value={p.role} onChange={(v) => setParty(i, { role: v as Party['role'] })}
            options={[['perpetrator', 'Alleged perpetrator'], ['target', 'Target'], ['other', 'Other']]} name={`parties.${i}.role`} />
          <Input id={`party-${i}-name`} label={`Party ${i + 1} name`} value={p.name} onChange={(v) => setParty(i, { name: v })} name={`parties.${i}.name`} />
          {alignments && (
            <SourcePicker label={`Party ${i + 1}: its source record (optional)`} idPrefix={`party-${i}-source`} value={p.source ?? null} alignments={alignments}
              onChange={(source) => setParty(i, { source, ...(source && !p.name.trim() ? { name: source.name } : {}) })} name={`parties.${i}.sourceId`} />
          )}
          <button type="button" className="button button-secondary" onClick={() => patch({ parties: facts.parties.filter((_, j) => j !== i) })}>Remove party {i + 1}</button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button button-secondary"
          onClick={() => patch({ parties: [...facts.parties, { role: 'perpetrator', name: '', ...(alignments ? { source: null } : {}) }] })}>Add party</button>
      </div>
    </fieldset>
  );
}

/** Figures as ranges; a figure that carries `wording` also keeps the words it was stated in. */
export function FiguresFields({ facts, set }: FactsProps) {
  const patch = (p: Partial<Facts>) => set({ ...facts, ...p });
  const setFigure = (i: number, p: Partial<Figure>) => patch({ figures: facts.figures.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  return (
    <fieldset className="plain">
      <legend className="field-label">Figures it states, as ranges (“at least 5 killed”: min 5, no max)</legend>
      {facts.figures.map((f, i) => (
        <div key={i} className="row-grid">
          <Input id={`figure-${i}-measure`} label={`Figure ${i + 1}: measure`} value={f.measure} onChange={(v) => setFigure(i, { measure: v })} name={`figures.${i}.measure`} />
          <Input id={`figure-${i}-subject`} label={`Figure ${i + 1}: of whom`} value={f.subject} onChange={(v) => setFigure(i, { subject: v })} name={`figures.${i}.subject`} />
          <Input id={`figure-${i}-min`} label={`Figure ${i + 1}: min`} type="number" value={f.min} onChange={(v) => setFigure(i, { min: v })} name={`figures.${i}.min`} />
          <Input id={`figure-${i}-max`} label={`Figure ${i + 1}: max`} type="number" value={f.max} onChange={(v) => setFigure(i, { max: v })} name={`figures.${i}.max`} />
          {f.wording !== undefined && (
            <Input id={`figure-${i}-wording`} label={`Figure ${i + 1}: as worded`} value={f.wording} onChange={(v) => setFigure(i, { wording: v })} name={`figures.${i}.wording`} />
          )}
          <button type="button" className="button button-secondary" onClick={() => patch({ figures: facts.figures.filter((_, j) => j !== i) })}>Remove figure {i + 1}</button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => patch({ figures: [...facts.figures, { measure: 'killed', subject: '', min: '', max: '', wording: '' }] })}>Add figure</button>
      </div>
    </fieldset>
  );
}

/**
 * All of the claim's facts in one block (the edit form). Coordinates appear when the facts
 * carry them; `alignments` turns on the parties' source links.
 */
export function FactsFields({ facts, set, alignments }: FactsProps & { alignments?: Alignment[] }) {
  return (
    <>
      <WhenWhereFields facts={facts} set={set} />
      {facts.latitude !== undefined && <CoordinateFields facts={facts} set={set} />}
      <PartiesFields facts={facts} set={set} alignments={alignments} />
      <FiguresFields facts={facts} set={set} />
    </>
  );
}

export { Input, Select, DATE_PRECISION, PLACE_PRECISION };
