import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ImportFormat } from './claim-row-schemas';

// Reads an import file into claim-shaped records, each tagged with the line(s) it came from so
// every problem is reported where the user can find it. Validation happens later, per batch.

export type ParsedRecord = { line: number; value: Record<string, unknown>; attributionLines: number[] };
export type RawRecord = ParsedRecord | { line: number; error: string };

export const CSV_COLUMNS = [
  'claim_id', 'text', 'language', 'original_text', 'original_language', 'occurred_at',
  'occurred_precision', 'place_name', 'credibility', 'event_id', 'event_title',
  'source_id', 'source_name', 'source_kind', 'source_alignment', 'source_aliases', 'source_confirm_new',
  'role', 'relays', 'venue', 'stated_at', 'quote', 'document_url', 'document_title', 'document_text',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

const CLAIM_COLUMNS = {
  text: 'text', language: 'language', original_text: 'originalText', original_language: 'originalLanguage',
  occurred_at: 'occurredAt', occurred_precision: 'occurredPrecision', place_name: 'placeName', credibility: 'credibility',
} as const;

// PostgreSQL text cannot hold NUL: refused here, with its line, rather than by the database.
const NUL_MESSAGE = 'Contains a NUL character.';
const hasNul = (jsonLine: string) => jsonLine.includes('\0') || /\\u0000/i.test(jsonLine);

export async function* readClaimRows(input: Readable, format: ImportFormat): AsyncGenerator<RawRecord> {
  if (format === 'jsonl') yield* readJsonLines(input);
  else yield* readCsv(input);
}

async function* readJsonLines(input: Readable): AsyncGenerator<RawRecord> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    if (hasNul(text)) {
      yield { line, error: NUL_MESSAGE };
      continue;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { line, error: 'Each line must be one JSON object (a claim).' };
        continue;
      }
      const attributions = (value as { attributions?: unknown }).attributions;
      const count = Array.isArray(attributions) ? attributions.length : 0;
      yield { line, value: value as Record<string, unknown>, attributionLines: Array(count).fill(line) };
    } catch (e) {
      yield { line, error: `Not valid JSON: ${(e as Error).message}` };
    }
  }
}

function attributionOf(row: CsvRow): Record<string, unknown> | null {
  if (!row.source_name && !row.source_id && !row.role) return null;
  const document = row.document_url || row.document_title
    ? { url: row.document_url ?? '', title: row.document_title || row.document_url || '', text: row.document_text || null }
    : null;
  return {
    source: {
      id: row.source_id,
      name: row.source_name ?? '',
      kind: row.source_kind,
      alignment: row.source_alignment,
      aliases: (row.source_aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean),
      confirmNew: row.source_confirm_new,
    },
    role: row.role ?? '',
    relays: row.relays,
    venue: row.venue,
    statedAt: row.stated_at,
    quote: row.quote,
    document,
  };
}

function claimOf(row: CsvRow): Record<string, unknown> {
  const claim: Record<string, unknown> = { id: row.claim_id ?? '' };
  for (const [column, field] of Object.entries(CLAIM_COLUMNS)) claim[field] = row[column as keyof CsvRow];
  if (row.event_id || row.event_title) claim.event = { id: row.event_id, title: row.event_title ?? '' };
  claim.attributions = [];
  return claim;
}

/** A later row of the same claim may repeat its fields or leave them blank, not change them. */
function conflictingColumn(first: CsvRow, row: CsvRow): string | null {
  for (const column of [...Object.keys(CLAIM_COLUMNS), 'event_id', 'event_title'] as (keyof CsvRow)[]) {
    if (row[column] && row[column] !== first[column]) return column;
  }
  return null;
}

async function* readCsv(input: Readable): AsyncGenerator<RawRecord> {
  const parser = input.pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, info: true, skip_records_with_error: true }),
  );
  const skipped: RawRecord[] = [];
  parser.on('skip', (err: Error & { lines?: number }) => {
    skipped.push({ line: err.lines ?? 0, error: `Malformed CSV: ${err.message}` });
  });
  let current: { first: CsvRow; record: ParsedRecord } | null = null;
  let headerChecked = false;

  for await (const { info, record } of parser as AsyncIterable<{ info: { lines: number }; record: CsvRow }>) {
    while (skipped.length) yield skipped.shift()!;
    if (!headerChecked) {
      headerChecked = true;
      const unknown = Object.keys(record).filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
      if (unknown.length || !('claim_id' in record) || !('text' in record)) {
        yield { line: 1, error: unknown.length ? `Unknown column(s): ${unknown.join(', ')}.` : 'The header needs claim_id and text columns.' };
        return;
      }
    }
    const line = info.lines;
    if (Object.values(record).some((v) => v?.includes('\0'))) {
      yield { line, error: NUL_MESSAGE };
      continue;
    }
    if (current && record.claim_id && record.claim_id === current.first.claim_id) {
      const column = conflictingColumn(current.first, record);
      if (column) {
        yield { line, error: `Row repeats claim ${record.claim_id} with a different ${column}.` };
        continue;
      }
      const attribution = attributionOf(record);
      if (attribution) {
        (current.record.value.attributions as unknown[]).push(attribution);
        current.record.attributionLines.push(line);
      }
      continue;
    }
    if (current) yield current.record;
    const value = claimOf(record);
    const attribution = attributionOf(record);
    current = { first: record, record: { line, value, attributionLines: [] } };
    if (attribution) {
      (value.attributions as unknown[]).push(attribution);
      current.record.attributionLines.push(line);
    }
  }
  while (skipped.length) yield skipped.shift()!;
  if (current) yield current.record;
}
