import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyMigrations } from '@/lib/db/schema-engine';

// These go around the application on purpose: the database itself must refuse bad rows.
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
const ready = client.connect();
afterAll(() => client.end());

async function one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  await ready;
  return (await client.query(sql, params)).rows[0] as T;
}

async function expectRefused(sql: string, params: unknown[], pattern: RegExp) {
  await ready;
  await client.query('SAVEPOINT attempt');
  await expect(client.query(sql, params)).rejects.toThrow(pattern);
  await client.query('ROLLBACK TO SAVEPOINT attempt');
}

async function inTransaction(fn: () => Promise<void>) {
  await ready;
  await client.query('BEGIN');
  try {
    await fn();
  } finally {
    await client.query('ROLLBACK');
  }
}

async function newClaim(text: string): Promise<number> {
  return (await one<{ id: number }>(`INSERT INTO claims (text, updated_at) VALUES ($1, now()) RETURNING id`, [text])).id;
}

async function newSource(name: string): Promise<number> {
  return (
    await one<{ id: number }>(
      `INSERT INTO sources (name, kind, alignment_slug, updated_at) VALUES ($1, 'outlet', 'unknown', now()) RETURNING id`,
      [name],
    )
  ).id;
}

describe('database integrity', () => {
  it('refuses a claim related to itself', () =>
    inTransaction(async () => {
      const id = await newClaim('self-relation probe');
      await expectRefused(
        `INSERT INTO claim_relations (claim_a_id, claim_b_id, type) VALUES ($1, $1, 'contradicts')`,
        [id],
        /claim_relations_no_self|claim_relations_canonical_order/,
      );
    }));

  it('stores a pair once, in canonical order', () =>
    inTransaction(async () => {
      const a = await newClaim('pair probe a');
      const b = await newClaim('pair probe b');
      await one(`INSERT INTO claim_relations (claim_a_id, claim_b_id, type) VALUES ($1, $2, 'contradicts')`, [a, b]);
      await expectRefused(
        `INSERT INTO claim_relations (claim_a_id, claim_b_id, type) VALUES ($1, $2, 'same_as')`,
        [a, b],
        /duplicate key/,
      );
      await expectRefused(
        `INSERT INTO claim_relations (claim_a_id, claim_b_id, type) VALUES ($2, $1, 'contradicts')`,
        [a, b],
        /claim_relations_canonical_order/,
      );
    }));

  it('refuses a grade outside A–F and a credibility outside 1–6', () =>
    inTransaction(async () => {
      const source = await newSource('grade probe');
      await expectRefused(
        `INSERT INTO rating_revisions (source_id, version, reliability, rationale) VALUES ($1, 1, 'G', 'A real rationale.')`,
        [source],
        /invalid input value for enum/,
      );
      await expectRefused(`UPDATE sources SET reliability = 'Z' WHERE id = $1`, [source], /invalid input value for enum/);
      const claim = await newClaim('credibility probe');
      await expectRefused(`UPDATE claims SET credibility = 7 WHERE id = $1`, [claim], /claims_credibility_range/);
      await expectRefused(`UPDATE claims SET credibility = 0 WHERE id = $1`, [claim], /claims_credibility_range/);
    }));

  it('refuses javascript: and other non-http URLs', () =>
    inTransaction(async () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/a']) {
        await expectRefused(
          `INSERT INTO documents (url, normalized_url, title, text, text_sha256, updated_at)
           VALUES ($1, $1, 't', 'x', repeat('a', 64), now())`,
          [url],
          /documents_url_http/,
        );
      }
    }));

  it('refuses two revisions with the same version for one source', () =>
    inTransaction(async () => {
      const source = await newSource('version probe');
      await one(`INSERT INTO rating_revisions (source_id, version, reliability, rationale) VALUES ($1, 1, 'C', 'First rationale here.')`, [source]);
      await expectRefused(
        `INSERT INTO rating_revisions (source_id, version, reliability, rationale) VALUES ($1, 1, 'D', 'Second rationale here.')`,
        [source],
        /duplicate key/,
      );
    }));

  it('keeps a relay inside its own claim', () =>
    inTransaction(async () => {
      const source = await newSource('relay probe');
      const c1 = await newClaim('relay probe one');
      const c2 = await newClaim('relay probe two');
      const root = await one<{ id: number }>(
        `INSERT INTO attributions (claim_id, source_id, role) VALUES ($1, $2, 'asserts') RETURNING id`,
        [c1, source],
      );
      await expectRefused(
        `INSERT INTO attributions (claim_id, source_id, role, relays_id) VALUES ($1, $2, 'relays', $3)`,
        [c2, source, root.id],
        /attributions_relay_same_claim/,
      );
    }));

  it('keeps the audit log append-only', () =>
    inTransaction(async () => {
      const entry = await one<{ id: number }>(
        `INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('probe', 'test', '1') RETURNING id`,
      );
      await expectRefused(`UPDATE audit_log SET action = 'changed' WHERE id = $1`, [entry.id], /append-only/);
      await expectRefused(`DELETE FROM audit_log WHERE id = $1`, [entry.id], /append-only/);
    }));

  it('applies migrations once: a second run is a no-op', async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });
});
