// Hostile inputs for the API fuzz test: wrong types, huge strings, deep nesting, prototype keys,
// lone surrogates and invalid UTF-8, SQL and HTML fragments, lying headers.
import fc from 'fast-check';

export const HTML = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '<svg/onload=alert(1)>',
  '</textarea><script>alert(document.domain)</script>', '<a href="javascript:alert(1)">x</a>', '{{7*7}}', '${7*7}',
];
export const SQL = [
  "' OR '1'='1", "1; DROP TABLE claims; --", "'); DELETE FROM audit_log; --", '%', '_', '\\', "' UNION SELECT password_hash FROM users --",
  '1) OR (1=1', "$$; SELECT pg_sleep(10); $$", 'NULL', '\u0000',
];
export const WEIRD = [
  '', ' ', '\u202e\u0645\u0631\u062d\u0628\u0627', '\ud800', '\udfff', '\ufeff', '🧨'.repeat(50), 'NaN', 'Infinity', '-0', '1e309',
  '9'.repeat(400), 'true', 'null', '[]', '{}', '__proto__', 'constructor', 'prototype', '../../etc/passwd', '%00', '%E0%A4%A',
];
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
export const FIELD_NAMES = [
  'text', 'name', 'kind', 'alignmentSlug', 'version', 'reliability', 'rationale', 'attributions', 'sourceId', 'role', 'targetClaimId',
  'type', 'note', 'title', 'url', 'mergeId', 'label', 'color', 'slug', 'q', 'cursor', 'limit', 'ids', 'eventId', 'credibility',
  'disputes', 'aliases', 'venue', 'quote', 'exact', 'documentId', 'publisherId', 'language', 'occurredAt', 'figures', 'parties',
  'newEvent', 'relaysIndex', 'relaysId', 'reason', 'email', 'password', 'status', 'userId', 'tokenId', 'retired', 'sourceText', 'format',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HTML, ...SQL, ...WEIRD) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 300_000 }).chain((n) => fc.constantFrom('x'.repeat(n), '<b>'.repeat(n / 3), 'ب'.repeat(n))) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HTML, ...SQL), fc.string({ maxLength: 30 })).map(([a, b]) => `${b}${a}${b}`) },
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308),
);

export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('v'), { maxLength: 5 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES, ...DANGEROUS_KEYS), fc.string({ maxLength: 10 })), tie('v')), { maxLength: 6 })
      .map((entries) => new RawObject(entries)),
  ),
})).v;

/** An object kept as entries so `__proto__` survives into the JSON text as an own key. */
export class RawObject {
  constructor(readonly entries: [string, unknown][]) {}
}

export function toJsonText(v: unknown): string {
  if (v instanceof RawObject) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${toJsonText(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(toJsonText).join(',')}]`;
  return JSON.stringify(v) ?? 'null';
}

/** Bodies shaped like the real ones (known field names) far more often than pure noise. */
const objectBody = fc
  .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) }), jsonValue), { maxLength: 8 })
  .map((entries) => toJsonText(new RawObject(entries)));

export type Body = { kind: 'none' } | { kind: 'text'; text: string; contentType: string } | { kind: 'bytes'; bytes: Uint8Array };

export const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' } as Body) },
  { weight: 6, arbitrary: objectBody.map((text) => ({ kind: 'text', text, contentType: 'application/json' }) as Body) },
  { weight: 2, arbitrary: jsonValue.map((v) => ({ kind: 'text', text: toJsonText(v), contentType: 'application/json' }) as Body) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).chain((n) => fc.constantFrom('[', '{"a":').map((open) => ({
    kind: 'text', text: open.repeat(n) + (open === '[' ? ']' : '1}').repeat(n), contentType: 'application/json' }) as Body)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ kind: 'text', text, contentType: 'text/plain' }) as Body) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((raw) => ({ kind: 'bytes', bytes: Uint8Array.from([0x7b, 0x22, 0xc3, 0x28, 0xff, ...raw]) }) as Body) },
);

export const query: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES, ...DANGEROUS_KEYS), fc.string({ maxLength: 8 })), hostileString), { maxLength: 6 })
    .map((entries) => new URLSearchParams(entries.map(([k, v]) => [k, v.slice(0, 5000)])).toString()),
  fc.constantFrom('q=%E0%A4%A', 'limit=-1&limit=99999', 'cursor=%00%ff', 'ids=1,2,3,__proto__', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'q=' + '%61'.repeat(3000)),
);

export const paramValue: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -5, max: 2_000_000 }).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e309', 'NaN', '__proto__', 'constructor', '1; DROP TABLE claims', '%00', '9'.repeat(400), 'pro-government', ''),
  hostileString.map((s) => s.slice(0, 500)),
);

const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });

export type Creds = 'none' | 'garbage-bearer' | 'garbage-cookie' | 'unknown-token';
export const creds: fc.Arbitrary<Creds> = fc.constantFrom('none', 'garbage-bearer', 'garbage-cookie', 'unknown-token');

export const extraHeaders: fc.Arbitrary<[string, string][]> = fc.array(
  fc.tuple(fc.constantFrom('content-type', 'content-length', 'origin', 'x-forwarded-for', 'accept', 'x-real-ip', 'referer', 'accept-language'), ascii),
  { maxLength: 4 },
).map((hs) => hs.map(([k, v]) => [k, k === 'content-length' ? (v.match(/\d+/)?.[0] ?? '-1') : v] as [string, string]));

export const formFields: fc.Arbitrary<[string, string][]> = fc.array(
  fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES, 'sourceId', 'claimId', 'relationId', 'token') }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS, '$ACTION_ID_x') }), fc.oneof(hostileString, fc.integer({ min: -2, max: 50 }).map(String))),
  { maxLength: 8 },
);
