// GET /api/v1/compare against the founding example: the Kansafrah pair side by side, their
// relation named with what it disputes, and the 400s for a bad list of ids.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as compareRoute } from '@/app/api/v1/compare/route';
import { buildFigureAxes, niceCeiling } from '@/lib/compare/figure-axis';
import { apiRequest } from '../helpers/auth-fixtures';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const get = (query: string) => compareRoute(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/compare?${query}`));
const claimId = async (key: string) =>
  (await db.claim.findUniqueOrThrow({ where: { externalId: `demo:claim:${key}` }, select: { id: true } })).id;

describe('GET /api/v1/compare', () => {
  it('lines up the two Kansafrah accounts with their contradiction and the rows in dispute', async () => {
    const [retreat, provocation] = [await claimId('retreat'), await claimId('provocation')];
    const res = await get(`ids=${provocation},${retreat}`);
    expect(res.status).toBe(200);
    const body: Json = await res.json();

    expect(body.ids).toEqual([provocation, retreat]);
    expect(body.claims.map((c: Json) => c.id)).toEqual([provocation, retreat]);
    const [prov, ret] = body.claims;
    expect(ret.text).toMatch(/forced to retreat/);
    expect(ret.alignments.map((a: Json) => a.slug)).toContain('pro-militant');
    expect(prov.alignments.map((a: Json) => a.slug)).toContain('pro-government');
    for (const c of body.claims) {
      expect(c.credibility).toBe(6);
      expect(c.isContested).toBe(true);
      expect(c.attributions.length).toBeGreaterThan(0);
      for (const a of c.attributions) {
        expect(a.source).toMatchObject({ name: expect.any(String), reliability: expect.stringMatching(/^[A-F]$/) });
        expect(a.source.alignment.color).toMatch(/^#/);
        expect(a.combinedCode).toMatch(/^[A-F][1-6]$/);
      }
      // Quotes come with their surrounding document text where the document is stored.
      const quoted = c.attributions.filter((a: Json) => a.quote && a.document);
      expect(quoted.length).toBeGreaterThan(0);
      expect(quoted.some((a: Json) => a.context && a.context.exact === a.quote.exact)).toBe(true);
    }

    expect(body.relations).toHaveLength(1);
    const [relation] = body.relations;
    expect(relation).toMatchObject({
      type: 'contradicts',
      claimAId: Math.min(retreat, provocation),
      claimBId: Math.max(retreat, provocation),
      disputes: ['responsibility', 'characterisation'],
    });
    expect(relation.fieldsInDispute.sort()).toEqual(['parties', 'wording']);
    expect(body.fieldsInDispute[retreat].sort()).toEqual(['parties', 'wording']);
    expect(body.fieldsInDispute[provocation].sort()).toEqual(['parties', 'wording']);
  });

  it('puts stated figures on a shared axis', async () => {
    const res = await get(`ids=${await claimId('daraa-soldiers-killed')},${await claimId('kahil-jizah-withdrawal')}`);
    expect(res.status).toBe(200);
    const body: Json = await res.json();
    expect(body.relations).toEqual([]);
    expect(body.figureAxes).toHaveLength(1);
    expect(body.figureAxes[0]).toMatchObject({ measure: 'killed', subject: 'soldiers', bars: [{ min: 5, max: null }] });
    expect(body.figureAxes[0].axisMax).toBeGreaterThan(5);
  });

  it.each([
    ['one id', 'ids=1'],
    ['seven ids', 'ids=1,2,3,4,5,6,7'],
    ['a non-numeric id', 'ids=1,abc'],
    ['a negative id', 'ids=-1,2'],
    ['the same id twice', 'ids=4,4'],
    ['no ids', ''],
  ])('refuses %s with 400 naming ids', async (_label, query) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body: Json = await res.json();
    expect(body.error.code).toBe('invalid_input');
    expect(Object.keys(body.error.fields)).toEqual(['ids']);
  });

  it('answers 404 for a claim that does not exist', async () => {
    const res = await get(`ids=${await claimId('retreat')},2000000000`);
    expect(res.status).toBe(404);
  });
});

describe('figure axes', () => {
  it('groups figures by measure and subject and leaves headroom for open ranges', () => {
    const axes = buildFigureAxes([
      { id: 1, figures: [{ measure: 'killed', subject: 'Soldiers', min: 5, max: null, wording: null }] },
      { id: 2, figures: [{ measure: 'Killed', subject: 'soldiers', min: 2, max: 3, wording: null }, { measure: 'wounded', subject: null, min: null, max: null, wording: null }] },
    ]);
    expect(axes).toHaveLength(1);
    expect(axes[0].bars.map((b) => b.claimId)).toEqual([1, 2]);
    expect(axes[0].axisMax).toBe(10);
    expect([niceCeiling(0.5), niceCeiling(7), niceCeiling(120), niceCeiling(1000)]).toEqual([1, 10, 200, 1000]);
  });
});
