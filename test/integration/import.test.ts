// Bulk import against real PostgreSQL: CSV and JSONL, errors with line numbers, whole batches
// kept out when one row is bad, no duplicates on re-import, admins only, one audit entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { db } from '@/lib/db';
import { importClaimRows } from '@/lib/import/claim-rows/import-claim-rows.server';
import { searchClaims } from '@/lib/search/search-claims.server';
import { POST as importRoute } from '@/app/api/v1/imports/route';
import { apiRequest, createActor, type TestActor } from '../helpers/auth-fixtures';

const HEADER =
  'claim_id,text,language,original_text,original_language,occurred_at,occurred_precision,place_name,credibility,event_id,event_title,' +
  'source_id,source_name,source_kind,source_alignment,source_aliases,role,relays,venue,stated_at,quote,document_url,document_title,document_text';

const run = (admin: TestActor, text: string, format: 'csv' | 'jsonl', batchSize?: number) =>
  importClaimRows(admin, { input: Readable.from([text]), format, batchSize, label: `test.${format}` });
const claimsWithPrefix = (prefix: string) =>
  db.claim.findMany({ where: { externalId: { startsWith: prefix } }, select: { externalId: true }, orderBy: { externalId: 'asc' } });

describe('bulk import', () => {
  let admin: TestActor;
  beforeAll(async () => {
    admin = await createActor('admin');
  });

  it('imports CSV claims with sources, relays, events and quotes, once', async () => {
    const p = `csv-${randomBytes(3).toString('hex')}`;
    const quoteWord = `quoteword${randomBytes(3).toString('hex').replace(/\d/g, 'x')}`;
    const csv = [
      HEADER,
      `${p}-1,"Militants shelled the town, killing 3",en,,,2020-07-01,day,Kafr Nabl,3,${p}-ev,Shelling of ${p},${p}-sana,SANA ${p},outlet,pro-government,سانا ${p},asserts,,,,"${quoteWord} killing 3",https://example.org/${p}/1,Report,"Text: ${quoteWord} killing 3 civilians."`,
      `${p}-1,,,,,,,,,,,${p}-rt,RT ${p},outlet,pro-government,,relays,${p}-sana,,,,,,`,
      `${p}-2,"قصف على البلدة",ar,,,,,,6,${p}-ev,Shelling of ${p},,Local sources ${p},unnamed_group,pro-militant,,asserts,,"UN Security Council meeting",,,,,`,
    ].join('\n');

    const first = await run(admin, csv, 'csv');
    expect(first).toMatchObject({ claimsImported: 2, attributionsImported: 3, sourcesCreated: 3, eventsCreated: 1, documentsCreated: 1, errorCount: 0 });

    const claim = await db.claim.findUniqueOrThrow({
      where: { externalId: `${p}-1` },
      select: {
        id: true, credibility: true, originCount: true, carrierCount: true, event: { select: { title: true } },
        attributions: { select: { role: true, relaysId: true, id: true, quoteExact: true, quoteStart: true, source: { select: { name: true, aliases: true } } }, orderBy: { id: 'asc' } },
      },
    });
    expect(claim).toMatchObject({ credibility: 3, originCount: 1, carrierCount: 2, event: { title: `Shelling of ${p}` } });
    expect(claim.attributions[1]).toMatchObject({ role: 'relays', relaysId: claim.attributions[0].id });
    expect(claim.attributions[0]).toMatchObject({ quoteExact: `${quoteWord} killing 3`, quoteStart: 6, source: { aliases: [`سانا ${p}`] } });

    // The quote and the speaker's alias are searchable at once (search document built per batch).
    expect((await searchClaims(null, { q: quoteWord })).hits.map((h) => h.id)).toEqual([claim.id]);

    const again = await run(admin, csv, 'csv');
    expect(again).toMatchObject({ claimsImported: 0, claimsExisting: 2, sourcesCreated: 0, eventsCreated: 0, documentsCreated: 0 });
    expect(await claimsWithPrefix(p)).toHaveLength(2);
    expect(await db.attribution.count({ where: { externalId: { startsWith: p } } })).toBe(3);
  });

  it('imports JSONL, one claim per line', async () => {
    const p = `jl-${randomBytes(3).toString('hex')}`;
    const lines = [
      { id: `${p}-1`, text: 'Statement at the Council', credibility: 4, event: { title: `Debate ${p}` },
        attributions: [{ source: { id: `${p}-x`, name: `Ambassador ${p}`, kind: 'official', alignment: 'un' }, role: 'asserts', venue: 'UN Security Council' }] },
      { id: `${p}-2`, text: 'A second claim', attributions: [] },
    ].map((l) => JSON.stringify(l));
    const summary = await run(admin, `${lines.join('\n')}\n\n`, 'jsonl');
    expect(summary).toMatchObject({ claimsImported: 2, attributionsImported: 1, errorCount: 0 });
    expect((await claimsWithPrefix(p)).map((c) => c.externalId)).toEqual([`${p}-1`, `${p}-2`]);
  });

  it('reports each problem with its line, and keeps the bad row\'s whole batch out', async () => {
    const p = `bad-${randomBytes(3).toString('hex')}`;
    const csv = [
      HEADER,
      `${p}-1,First good claim,en,,,,,,,,,,,,,,,,,,,,,`,
      `${p}-2,Second good claim,en,,,,,,,,,,,,,,,,,,,,,`,
      `${p}-3,Third claim,en,,,,,,9,,,,,,,,,,,,,,,`, // line 4: credibility out of range
      `${p}-4,Fourth claim,en,,,,,,,,,,Someone ${p},outlet,no-such-alignment,,asserts,,,,,,,`, // line 5
      `${p}-5,Fifth good claim,en,,,,,,,,,,,,,,,,,,,,,`,
      `${p}-6,Sixth good claim,en,,,2999-01-01,,,,,,,,,,,,,,,,,,`, // line 7: in the future
      `${p}-7,Seventh good claim,en,,,,,,,,,,,,,,,,,,,,,`,
    ].join('\n');
    const summary = await run(admin, csv, 'csv', 2);
    expect(summary.errors.map((e) => e.line)).toEqual([4, 5, 7]);
    expect(summary.errors[0].message).toMatch(/credibility/);
    expect(summary.errors[1].message).toMatch(/Unknown alignment "no-such-alignment"/);
    expect(summary.errors[2].message).toMatch(/future/);
    // Batches of two: [1,2] and [7] land; [3,4] and [5,6] hold a bad row and are not written at all.
    expect((await claimsWithPrefix(p)).map((c) => c.externalId)).toEqual([`${p}-1`, `${p}-2`, `${p}-7`]);
    expect(summary).toMatchObject({ claimsImported: 3, claimsRejected: 4, batchesRejected: 2 });

    const jsonl = ['{"id":"x","text":"ok"', '[1,2]', JSON.stringify({ id: `${p}-j`, text: 'fine', attributions: [{ source: { name: 'A' }, role: 'relays', relays: 'nobody' }] })].join('\n');
    const bad = await run(admin, jsonl, 'jsonl');
    expect(bad.errors.map((e) => [e.line, e.message])).toEqual([
      [1, expect.stringMatching(/Not valid JSON/)],
      [2, expect.stringMatching(/one JSON object/)],
      [3, expect.stringMatching(/attributions\.0\.relays: Relays "nobody"/)],
    ]);
    expect(bad.claimsImported).toBe(0);
  });

  it('rolls a batch back whole when the database refuses one of its rows', async () => {
    const p = `db-${randomBytes(3).toString('hex')}`;
    // A rule only the database knows: attributions at this venue are refused. The batch's claims
    // are written first, then its attributions fail and take the claims with them.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION public.test_refuse_venue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.venue LIKE 'refused-%' THEN RAISE EXCEPTION 'venue % refused', NEW.venue; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_venue_${p.replace('-', '_')} BEFORE INSERT ON attributions
      FOR EACH ROW EXECUTE FUNCTION public.test_refuse_venue()`);
    try {
      const lines = [
        { id: `${p}-1`, text: 'Written first, then rolled back', attributions: [{ source: { name: `Src ${p}` }, role: 'asserts' }] },
        { id: `${p}-2`, text: 'Has a refused venue', attributions: [{ source: { name: `Src ${p}` }, role: 'asserts', venue: `refused-${p}` }] },
        { id: `${p}-3`, text: 'NUL \u0000 inside' },
      ].map((l) => JSON.stringify(l));
      const summary = await run(admin, lines.slice(0, 2).join('\n'), 'jsonl');
      expect(summary.errors).toEqual([{ line: 1, message: expect.stringMatching(/whole batch, lines 1–2, rolled back.*venue refused-db/) }]);
      expect(await claimsWithPrefix(p)).toEqual([]);
      expect(await db.attribution.count({ where: { source: { name: `Src ${p}` } } })).toBe(0);

      const nul = await run(admin, lines[2], 'jsonl');
      expect(nul.errors).toEqual([{ line: 1, message: 'Contains a NUL character.' }]);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_venue_${p.replace('-', '_')} ON attributions`);
      await db.$executeRawUnsafe('DROP FUNCTION IF EXISTS public.test_refuse_venue()');
    }
  });

  it('is for admins only, and is audited as one entry with its counts', async () => {
    const editor = await createActor('editor');
    await expect(run(editor as TestActor, `${HEADER}\n`, 'csv')).rejects.toMatchObject({ status: 403 });
    const label = `audited-${randomBytes(3).toString('hex')}.jsonl`;
    await importClaimRows(admin, { input: Readable.from([JSON.stringify({ id: label, text: 'Audited claim' })]), format: 'jsonl', label });
    const entries = await db.auditEntry.findMany({ where: { entityType: 'import', entityId: label }, select: { actorId: true, after: true } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, after: { claimsImported: 1, errorCount: 0, format: 'jsonl' } });
  });

  it('streams progress and a summary from the upload endpoint', async () => {
    const p = `http-${randomBytes(3).toString('hex')}`;
    const request = (actor: TestActor) => {
      const base = apiRequest({ kind: 'token', actor }, 'POST', `/api/v1/imports?format=jsonl&name=${p}.jsonl`);
      return new Request(base, { body: `${JSON.stringify({ id: p, text: 'Over HTTP' })}\n`, duplex: 'half' } as RequestInit);
    };
    const reviewer = await createActor('reviewer');
    expect((await importRoute(request(reviewer))).status).toBe(403);
    const response = await importRoute(request(admin));
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-2)).toHaveProperty('progress');
    expect(lines.at(-1)).toMatchObject({ summary: { claimsImported: 1, errorCount: 0 } });
  });
});
