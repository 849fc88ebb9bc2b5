import 'server-only';
import { db, sqlExecute, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { summariseProvenance } from '@/lib/claims/provenance';
import { alignmentInConflictSql } from '@/lib/alignments/alignment-in-conflict-sql';
import type { LineIssue } from '../line-issues';
import type { BatchCounts } from '../import-progress';
import { databaseErrorOf } from '../database-error';
import type { ImportClaim } from './claim-row-schemas';
import {
  documentKey, eventKey, resolveReferences, sourceKey, SourcesLikeExisting, type KnownReferences, type References,
} from './resolve-claim-references.server';

// Writes one batch of validated claims: existing claims (same external id) are skipped, the
// sources, events and documents they name are found or created, then, in one transaction, all
// claims and all attributions go in as one multi-row INSERT each (json_to_recordset: one
// parameter however many rows). Each claim row is written once, complete: its search context
// and asserting alignments (which triggers would otherwise add by updating every new row) are
// computed in the same INSERT from the batch's attributions, with the function the triggers
// use. Any failure rolls the batch's claims and attributions back together; reference rows
// created for it stay, as they would be reused by the same file's next import anyway.
// COPY is not used (docs/decisions/008-import-pipeline.md): postgres.js's COPY stream never
// settled when the server refused a row, so a bad batch could not fail cleanly.

export type BatchClaim = { line: number; attributionLines: number[]; claim: ImportClaim };
export type BatchOutcome = { ok: true; counts: BatchCounts } | { ok: false; errors: LineIssue[] };

const CLAIM_COLUMNS = `id int, external_id text, text text, language text, original_text text, original_language text,
  occurred_at timestamptz, occurred_precision "DatePrecision", place_name text, event_id int, credibility int,
  origin_count int, carrier_count int, created_by_id int, updated_at timestamptz`;
const ATTRIBUTION_COLUMNS = `id int, external_id text, claim_id int, source_id int, role "AttributionRole",
  document_id int, quote_exact text, quote_start int, anchor_status "AnchorStatus", venue text,
  stated_at timestamptz, relays_id int, created_by_id int`;

type Row = Record<string, string | number | Date | null | undefined>;

const names = (columns: string) => columns.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');
// Column lists are the constants above, written into the statement; rows are one json parameter.
const raw = Prisma.raw;

// A source asserts under its alignment in the claim's event's conflict, as refresh_claim_search has it.
const ALIGNMENT_IN_EVENT = alignmentInConflictSql('s', Prisma.sql`ev.conflict_id`);

async function insertClaims(tx: Tx, claims: Row[], attributions: Row[]) {
  const columns = names(CLAIM_COLUMNS);
  const claimsJson = JSON.stringify(claims);
  await sqlExecute(Prisma.sql`
    WITH a AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(attributions)}::json) AS y(claim_id int, source_id int, role text, quote_exact text, venue text)),
    ce AS (SELECT * FROM json_to_recordset(${claimsJson}::json) AS z(id int, event_id int)),
    ctx AS (
      SELECT a.claim_id, string_agg(a.quote_exact, ' ') AS quotes, string_agg(DISTINCT a.venue, ' ') AS venues,
        string_agg(DISTINCT s.search_names, ' ') AS names,
        array_agg(DISTINCT ${ALIGNMENT_IN_EVENT} ORDER BY ${ALIGNMENT_IN_EVENT}) FILTER (WHERE a.role = 'asserts') AS alignments
      FROM a JOIN sources s ON s.id = a.source_id
        LEFT JOIN ce ON ce.id = a.claim_id LEFT JOIN events ev ON ev.id = ce.event_id
      GROUP BY a.claim_id)
    INSERT INTO claims (${raw(columns)}, search_context, asserting_alignments)
    SELECT ${raw(columns.split(', ').map((c) => `x.${c}`).join(', '))},
      public.claim_search_context(ctx.quotes, concat_ws(' ', ctx.names, ctx.venues, e.title)),
      coalesce(ctx.alignments, ARRAY[]::text[])
    FROM json_to_recordset(${claimsJson}::json) AS x(${raw(CLAIM_COLUMNS)})
    LEFT JOIN ctx ON ctx.claim_id = x.id
    LEFT JOIN events e ON e.id = x.event_id`, { tx });
}

async function insertAttributions(tx: Tx, rows: Row[]) {
  if (rows.length === 0) return;
  const columns = names(ATTRIBUTION_COLUMNS);
  await sqlExecute(Prisma.sql`INSERT INTO attributions (${raw(columns)}) SELECT ${raw(columns)}
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(${raw(ATTRIBUTION_COLUMNS)})`, { tx });
}

// Ids are taken up front so attributions (and their relays) can name their claim in the same
// INSERT. The sequence is looked up once, not per row.
async function allocateIds(tx: Tx, table: 'claims' | 'attributions', n: number): Promise<number[]> {
  if (n === 0) return [];
  const [{ seq }] = await sqlRows<{ seq: string }>(Prisma.sql`SELECT pg_get_serial_sequence(${table}, 'id') AS seq`, { tx });
  const rows = await sqlRows<{ id: number }>(Prisma.sql`SELECT nextval(${seq}::regclass)::int AS id FROM generate_series(1, ${n}::int)`, { tx });
  return rows.map((r) => r.id);
}

type Rows = { claims: Row[]; attributions: Row[] };

function buildRows(batch: BatchClaim[], refs: References, claimIds: number[], attributionIds: number[], actorId: number): Rows {
  const now = new Date();
  const out: Rows = { claims: [], attributions: [] };
  let next = 0;
  batch.forEach(({ claim }, i) => {
    const claimId = claimIds[i];
    const ids = claim.attributions.map(() => attributionIds[next++]);
    const sources = claim.attributions.map((a) => refs.sources.get(sourceKey(a.source))!);
    // `relays` names another speaker of this claim by the key the file uses for it.
    const fileKeys = claim.attributions.map((a) => a.source.id ?? a.source.name);
    const relaysOf = (relays: string | undefined, self: number) =>
      relays ? (ids[fileKeys.findIndex((k, j) => k === relays && j !== self)] ?? null) : null;
    const links = claim.attributions.map((a, j) => ({
      id: ids[j], role: a.role, relaysId: relaysOf(a.relays, j), sourceId: sources[j].id,
      sourceKind: sources[j].kind, alignmentSlug: sources[j].alignmentSlug,
    }));
    const { originCount, carrierCount } = summariseProvenance(links);
    out.claims.push({
      id: claimId, external_id: claim.id, text: claim.text, language: claim.language,
      original_text: claim.originalText, original_language: claim.originalLanguage, occurred_at: claim.occurredAt,
      occurred_precision: claim.occurredPrecision, place_name: claim.placeName,
      event_id: claim.event ? refs.events.get(eventKey(claim.event)) : null, credibility: claim.credibility,
      origin_count: originCount, carrier_count: carrierCount, created_by_id: actorId, updated_at: now,
    });
    claim.attributions.forEach((a, j) => {
      const document = a.document ? refs.documents.get(documentKey(a.document)) : undefined;
      const start = a.quote && document ? document.text.indexOf(a.quote) : -1;
      out.attributions.push({
        id: ids[j], external_id: `${claim.id}#${j + 1}`, claim_id: claimId, source_id: sources[j].id, role: a.role,
        document_id: document?.id, quote_exact: a.quote, quote_start: start >= 0 ? start : null,
        anchor_status: a.quote && start < 0 ? 'lost' : 'anchored', venue: a.venue, stated_at: a.statedAt,
        relays_id: links[j].relaysId, created_by_id: actorId,
      });
    });
  });
  return out;
}

function toBatchErrors(e: unknown, batch: BatchClaim[]): LineIssue[] {
  const err = databaseErrorOf(e);
  const lines = `lines ${batch[0].line}–${batch.at(-1)!.line}`;
  const message = `Not imported (whole batch, ${lines}, rolled back): ${err.message}${err.detail ? ` (${err.detail})` : ''}`;
  return [{ line: batch[0].line, message }];
}

/** Each attribution naming a source that looks like a live one, at its own line. */
function likeExistingLines(e: SourcesLikeExisting, batch: BatchClaim[]): LineIssue[] {
  return batch.flatMap(({ line, attributionLines, claim }) => claim.attributions.flatMap((a, j) => {
    const message = e.byKey.get(sourceKey(a.source));
    return message ? [{ line: attributionLines[j] ?? line, message: `attributions.${j}.source: ${message}` }] : [];
  }));
}

const DEADLOCK = '40P01';
// A batch of 2,000 claims takes seconds on a busy machine; Prisma's 5-second default is too short.
const BATCH_TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

export async function writeClaimBatch(
  batch: BatchClaim[],
  actorId: number,
  known?: KnownReferences,
  attempt = 1,
): Promise<BatchOutcome> {
  try {
    const existing = await db.claim.findMany({ where: { externalId: { in: batch.map((b) => b.claim.id) } }, select: { externalId: true } });
    const skip = new Set(existing.map((r) => r.externalId));
    const fresh = batch.filter((b) => !skip.has(b.claim.id));
    // Shared reference rows commit on their own, in a short transaction, so concurrent batches
    // wait on each other only while creating the same new source, never for a whole batch.
    const refs = await db.$transaction((tx) => resolveReferences(tx, fresh.map((b) => b.claim), actorId, known), BATCH_TRANSACTION);
    const counts = await db.$transaction(async (tx) => {
      await sqlExecute(Prisma.sql`SELECT set_config('crosscheck.defer_search', 'on', true)`, { tx });
      const claimIds = await allocateIds(tx, 'claims', fresh.length);
      const attributionIds = await allocateIds(tx, 'attributions', fresh.reduce((n, b) => n + b.claim.attributions.length, 0));
      const rows = buildRows(fresh, refs, claimIds, attributionIds, actorId);
      if (rows.claims.length) await insertClaims(tx, rows.claims, rows.attributions);
      await insertAttributions(tx, rows.attributions);
      return {
        claimsImported: fresh.length,
        claimsExisting: skip.size,
        attributionsImported: attributionIds.length,
        sourcesCreated: refs.created.sources,
        eventsCreated: refs.created.events,
        documentsCreated: refs.created.documents,
      };
    }, BATCH_TRANSACTION);
    return { ok: true, counts };
  } catch (e) {
    if (e instanceof SourcesLikeExisting) return { ok: false, errors: likeExistingLines(e, batch) };
    // Concurrent batches lock in a fixed order, but PostgreSQL may still pick one as a victim.
    if (databaseErrorOf(e).code === DEADLOCK && attempt < 3) return writeClaimBatch(batch, actorId, known, attempt + 1);
    return { ok: false, errors: toBatchErrors(e, batch) };
  }
}
