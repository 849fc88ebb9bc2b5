// Hostile inputs for the API fuzz test: wrong types, huge strings, deep nesting, prototype keys,
// lone surrogates and invalid UTF-8, SQL and HTML fragments, lying headers; integer boundaries,
// control characters, extreme dates and forged cursors wherever an id, a query parameter, a date
// or a cursor is read.
import fc from 'fast-check';
import { encodeCursor } from '@/lib/pagination/cursor';

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
/** Integers as text at PostgreSQL's and JavaScript's edges, and spellings Number() reads too kindly. */
export const INT_BOUNDARY_TEXT = [
  '2147483647', '2147483648', '-2147483648', '-2147483649', '4294967296', '9007199254740991', '9007199254740992', '9007199254740993',
  '18446744073709551616', '-1', '0', '-0', '1e3', '1E3', '1e+3', '0x10', '0o7', '0b1', '007', ' 1', '1 ', '\t1', '1\n', '+1', '1.0', '1.5',
  '１', '1\u0000', '1_000', 'Infinity', '-Infinity', 'NaN',
];
/** The same as JSON numbers. */
export const INT_BOUNDARY_NUMBERS = [2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -1, 0, 1e3, 1.5, 1e21, Number.MAX_VALUE, Number.MIN_VALUE, -0];

/** Dates PostgreSQL or a JavaScript Date cannot hold, or only just can. */
export const EXTREME_DATES = [
  '0000-01-01', '0000-01-01T00:00:00Z', '0001-01-01', '0999-12-31', '1000-01-01', '9999-12-31', '9999-12-31T23:59:59-14:00', '10000-01-01',
  '+010000-01-01', '-000001-01-01', '-0001-01-01', '+275760-09-13T00:00:00.000Z', '+275760-09-14T00:00:00.000Z', '-271821-04-19T00:00:00.000Z',
  '1 BC', '4714-11-24 BC', '2020-02-30', '2020-13-01', '2020-01-01T25:00:00Z', '2020-01-01T00:00:00', '2020-01-01T00:00:00+99:00', 'infinity', '-infinity', 'epoch',
  '1970-01-01T00:00:00.000Z', '2020-06-30\u0000',
];

const CONTROL_UNITS = [...Array(32).keys(), 0x7f, 0x85, 0x9f].map((c) => String.fromCharCode(c));
// NUL is the one PostgreSQL refuses outright: it comes up as often as all the others together.
const controlUnit = fc.oneof(fc.constant('\u0000'), fc.constantFrom(...CONTROL_UNITS));
/** Text with control characters: alone, embedded in a word, or trailing a valid-looking value. */
export const controlString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: controlUnit, minLength: 1, maxLength: 4 }),
  fc.tuple(fc.constantFrom('Reuters', 'ceasefire', '3', '2020-06-30', 'pro-government', 'outlet', 'true'), controlUnit)
    .map(([word, c]) => `${word.slice(0, 2)}${c}${word.slice(2)}`),
);

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
/** Forged cursors: random base64, NUL keys, ids and scores beyond what the columns hold. */
export const malformedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b).toString('base64url')),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    encodeCursor('\u0000', 1), encodeCursor('2020-01-01T00:00:00.000Z\u0000', 1), encodeCursor('2020-01-01T00:00:00.000Z', 2 ** 31),
    encodeCursor('0000-01-01T00:00:00.000Z', 1), encodeCursor('+275760-09-13T00:00:00.000Z', 1), encodeCursor('yesterday', 1),
    encodeCursor('s::1e308', 1), encodeCursor('s::-1e308', 1), encodeCursor('s::1e-50', 1), encodeCursor('s:9007199254740993:0.5', 1),
    encodeCursor(`s::${'9'.repeat(400)}`, 1), encodeCursor('s:0:', 0), b64('["x",1e308]'), b64('["x",-1]'), b64('["x",1.5]'), b64('{"key":"x","id":1}'),
    b64('[null,1]'), b64('["x"]'), b64('"x"'), b64('[' + '['.repeat(5000)), '%00', '!!!!', '====', 'a'.repeat(701),
  ),
  fc.tuple(fc.constantFrom(...INT_BOUNDARY_NUMBERS), fc.constantFrom('', 'Reuters', 's::', 's::0.5', '2020-01-01T00:00:00.000Z'))
    .map(([id, key]) => b64(JSON.stringify([key, id]))),
);

/** A hostile value for a query parameter: any of the above, or a string from hostileString. */
export const queryValue = (hostile: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: fc.constantFrom(...INT_BOUNDARY_TEXT) },
  { weight: 2, arbitrary: controlString },
  { weight: 1, arbitrary: fc.constantFrom(...EXTREME_DATES) },
  { weight: 1, arbitrary: malformedCursor },
);

export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
export const FIELD_NAMES = [
  'text', 'name', 'kind', 'alignmentSlug', 'version', 'reliability', 'rationale', 'attributions', 'sourceId', 'role', 'targetClaimId',
  'type', 'note', 'title', 'url', 'mergeId', 'label', 'color', 'slug', 'q', 'cursor', 'limit', 'ids', 'eventId', 'credibility',
  'disputes', 'aliases', 'venue', 'quote', 'exact', 'documentId', 'publisherId', 'language', 'occurredAt', 'figures', 'parties',
  'newEvent', 'relaysIndex', 'relaysId', 'reason', 'email', 'password', 'status', 'userId', 'tokenId', 'retired', 'sourceText', 'format',
  'startsAt', 'endsAt', 'statedAt', 'publishedAt', 'retrievedAt', 'removedNoticedAt', 'from', 'to', 'alignment', 'contested', 'min', 'max',
  'start', 'republishesId', 'representsId', 'sortOrder', 'expiresInDays', 'claimId', 'relationId', 'attributionId', 'direction', 'actor',
  'entityType', 'action', 'removedAtSource', 'alignmentReason', 'credibilityReason',
];
/** Every query parameter a list or export reads, so each gets hostile values of its own. */
export const QUERY_NAMES = ['q', 'cursor', 'limit', 'sourceId', 'eventId', 'alignment', 'kind', 'credibility', 'contested', 'from', 'to', 'ids', 'format', 'name'];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HTML, ...SQL, ...WEIRD) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 300_000 }).chain((n) => fc.constantFrom('x'.repeat(n), '<b>'.repeat(n / 3), 'ب'.repeat(n))) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HTML, ...SQL), fc.string({ maxLength: 30 })).map(([a, b]) => `${b}${a}${b}`) },
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308, ...INT_BOUNDARY_NUMBERS),
  fc.constantFrom(...INT_BOUNDARY_TEXT, ...EXTREME_DATES), controlString,
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
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES, ...DANGEROUS_KEYS), fc.string({ maxLength: 8 })), hostileString), { maxLength: 6 })
    .map((entries) => new URLSearchParams(entries.map(([k, v]) => [k, v.slice(0, 5000)])).toString()) },
  // The real parameter names with boundary, control-character, date and cursor values; one
  // hostile parameter among otherwise plausible ones reaches further than all-garbage queries.
  { weight: 3, arbitrary: fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), queryValue(hostileString.map((s) => s.slice(0, 500)))), { minLength: 1, maxLength: 4 })
    .map((entries) => new URLSearchParams(entries).toString()) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...QUERY_NAMES), fc.constantFrom('%00', '%00', '%01', '%1F', '%7F', '%C2%85', 'a%00b', '%0A', '%0D%0A', '%E0%A4%A', '%'))
    .map(([k, v]) => `${k}=${v}`) },
  fc.constantFrom('q=%00', 'q=%E0%A4%A', 'limit=-1&limit=99999', 'cursor=%00%ff', 'ids=1,2,3,__proto__', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'q=' + '%61'.repeat(3000)),
);

export const paramValue: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -5, max: 2_000_000 }).map(String),
  fc.constantFrom(...INT_BOUNDARY_TEXT),
  fc.bigInt({ min: 2n ** 31n - 2n, max: 2n ** 64n }).map(String),
  controlString,
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
  fc.tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES, 'sourceId', 'claimId', 'relationId', 'token') }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS, '$ACTION_ID_x') }),
    fc.oneof(hostileString, fc.integer({ min: -2, max: 50 }).map(String), fc.constantFrom(...INT_BOUNDARY_TEXT, ...EXTREME_DATES), controlString),
  ),
  { maxLength: 8 },
);
