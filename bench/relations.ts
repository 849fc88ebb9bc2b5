// Relations between imported claims (the import format carries none): pairs inside one event,
// as contradicting and supporting accounts cluster, with a fixed seed.
import type pg from 'pg';
import { createRandom } from './random';

const CHUNK = 10_000;

export async function addRelations(client: pg.Client, count: number, seed = 42): Promise<number> {
  const random = createRandom(seed);
  const { rows } = await client.query<{ id: number; event_id: number }>(
    `SELECT id, event_id FROM claims WHERE external_id LIKE 'bc-%' AND event_id IS NOT NULL ORDER BY id`,
  );
  const byEvent = new Map<number, number[]>();
  for (const r of rows) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), r.id]);
  const groups = [...byEvent.values()].filter((g) => g.length >= 2);
  if (groups.length === 0) return 0;
  const seen = new Set<string>();
  const pairs: { claim_a_id: number; claim_b_id: number; type: string; subject_claim_id: number | null; disputes: string[] }[] = [];
  for (let tries = 0; pairs.length < count && tries < count * 3; tries++) {
    const group = groups[random.int(groups.length)];
    const x = group[random.int(group.length)];
    const y = group[random.int(group.length)];
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    if (seen.has(`${a}:${b}`)) continue;
    seen.add(`${a}:${b}`);
    const roll = random.next();
    const type = roll < 0.6 ? 'contradicts' : roll < 0.9 ? 'supports' : 'same_as';
    pairs.push({
      claim_a_id: a, claim_b_id: b, type,
      subject_claim_id: type === 'supports' ? a : null,
      disputes: type === 'contradicts' ? [random.pick(['occurrence', 'responsibility', 'figures'])] : [],
    });
  }
  for (let i = 0; i < pairs.length; i += CHUNK) {
    await client.query(
      `INSERT INTO claim_relations (claim_a_id, claim_b_id, type, subject_claim_id, disputes)
       SELECT claim_a_id, claim_b_id, type, subject_claim_id, disputes
       FROM json_to_recordset($1::json) AS x(claim_a_id int, claim_b_id int, type "RelationType",
         subject_claim_id int, disputes "Dispute"[])
       ON CONFLICT (claim_a_id, claim_b_id) DO NOTHING`,
      [JSON.stringify(pairs.slice(i, i + CHUNK))],
    );
  }
  return pairs.length;
}
