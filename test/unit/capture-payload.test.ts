import { describe, expect, it } from 'vitest';
import { checkInput } from '@/app/_forms/form-check';
import { CaptureCheckSchema, capturePayload, factsPayload, isDetailField, type CaptureValues, type Facts } from '@/app/claims/new/_components/capture-payload';
import { CreateClaimSchema } from '@/lib/claims/claim-write-schemas';

// The capture form's state as a reviewer leaves it, and the POST /api/v1/claims body it sends.

const QUOTE = { exact: 'were forced to retreat after several hours of clashes', prefix: 'Army and NDF ', suffix: '.', start: 120 };
const blankFacts: Facts = { occurredAt: '', occurredPrecision: 'day', placeName: '', placePrecision: '', latitude: '', longitude: '', parties: [], figures: [] };
const source = (id: number, name: string) => ({ id, name });

const values = (over: Partial<CaptureValues> = {}): CaptureValues => ({
  text: 'Government forces retreated near Kansafrah.',
  language: 'en',
  originalText: '',
  originalLanguage: '',
  hops: [
    { source: source(7, 'pro-militant sources'), statedAt: '', venue: '' },
    { source: source(4, 'Global Research'), statedAt: '2020-07-02', venue: '' },
  ],
  denials: [],
  quoteOwner: 1,
  documentId: 2,
  quote: QUOTE,
  facts: blankFacts,
  event: { mode: 'none', eventId: '', title: '', startsAt: '' },
  ...over,
});

describe('capture payload: the fast path', () => {
  it('sends the chain with the quote on its hop, blanks as null, and passes the route schema', () => {
    const { body, explained } = capturePayload(values());
    expect(explained).toEqual({});
    expect(body).toEqual({
      text: 'Government forces retreated near Kansafrah.',
      language: 'en',
      originalText: null,
      originalLanguage: null,
      occurredAt: null,
      occurredPrecision: 'day',
      placeName: null,
      placePrecision: null,
      latitude: null,
      longitude: null,
      parties: [],
      figures: [],
      attributions: [
        { sourceId: 7, role: 'asserts', relaysIndex: null, documentId: null, quote: null, statedAt: null, venue: null },
        { sourceId: 4, role: 'relays', relaysIndex: 0, documentId: 2, quote: QUOTE, statedAt: '2020-07-02', venue: null },
      ],
    });
    expect(checkInput(CaptureCheckSchema, body)).toBeNull();
  });

  it('names an empty picker "choose a source" under the key the schema reports it', () => {
    const { body, explained } = capturePayload(values({ hops: [{ source: null, statedAt: '', venue: '' }], quoteOwner: 0 }));
    expect(explained).toEqual({ 'attributions.0.sourceId': ['Choose a source.'] });
    expect(Object.keys(checkInput(CaptureCheckSchema, body) ?? {})).toContain('attributions.0.sourceId');
  });
});

describe('capture payload: every field the API takes', () => {
  const full = values({
    originalText: '  أُجبرت على الانسحاب بعد ساعات من الاشتباكات  ',
    originalLanguage: 'ar',
    denials: [{ source: source(9, 'Syrian Ministry of Defence'), statedAt: '2020-07-01', venue: ' SANA ' }],
    facts: {
      ...blankFacts,
      occurredAt: '2020-06-30', occurredPrecision: 'week', placeName: 'Kansafrah', placePrecision: 'town', latitude: '35.69', longitude: '36.49',
      parties: [
        { role: 'perpetrator', name: ' Hayat Tahrir al-Sham ', source: source(12, 'Hayat Tahrir al-Sham') },
        { role: 'target', name: 'Syrian Army', source: null },
        { role: 'other', name: '   ', source: null },
      ],
      figures: [
        { measure: 'killed', subject: 'soldiers', min: '5', max: '', wording: ' at least five soldiers ' },
        { measure: '', subject: 'ignored', min: '1', max: '', wording: '' },
      ],
    },
    event: { mode: 'existing', eventId: '1', title: '', startsAt: '' },
  });

  it('maps original text, a denial after the chain, parties with their source links, figures with wording, coordinates and precision', () => {
    const { body, explained } = capturePayload(full);
    expect(explained).toEqual({});
    expect(body).toMatchObject({
      originalText: 'أُجبرت على الانسحاب بعد ساعات من الاشتباكات',
      originalLanguage: 'ar',
      occurredAt: '2020-06-30',
      occurredPrecision: 'week',
      placeName: 'Kansafrah',
      placePrecision: 'town',
      latitude: 35.69,
      longitude: 36.49,
      eventId: 1,
      parties: [
        { role: 'perpetrator', name: 'Hayat Tahrir al-Sham', sourceId: 12 },
        { role: 'target', name: 'Syrian Army', sourceId: null },
      ],
      figures: [{ measure: 'killed', subject: 'soldiers', min: 5, max: null, wording: 'at least five soldiers' }],
    });
    expect((body.attributions as unknown[])[2]).toEqual({
      sourceId: 9, role: 'denies', relaysIndex: null, documentId: null, quote: null, statedAt: '2020-07-01', venue: 'SANA',
    });
    const parsed = CreateClaimSchema.parse(body);
    expect(parsed.attributions.map((a) => a.role)).toEqual(['asserts', 'relays', 'denies']);
  });

  it('puts the quote on a denial when the document is the denial', () => {
    const { body } = capturePayload({ ...full, quoteOwner: 2 });
    const attributions = body.attributions as { documentId: number | null; quote: unknown }[];
    expect(attributions.map((a) => a.documentId)).toEqual([null, null, 2]);
    expect(attributions[2].quote).toEqual(QUOTE);
  });

  it('sends no original language without an original text', () => {
    const { body } = capturePayload({ ...full, originalText: '   ' });
    expect(body).toMatchObject({ originalText: null, originalLanguage: null });
  });

  it('an empty denial picker gets its own words, keyed after the chain', () => {
    const { explained } = capturePayload({ ...full, denials: [{ source: null, statedAt: '', venue: '' }] });
    expect(explained).toEqual({ 'attributions.2.sourceId': ['Choose the source that denies it, or remove this denial.'] });
  });

  it('the browser check refuses a figure without numbers, a bad language tag and half a coordinate pair, under their fields', () => {
    const bad = capturePayload({
      ...full,
      originalLanguage: 'not a tag',
      facts: { ...full.facts, figures: [{ measure: 'killed', subject: '', min: '', max: '', wording: '' }] },
    }).body;
    expect(checkInput(CaptureCheckSchema, bad)).toEqual({
      originalLanguage: ['Use a language code such as en, ar or ru.'],
      'figures.0.min': ['Give a minimum, a maximum or both.'],
    });
    const half = capturePayload({ ...full, facts: { ...full.facts, longitude: '' } }).body;
    expect(checkInput(CaptureCheckSchema, half)).toEqual({ longitude: ['Give both latitude and longitude, or neither.'] });
    const outOfRange = capturePayload({ ...full, facts: { ...full.facts, latitude: '91' } }).body;
    expect(Object.keys(checkInput(CaptureCheckSchema, outOfRange) ?? {})).toEqual(['latitude']);
  });
});

describe('facts payload: the edit form keeps its shape', () => {
  it('sends no coordinates, party sources or figure wording when the form holds none of them', () => {
    const edit = factsPayload({
      occurredAt: '', occurredPrecision: '', placeName: 'Idlib', placePrecision: 'province',
      parties: [{ role: 'target', name: 'Hayat Tahrir al-Sham' }],
      figures: [{ measure: 'killed', subject: '', min: '3', max: '4' }],
    });
    expect(edit).toEqual({
      occurredAt: null, occurredPrecision: null, placeName: 'Idlib', placePrecision: 'province',
      parties: [{ role: 'target', name: 'Hayat Tahrir al-Sham' }],
      figures: [{ measure: 'killed', subject: null, min: 3, max: 4 }],
    });
  });
});

describe('which errors open "More details"', () => {
  it('the original text, coordinates, parties, figures and the denials (attributions after the chain)', () => {
    for (const key of ['originalText', 'originalLanguage', 'latitude', 'longitude', 'parties.0.name', 'figures.1.min', 'attributions.2.sourceId']) {
      expect(isDetailField(key, 2), key).toBe(true);
    }
    for (const key of ['text', 'language', 'occurredAt', 'placeName', 'placePrecision', 'eventId', 'attributions.1.statedAt', 'attributions', '_', 'partiesX']) {
      expect(isDetailField(key, 2), key).toBe(false);
    }
  });
});
