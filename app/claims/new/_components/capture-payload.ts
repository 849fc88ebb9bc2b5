import type { FieldErrors } from '@/lib/api/field-errors';
import { CreateClaimSchema } from '@/lib/claims/claim-write-schemas';

// What the capture and edit forms hold (strings, as typed) and the API body they become. Pure,
// so the mapping is tested without a browser.

export type PickedRef = { id: number; name: string };
/** `source` is the party's own source record, when it has one (optional link). */
export type Party = { role: 'perpetrator' | 'target' | 'other'; name: string; source?: PickedRef | null };
export type Figure = { measure: string; subject: string; min: string; max: string; wording?: string };
/** Coordinates are optional keys: a form that leaves them out sends nothing for them (a PATCH keeps them). */
export type Facts = {
  occurredAt: string; occurredPrecision: string; placeName: string; placePrecision: string;
  latitude?: string; longitude?: string;
  parties: Party[]; figures: Figure[];
};
export type EventChoice = { mode: 'none' | 'existing' | 'new'; eventId: string; title: string; startsAt: string; conflictId?: string };
/** One source's statement in the chain or among the denials. */
export type Statement = { source: PickedRef | null; statedAt: string; venue: string };
export type CaptureQuote = { exact: string; prefix: string; suffix: string; start: number };

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
// A malformed number stays a NaN, so the schema names the field rather than sending nothing.
const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

/** The API's shape of the facts: blanks become null; a party or figure left empty is dropped. */
export function factsPayload(f: Facts) {
  return {
    occurredAt: orNull(f.occurredAt),
    occurredPrecision: orNull(f.occurredPrecision),
    placeName: orNull(f.placeName),
    placePrecision: orNull(f.placePrecision),
    ...(f.latitude !== undefined ? { latitude: numberOrNull(f.latitude) } : {}),
    ...(f.longitude !== undefined ? { longitude: numberOrNull(f.longitude) } : {}),
    parties: f.parties
      .filter((p) => p.name.trim())
      .map((p) => ({ role: p.role, name: p.name.trim(), ...(p.source !== undefined ? { sourceId: p.source?.id ?? null } : {}) })),
    figures: f.figures
      .filter((x) => x.measure.trim())
      .map((x) => ({
        measure: x.measure.trim(), subject: orNull(x.subject), min: numberOrNull(x.min), max: numberOrNull(x.max),
        ...(x.wording !== undefined ? { wording: orNull(x.wording) } : {}),
      })),
  };
}

export function eventPayload(e: EventChoice) {
  if (e.mode === 'existing' && e.eventId) return { eventId: Number(e.eventId) };
  if (e.mode === 'new') return { newEvent: { title: e.title, startsAt: e.startsAt || null, ...(e.conflictId ? { conflictId: Number(e.conflictId) } : {}) } };
  return {};
}

export type CaptureValues = {
  text: string;
  language: string;
  originalText: string;
  originalLanguage: string;
  /** Hop 0 asserts, each later hop relays the one before. */
  hops: Statement[];
  /** Sources that say the claim is false: attributions after the chain, role `denies`. */
  denials: Statement[];
  /** Index into hops then denials: whose document the quote was selected in. */
  quoteOwner: number;
  documentId: number | null;
  quote: CaptureQuote | null;
  facts: Facts;
  event: EventChoice;
};

/**
 * The POST /api/v1/claims body, and the errors the form states in its own words before the
 * schema runs (an empty picker is "choose a source", not the id rule its 0 placeholder breaks).
 */
export function capturePayload(v: CaptureValues): { body: Record<string, unknown>; explained: FieldErrors } {
  const statements = [
    ...v.hops.map((h, i) => ({ h, role: i === 0 ? 'asserts' : 'relays', relaysIndex: i === 0 ? null : i - 1 })),
    ...v.denials.map((h) => ({ h, role: 'denies', relaysIndex: null })),
  ];
  const attributions = statements.map(({ h, role, relaysIndex }, i) => {
    const quoted = v.quote !== null && v.documentId !== null && i === v.quoteOwner;
    return {
      sourceId: h.source?.id ?? 0,
      role,
      relaysIndex,
      documentId: quoted ? v.documentId : null,
      quote: quoted ? v.quote : null,
      statedAt: h.statedAt || null,
      venue: h.venue.trim() || null,
    };
  });
  const explained: FieldErrors = {};
  statements.forEach(({ h, role }, i) => {
    if (!h.source) explained[`attributions.${i}.sourceId`] = [role === 'denies' ? 'Choose the source that denies it, or remove this denial.' : 'Choose a source.'];
  });
  const originalText = orNull(v.originalText);
  const body = {
    text: v.text,
    language: v.language,
    originalText,
    // A language with no original text would label nothing.
    originalLanguage: originalText === null ? null : orNull(v.originalLanguage),
    ...factsPayload(v.facts),
    ...eventPayload(v.event),
    attributions,
  };
  return { body, explained };
}

const DETAIL_KEY = /^(originalText|originalLanguage|latitude|longitude|parties|figures)(\.|$)/;

/**
 * Whether an error key names a field inside the capture form's "More details" disclosure: the
 * original text, coordinates, parties, figures, and the denials (attributions after the chain).
 */
export function isDetailField(key: string, hopCount: number): boolean {
  if (DETAIL_KEY.test(key)) return true;
  const attribution = /^attributions\.(\d+)(\.|$)/.exec(key);
  return attribution !== null && Number(attribution[1]) >= hopCount;
}

/**
 * The route's schema plus one rule of the form's own: a point needs both coordinates (the
 * claim page shows none of a half pair).
 */
export const CaptureCheckSchema = CreateClaimSchema.superRefine((c, ctx) => {
  if ((c.latitude == null) === (c.longitude == null)) return;
  ctx.addIssue({ code: 'custom', path: [c.latitude == null ? 'latitude' : 'longitude'], message: 'Give both latitude and longitude, or neither.' });
});
