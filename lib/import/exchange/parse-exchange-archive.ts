import { z } from 'zod';
import { ExchangeRecord, HeaderRecord, RECORD_ORDER, type Header, type RecordOf } from '@/lib/exchange/exchange-records';
import { LineIssues } from '../line-issues';

export type Lined<T> = { line: number; record: T };
export type ParsedArchive = {
  header: Header;
  byType: { [K in ExchangeRecord['type']]: Lined<RecordOf<K>>[] };
};

/** The natural key of a record: two lines with one key in a file are a mistake. */
export function recordKey(r: ExchangeRecord): string {
  switch (r.type) {
    case 'user': return `user:${r.email}`;
    case 'alignment': return `alignment:${r.slug}`;
    case 'rating_revision': return `rating_revision:${r.source}#${r.version}`;
    case 'alignment_change': return `alignment_change:${r.source}#${r.seq}`;
    case 'claim_revision': return `claim_revision:${r.claim}#${r.seq}`;
    case 'source_conflict_alignment': return `source_conflict_alignment:${r.source}@${r.conflict}`;
    default: return `${r.type}:${r.id}`;
  }
}

const describe = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');

/** Validates every line of a crosscheck-export JSON Lines file; no database needed. */
export function parseExchangeArchive(text: string): ParsedArchive {
  const issues = new LineIssues();
  const lines = text.split('\n');
  const byType = Object.fromEntries(RECORD_ORDER.map((t) => [t, []])) as unknown as ParsedArchive['byType'];
  const seen = new Map<string, number>();
  let header: Header | null = null;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.replace(/\r$/, '');
    if (trimmed.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      issues.add(line, 'not valid JSON');
      return;
    }
    if (header === null && line === 1) {
      const parsed = HeaderRecord.safeParse(value);
      if (parsed.success) header = parsed.data;
      else issues.add(line, `the first line must be a crosscheck-export version 1 header (${describe(parsed.error)})`);
      return;
    }
    const parsed = ExchangeRecord.safeParse(value);
    if (!parsed.success) {
      issues.add(line, describe(parsed.error));
      return;
    }
    const key = recordKey(parsed.data);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add(line, `duplicate of line ${first} (${key})`);
      return;
    }
    seen.set(key, line);
    (byType[parsed.data.type] as Lined<ExchangeRecord>[]).push({ line, record: parsed.data });
  });

  if (header === null && issues.count === 0) issues.add(1, 'the file is empty; expected a header line');
  issues.failIfAny();
  return { header: header!, byType };
}
