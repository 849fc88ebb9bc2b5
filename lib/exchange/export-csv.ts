import { credibilityLabel } from '@/lib/ratings/admiralty';
import type { ExchangeRecord, RecordOf } from './exchange-records';

// Claims with their sources, one row per claim, for spreadsheets. Lossy by design: the JSON
// Lines file is the exchange format; this is for reading.

export const CSV_COLUMNS = [
  'claim_id', 'text', 'language', 'original_text', 'credibility', 'verdict', 'occurred_at', 'place', 'event_id', 'event',
  'asserted_by', 'relayed_by', 'denied_by', 'documents', 'quotes', 'created_at', 'deleted_at',
] as const;

// Spreadsheets run a cell starting with = + - @ (or tab/CR) as a formula: prefix a quote.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* archiveCsvLines(records: ExchangeRecord[]): Generator<string> {
  const of = <T extends ExchangeRecord['type']>(t: T) => records.filter((r): r is RecordOf<T> => r.type === t);
  const sourceName = new Map(of('source').map((s) => [s.id, s.name]));
  const docUrl = new Map(of('document').map((d) => [d.id, d.url]));
  const eventTitle = new Map(of('event').map((e) => [e.id, e.title]));
  const byClaim = new Map<string, RecordOf<'attribution'>[]>();
  for (const a of of('attribution')) byClaim.set(a.claim, [...(byClaim.get(a.claim) ?? []), a]);
  const names = (list: RecordOf<'attribution'>[], role: string) =>
    [...new Set(list.filter((a) => a.role === role).map((a) => sourceName.get(a.source) ?? a.source))].join('; ');

  yield '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
  for (const c of of('claim')) {
    const attrs = byClaim.get(c.id) ?? [];
    const row = [
      c.id, c.text, c.language, c.originalText, c.credibility, credibilityLabel(c.credibility), c.occurredAt, c.placeName,
      c.event, c.event ? (eventTitle.get(c.event) ?? null) : null, names(attrs, 'asserts'), names(attrs, 'relays'), names(attrs, 'denies'),
      [...new Set(attrs.flatMap((a) => (a.document ? [docUrl.get(a.document) ?? a.document] : [])))].join(' '),
      attrs.flatMap((a) => (a.selector ? [a.selector.exact] : [])).join(' | '), c.createdAt, c.deletedAt,
    ];
    yield row.map(csvCell).join(',') + '\r\n';
  }
}
