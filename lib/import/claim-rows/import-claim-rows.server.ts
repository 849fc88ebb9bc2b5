import 'server-only';
import type { ImportProgressSchema, ImportSummarySchema } from '../import-answers';
import { Transform, type Readable } from 'node:stream';
import { z } from 'zod';
import { db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { LineIssues, type LineIssue } from '../line-issues';
import { importRoles } from '../import-permissions';
import { newKnownReferences } from './resolve-claim-references.server';
import type { BatchCounts, ImportProgress } from '../import-progress';
import { ImportClaimSchema, type ImportFormat } from './claim-row-schemas';
import { readClaimRows, type RawRecord } from './read-claim-rows';
import { writeClaimBatch, type BatchClaim } from './write-claim-batch.server';

// Bulk import of claim rows (CSV or JSON Lines, docs/import-format.md): claims with their
// sources and attributions, in batches. A batch with a malformed row is not written at all and
// every problem in it is reported with its line; the other batches go in. Re-importing skips
// claims whose external id already exists.

export const DEFAULT_BATCH_SIZE = 2000;
export const DEFAULT_CONCURRENCY = 2;
const MAX_REPORTED_ERRORS = 200;

export type ImportSummary = ImportProgress & {
  errors: LineIssue[];
  batches: number;
  batchesRejected: number;
  durationMs: number;
  claimsPerSecond: number;
};
// The summary is the stream's last line, documented by ImportSummarySchema (as ImportProgress is
// by ImportProgressSchema): this stops compiling when a field changes on one side only.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const summaryIsDocumented: Same<ImportSummary, z.output<typeof ImportSummarySchema>> = true;
const progressIsDocumented: Same<ImportProgress, z.output<typeof ImportProgressSchema>> = true;
void summaryIsDocumented;
void progressIsDocumented;

export type ImportOptions = {
  input: Readable;
  format: ImportFormat;
  /** For the audit entry: the file name. */
  label?: string;
  totalBytes?: number | null;
  batchSize?: number;
  /** Batches written at once, each in its own transaction and connection. */
  concurrency?: number;
  onProgress?: (progress: ImportProgress) => void;
};

function issueLine(record: Extract<RawRecord, { value: unknown }>, path: PropertyKey[]): number {
  return path[0] === 'attributions' && typeof path[1] === 'number'
    ? (record.attributionLines[path[1]] ?? record.line)
    : record.line;
}

const describeIssue = (issue: z.core.$ZodIssue) =>
  `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;

/** Checks a batch's records; returns the claims, or every problem found (with lines). */
function validateBatch(records: RawRecord[], alignments: Set<string>, seen: Map<string, number>) {
  const claims: BatchClaim[] = [];
  const errors: LineIssue[] = [];
  for (const record of records) {
    if ('error' in record) {
      errors.push({ line: record.line, message: record.error });
      continue;
    }
    const parsed = ImportClaimSchema.safeParse(record.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line: issueLine(record, issue.path), message: describeIssue(issue) });
      continue;
    }
    const claim = parsed.data;
    const earlier = seen.get(claim.id);
    if (earlier !== undefined && earlier !== record.line) {
      errors.push({ line: record.line, message: `Claim id "${claim.id}" already appears on line ${earlier}.` });
      continue;
    }
    seen.set(claim.id, record.line);
    claim.attributions.forEach((a, i) => {
      if (!alignments.has(a.source.alignment)) {
        errors.push({ line: record.attributionLines[i] ?? record.line, message: `attributions.${i}.source.alignment: Unknown alignment "${a.source.alignment}".` });
      }
    });
    claims.push({ line: record.line, attributionLines: record.attributionLines, claim });
  }
  return { claims, errors };
}

export async function importClaimRows(viewer: Viewer, options: ImportOptions): Promise<ImportSummary> {
  requireRole(viewer, importRoles.claimRows);
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress: ImportProgress = {
    bytesRead: 0, totalBytes: options.totalBytes ?? null, claimsImported: 0, claimsExisting: 0, attributionsImported: 0,
    sourcesCreated: 0, eventsCreated: 0, documentsCreated: 0, claimsRejected: 0, errorCount: 0,
  };
  const issues = new LineIssues(MAX_REPORTED_ERRORS);
  let batches = 0;
  let batchesRejected = 0;
  const report = (found: LineIssue[], claims: number) => {
    issues.addAll(found);
    progress.errorCount = issues.count;
    progress.claimsRejected += claims;
    batchesRejected += 1;
  };

  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      progress.bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  options.input.on('error', (e) => counted.destroy(e));
  options.input.pipe(counted);

  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const alignments = new Set((await db.alignment.findMany({ select: { slug: true } })).map((r) => r.slug));
  const seen = new Map<string, number>();
  const known = newKnownReferences();
  // Up to `concurrency` batches are written at once (one pooled connection each) while the next
  // is parsed and validated.
  const writing = new Set<Promise<void>>();
  const flush = async (records: RawRecord[]) => {
    batches += 1;
    const { claims, errors: found } = validateBatch(records, alignments, seen);
    if (found.length) {
      report(found, records.length);
      options.onProgress?.({ ...progress });
      return;
    }
    while (writing.size >= concurrency) await Promise.race(writing);
    const write: Promise<void> = writeClaimBatch(claims, viewer.id, known).then((outcome) => {
      if (outcome.ok) for (const [k, v] of Object.entries(outcome.counts)) progress[k as keyof BatchCounts] += v;
      else report(outcome.errors, claims.length);
      options.onProgress?.({ ...progress });
      writing.delete(write);
    });
    writing.add(write);
  };
  let pending: RawRecord[] = [];
  for await (const record of readClaimRows(counted, options.format)) {
    pending.push(record);
    if (pending.length >= batchSize) {
      await flush(pending);
      pending = [];
    }
  }
  if (pending.length) await flush(pending);
  await Promise.all(writing);

  const durationMs = Date.now() - started;
  const summary: ImportSummary = {
    ...progress, errors: issues.listed, batches, batchesRejected, durationMs,
    claimsPerSecond: Math.round(progress.claimsImported / Math.max(durationMs / 1000, 0.001)),
  };
  const { errors: _listed, ...counts } = summary;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: viewer, action: 'import', entityType: 'import', entityId: options.label ?? `import-${started}`,
      before: null, after: { format: options.format, ...counts, firstErrors: issues.listed.slice(0, 10) },
    }),
  );
  return summary;
}
