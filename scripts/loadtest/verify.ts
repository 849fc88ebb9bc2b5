// After the load: the database must hold every acknowledged write, every audit entry by the
// load's users must match one, and each source's rating revisions must be 1..rating_version.
import pg from 'pg';
import type { Acked } from './workload';

export type Verification = {
  acknowledged: number;
  lost: { kind: string; id: number | string }[];
  auditEntries: number;
  unmatchedAudit: { action: string; entityType: string; entityId: string }[];
  unauditedWrites: number;
  ratingSources: { sourceId: number; ratingVersion: number; revisions: number; contiguous: boolean }[];
  ratingRevisionsLost: number;
  ok: boolean;
};

export async function verifyDatabase(url: string, acked: Acked, actorIds: number[], tolerateUnmatched = 0): Promise<Verification> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const lost: Verification['lost'] = [];
    const claimIds = acked.claims.map((x) => x.id);
    const { rows: claimRows } = await c.query('SELECT id, text FROM claims WHERE id = ANY($1::int[]) AND deleted_at IS NULL', [claimIds]);
    const storedText = new Map(claimRows.map((r) => [r.id, r.text]));
    for (const cl of acked.claims) if (storedText.get(cl.id) !== cl.text) lost.push({ kind: 'claim', id: cl.id });

    const { rows: relRows } = await c.query('SELECT id FROM claim_relations WHERE id = ANY($1::int[])', [acked.relations.map((r) => r.id)]);
    const relIds = new Set(relRows.map((r) => r.id));
    for (const r of acked.relations) if (!relIds.has(r.id)) lost.push({ kind: 'relation', id: r.id });

    const { rows: srcRows } = await c.query('SELECT id, name FROM sources WHERE id = ANY($1::int[])', [acked.sourcesCreated.map((s) => s.id)]);
    const srcNames = new Map(srcRows.map((r) => [r.id, r.name]));
    for (const s of acked.sourcesCreated) if (srcNames.get(s.id) !== s.name) lost.push({ kind: 'source', id: s.id });

    const { rows: revRows } = await c.query(
      'SELECT source_id, version FROM rating_revisions WHERE source_id = ANY($1::int[]) AND author_id = ANY($2::int[])',
      [[...new Set(acked.ratings.map((r) => r.sourceId))], actorIds],
    );
    const revs = new Set(revRows.map((r) => `${r.source_id}:${r.version}`));
    for (const r of acked.ratings) if (!revs.has(`${r.sourceId}:${r.version}`)) lost.push({ kind: 'rating', id: `${r.sourceId}@${r.version}` });

    const { rows: ratingRows } = await c.query(
      `SELECT s.id, s.rating_version, count(r.id)::int AS n, coalesce(min(r.version), 0) AS lo, coalesce(max(r.version), 0) AS hi,
              count(DISTINCT r.version)::int AS distinct_n
       FROM sources s LEFT JOIN rating_revisions r ON r.source_id = s.id
       WHERE s.id = ANY($1::int[]) GROUP BY s.id ORDER BY s.id`,
      [[...new Set(acked.ratings.map((r) => r.sourceId))]],
    );
    const ratingSources = ratingRows.map((r) => ({
      sourceId: r.id,
      ratingVersion: r.rating_version,
      revisions: r.n,
      contiguous: r.n === r.rating_version && r.distinct_n === r.n && (r.n === 0 || (r.lo === 1 && r.hi === r.n)),
    }));

    // Each audit entry by the load's users names one acknowledged write, and each write has one.
    const { rows: audit } = await c.query(
      `SELECT action, entity_type, entity_id, after FROM audit_log WHERE actor_id = ANY($1::int[])`, [actorIds],
    );
    const expected = new Map<string, number>();
    const add = (k: string) => expected.set(k, (expected.get(k) ?? 0) + 1);
    for (const x of acked.claims) add(`claim:${x.id}`);
    for (const x of acked.relations) add(`claim_relation:${x.id}`);
    for (const x of acked.sourcesCreated) add(`source.create:${x.id}`);
    for (const x of acked.sourceEdits) add(`source.update:${x.id}`);
    for (const x of acked.ratings) add(`source.rate:${x.sourceId}@${x.version}`);
    const unmatchedAudit: Verification['unmatchedAudit'] = [];
    for (const a of audit) {
      const key =
        a.action === 'source.rate' ? `source.rate:${a.entity_id}@${a.after?.ratingVersion}`
        : a.entity_type === 'source' ? `${a.action}:${a.entity_id}`
        : `${a.entity_type}:${a.entity_id}`;
      const left = expected.get(key) ?? 0;
      if (left > 0) expected.set(key, left - 1);
      else unmatchedAudit.push({ action: a.action, entityType: a.entity_type, entityId: a.entity_id });
    }
    const unauditedWrites = [...expected.values()].reduce((s, n) => s + n, 0);
    const acknowledged =
      acked.claims.length + acked.relations.length + acked.sourcesCreated.length + acked.sourceEdits.length + acked.ratings.length;
    const ratingRevisionsLost = ratingSources.filter((r) => !r.contiguous).length + lost.filter((l) => l.kind === 'rating').length;
    return {
      acknowledged,
      lost,
      auditEntries: audit.length,
      unmatchedAudit,
      unauditedWrites,
      ratingSources,
      ratingRevisionsLost,
      ok: lost.length === 0 && unauditedWrites === 0 && ratingRevisionsLost === 0 && unmatchedAudit.length <= tolerateUnmatched,
    };
  } finally {
    await c.end();
  }
}
