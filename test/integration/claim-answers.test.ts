// Every claim-side answer, received through the real route handlers on the founding example,
// parses with the schema its contract documents (strict objects: an undocumented field fails).
// The plain claim list is parsed as the bytes PostgreSQL wrote.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { apiRequest, createActor, params, uniq, type TestActor } from '../helpers/auth-fixtures';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as claimRoute from '@/app/api/v1/claims/[id]/route';
import { POST as restoreRoute } from '@/app/api/v1/claims/[id]/restore/route';
import { GET as historyRoute } from '@/app/api/v1/claims/[id]/history/route';
import { POST as addAttributionRoute } from '@/app/api/v1/claims/[id]/attributions/route';
import { DELETE as removeAttributionRoute } from '@/app/api/v1/claims/[id]/attributions/[attributionId]/route';
import { POST as relationsRoute } from '@/app/api/v1/claims/[id]/relations/route';
import { POST as mergeRoute } from '@/app/api/v1/claims/[id]/merge/route';
import { DELETE as deleteRelationRoute } from '@/app/api/v1/relations/[id]/route';
import { GET as compareRoute } from '@/app/api/v1/compare/route';
import { GET as claimReviewRoute } from '@/app/api/v1/claims/[id]/claimreview/route';
import { claimApi } from '@/lib/claims/claim-api';
import { attributionApi } from '@/lib/claims/claim-attribution-api';
import { relationApi } from '@/lib/relations/relation-api';
import { compareApi } from '@/lib/compare/compare-api';
import { claimReviewApi } from '@/lib/claimreview/claimreview-api';
import type { RouteContract } from '@/lib/api/route-contract';
import * as claimAnswers from '@/lib/claims/claim-answers';
import * as relationAnswers from '@/lib/relations/relation-answers';
import * as compareAnswers from '@/lib/compare/compare-answers';
import * as claimReviewAnswers from '@/lib/claimreview/claimreview-answers';

let editor: TestActor;
const as = () => ({ kind: 'token' as const, actor: editor });
const idParams = (id: number) => params({ id: String(id) });
const demoId = async (model: 'claim' | 'source' | 'document' | 'event', key: string): Promise<number> => {
  const where = { where: { externalId: `demo:${model}:${key}` }, select: { id: true } };
  const row =
    model === 'claim' ? await db.claim.findUniqueOrThrow(where)
    : model === 'source' ? await db.source.findUniqueOrThrow(where)
    : model === 'event' ? await db.event.findUniqueOrThrow(where)
    : await db.document.findUniqueOrThrow(where);
  return row.id;
};

/** The answer's status and content type are the documented ones, and its body parses with ok.schema. */
async function answer<C extends RouteContract>(contract: C, res: Response): Promise<z.output<NonNullable<C['ok']['schema']>>> {
  const text = await res.text();
  expect(res.status, text).toBe(contract.ok.status ?? 200);
  expect(res.headers.get('content-type')).toContain(contract.ok.contentType ?? 'application/json');
  const schema = contract.ok.schema;
  if (!schema) throw new Error(`${contract.method} ${contract.path} documents no answer schema`);
  const parsed = schema.safeParse(JSON.parse(text));
  expect(parsed.error?.issues ?? [], `${contract.method} ${contract.path}`).toEqual([]);
  return parsed.data as never;
}

beforeAll(async () => {
  editor = await createActor('editor');
});

describe('claim answers match their documented schemas', () => {
  it('every claim-side answer schema accepts its own examples', () => {
    const exported: Record<string, unknown> = { ...claimAnswers, ...relationAnswers, ...compareAnswers, ...claimReviewAnswers };
    const schemas = Object.entries(exported)
      .filter((e): e is [string, z.ZodType] => typeof e[1] === 'object' && e[1] !== null && 'safeParse' in e[1]);
    expect(schemas.length).toBeGreaterThan(20);
    for (const [name, schema] of schemas) {
      for (const example of (schema.meta()?.examples as unknown[] | undefined) ?? []) {
        expect(schema.safeParse(example).error?.issues ?? [], name).toEqual([]);
      }
    }
  });

  it('GET /api/v1/claims: the plain list (PostgreSQL-written JSON), a filtered list and ranked search', async () => {
    const list = (query: string) => claimsRoute.GET(new Request(`http://localhost/api/v1/claims?${query}`));
    const plain = await answer(claimApi.list, await list('limit=5'));
    expect(plain.items.length).toBe(5);
    expect(plain.nextCursor).not.toBeNull();
    const next = await answer(claimApi.list, await list(`limit=5&cursor=${plain.nextCursor}`));
    expect(next.items.length).toBeGreaterThan(0);
    const nebenzya = await demoId('source', 'vasily-nebenzya');
    const filtered = await answer(claimApi.list, await list(`sourceId=${nebenzya}&contested=true&credibility=4,5`));
    expect(filtered.items.every((c) => c.highlight === undefined)).toBe(true);
    const ranked = await answer(claimApi.list, await list('q=Kansafrah&limit=2'));
    expect(ranked.items[0]?.highlight?.some((s) => s.match)).toBe(true);
    const none = await answer(claimApi.list, await list('q=zzqqxxnothing'));
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  it('GET /api/v1/claims/{id}, history, compare and ClaimReview on the founding example', async () => {
    const [retreat, provocation, deconflicted] = await Promise.all(
      ['retreat', 'provocation', 'deconflicted-sites-terrorist-headquarters'].map((k) => demoId('claim', k)),
    );
    for (const id of [retreat, provocation, deconflicted, await demoId('claim', 'daraa-soldiers-killed')]) {
      const detail = await answer(claimApi.get, await claimRoute.GET(new Request(`http://localhost/api/v1/claims/${id}`), idParams(id)));
      expect(detail.id).toBe(id);
      await answer(claimApi.history, await historyRoute(new Request(`http://localhost/api/v1/claims/${id}/history`), idParams(id)));
    }
    const compared = await answer(compareApi.get, await compareRoute(new Request(`http://localhost/api/v1/compare?ids=${retreat},${provocation}`)));
    expect(compared.relations.length).toBeGreaterThan(0);
    const review = await answer(claimReviewApi.get, await claimReviewRoute(new Request(`http://localhost/api/v1/claims/${deconflicted}/claimreview`), idParams(deconflicted)));
    expect(review['@type']).toBe('ClaimReview');
  });

  it('every claim write answers as documented: create, edit, attributions, relations, merge, delete, restore', async () => {
    const [nebenzya, southFront, hts, document, event] = await Promise.all([
      demoId('source', 'vasily-nebenzya'), demoId('source', 'south-front'), demoId('source', 'hayat-tahrir-al-sham'),
      demoId('document', 'southfront-2020-07-01'), demoId('event', 'kansafrah-clashes'),
    ]);
    const create = async (text: string, figures: { measure: string; subject: string; min: number; max?: number }[]) => {
      const res = await claimsRoute.POST(apiRequest(as(), 'POST', '/api/v1/claims', {
        text, eventId: event, occurredAt: '2020-06-30', occurredPrecision: 'day', placeName: 'Kansafrah', latitude: 35.69, longitude: 36.47,
        placePrecision: 'town', parties: [{ role: 'target', name: 'Hayat Tahrir al-Sham', sourceId: hts }], figures,
        attributions: [
          { sourceId: nebenzya, role: 'asserts', venue: 'UN Security Council', statedAt: '2020-06-29' },
          { sourceId: hts, role: 'asserts' },
          {
            sourceId: southFront, role: 'relays', relaysIndex: 0, documentId: document,
            quote: { exact: 'Intense artillery shelling also targeted positions of Hayat Tahrir al-Sham across the Jabal Al-Zawiyah area' },
          },
        ],
      }), params({}));
      return answer(claimApi.create, res);
    };
    const a = await create(uniq('Shelling near Jabal al-Zawiyah killed fighters'), [{ measure: 'killed', subject: 'fighters', min: 5, max: 12 }]);
    const b = await create(uniq('Shelling near Jabal al-Zawiyah killed no one'), [{ measure: 'killed', subject: 'fighters', min: 0, max: 0 }]);
    const dup = await create(uniq('Jabal al-Zawiyah shelling killed fighters'), []);
    expect(a.attributions.find((x) => x.quote)?.anchorStatus).toBeDefined();

    const edited = await answer(claimApi.edit, await claimRoute.PATCH(
      apiRequest(as(), 'PATCH', `/api/v1/claims/${a.id}`, { version: a.version, credibility: 2, credibilityReason: 'Two sides agree.' }), idParams(a.id)));
    expect(edited.version).toBe(a.version + 1);

    const added = await answer(attributionApi.add, await addAttributionRoute(
      apiRequest(as(), 'POST', `/api/v1/claims/${a.id}/attributions`, { sourceId: southFront, role: 'denies', venue: 'Telegram' }), idParams(a.id)));
    await answer(attributionApi.remove, await removeAttributionRoute(
      apiRequest(as(), 'DELETE', `/api/v1/claims/${a.id}/attributions/${added.attributionId}`, {}),
      params({ id: String(a.id), attributionId: String(added.attributionId) })));

    const link = (from: number, body: object) =>
      relationsRoute(apiRequest(as(), 'POST', `/api/v1/claims/${from}/relations`, body), idParams(from)).then((res) => answer(relationApi.link, res));
    const contradicts = await link(a.id, { targetClaimId: b.id, type: 'contradicts', disputes: ['figures'], note: 'Different numbers.' });
    await link(dup.id, { targetClaimId: a.id, type: 'supports', direction: 'supports' }).then((r) =>
      deleteRelationRoute(apiRequest(as(), 'DELETE', `/api/v1/relations/${r.id}`), idParams(r.id)).then((res) => answer(relationApi.unlink, res)));
    await link(dup.id, { targetClaimId: a.id, type: 'same_as' });

    // Both ways, with disputes and figures on a shared axis.
    const detail = await answer(claimApi.get, await claimRoute.GET(new Request(`http://localhost/api/v1/claims/${b.id}`), idParams(b.id)));
    expect(detail.relations.map((r) => r.other.id)).toContain(a.id);
    const compared = await answer(compareApi.get, await compareRoute(new Request(`http://localhost/api/v1/compare?ids=${a.id},${b.id}`)));
    expect(compared.figureAxes.length).toBe(1);

    // Two asserting sources: the ClaimReview names both authors.
    const review = await answer(claimReviewApi.get, await claimReviewRoute(new Request(`http://localhost/api/v1/claims/${a.id}/claimreview`), idParams(a.id)));
    expect(Array.isArray(review.itemReviewed.author)).toBe(true);

    const merged = await answer(relationApi.merge, await mergeRoute(
      apiRequest(as(), 'POST', `/api/v1/claims/${a.id}/merge`, { mergeId: dup.id }), idParams(a.id)));
    expect(merged.keptId).toBe(a.id);
    const gone = await answer(claimApi.get, await claimRoute.GET(new Request(`http://localhost/api/v1/claims/${dup.id}`), idParams(dup.id)));
    expect(gone.mergedIntoId).toBe(a.id);
    await answer(relationApi.unlink, await deleteRelationRoute(apiRequest(as(), 'DELETE', `/api/v1/relations/${contradicts.id}`), idParams(contradicts.id)));

    const deleted = await answer(claimApi.delete, await claimRoute.DELETE(apiRequest(as(), 'DELETE', `/api/v1/claims/${b.id}`, { reason: 'Test' }), idParams(b.id)));
    expect(deleted.deletedAt).not.toBeNull();
    const seenDeleted = await answer(claimApi.get, await claimRoute.GET(apiRequest(as(), 'GET', `/api/v1/claims/${b.id}`), idParams(b.id)));
    expect(seenDeleted.deletedAt).not.toBeNull();
    await answer(claimApi.restore, await restoreRoute(apiRequest(as(), 'POST', `/api/v1/claims/${b.id}/restore`, {}), idParams(b.id)));

    // A revision an exchange import added carries its stated provenance.
    await db.claimRevision.create({
      data: {
        claimId: a.id, version: 99, action: 'import', snapshot: { unreadable: true },
        importOrigin: {
          file: 'crosscheck-export.jsonl', generator: 'Crosscheck', exportedAt: '2026-07-01T09:00:00.000Z',
          importedBy: { id: editor.id, email: editor.email, name: editor.name }, importedAt: '2026-07-02T10:00:00.000+02:00',
          statedAuthor: { email: 'reviewer@example.org', name: null }, statedCreatedAt: '2026-06-30T21:40:00.000Z',
        },
      },
    });
    for (const id of [a.id, b.id]) {
      const history = await answer(claimApi.history, await historyRoute(new Request(`http://localhost/api/v1/claims/${id}/history`), idParams(id)));
      expect(history.items.length).toBeGreaterThan(1);
      if (id === a.id) expect(history.items.some((h) => h.importOrigin?.statedAuthor === 'reviewer@example.org')).toBe(true);
    }
  });
});
