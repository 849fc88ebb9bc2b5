// Idempotency-Key on creating POSTs: a retry after a lost response replays the first answer
// instead of creating a second claim; a reused key with another request is refused; failures
// are not stored, so they can be retried; keys last 24 hours.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { POST as postEvent } from '@/app/api/v1/events/route';
import { POST as postRelation } from '@/app/api/v1/claims/[id]/relations/route';
import { apiRequest, createActor, params, uniq, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let other: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  [reviewer, other] = await Promise.all([createActor('reviewer'), createActor('reviewer')]);
  s = await seeded();
});

const token = (actor = reviewer): Caller => ({ kind: 'token', actor });
const claimBody = (text = uniq('Idempotent claim')) => ({ text, attributions: [{ sourceId: s.proMilitant, role: 'asserts' }] });

function postWithKey(key: string | null, body: unknown, caller: Caller = token()) {
  const request = apiRequest(caller, 'POST', '/api/v1/claims', body);
  if (key !== null) request.headers.set('Idempotency-Key', key);
  return postClaim(request);
}

const claimsWithText = (text: string) => db.claim.count({ where: { text } });

describe('Idempotency-Key on POST /api/v1/claims', () => {
  it('replays the first answer, byte for byte, and creates one claim', async () => {
    const key = uniq('key');
    const body = claimBody();
    const first = await postWithKey(key, body);
    const firstText = await first.text();
    expect(first.status, firstText).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const retry = await postWithKey(key, body);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await retry.text()).toBe(firstText);
    expect(await claimsWithText(body.text)).toBe(1);
  });

  it('refuses the same key with another body or another path (422), creating nothing', async () => {
    const key = uniq('key');
    const body = claimBody();
    expect((await postWithKey(key, body)).status).toBe(201);

    const otherText = claimBody();
    const changed = await postWithKey(key, otherText);
    expect(changed.status).toBe(422);
    expect((await changed.json()).error.code).toBe('idempotency_key_reused');
    expect(await claimsWithText(otherText.text)).toBe(0);

    const title = uniq('Idempotent event');
    const eventRequest = apiRequest(token(), 'POST', '/api/v1/events', { title });
    eventRequest.headers.set('Idempotency-Key', key);
    const elsewhere = await postEvent(eventRequest);
    expect(elsewhere.status).toBe(422);
    expect(await db.event.count({ where: { title } })).toBe(0);
  });

  it('creates one claim when the same request arrives several times at once', async () => {
    const key = uniq('key');
    const body = claimBody();
    const answers = await Promise.all(Array.from({ length: 8 }, () => postWithKey(key, body)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((st) => st === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((st) => st === 201 || st === 409), statuses.join(',')).toBe(true);
    for (const busy of answers.filter((r) => r.status === 409)) {
      expect((await busy.json()).error.code).toBe('idempotency_key_in_flight');
      expect(busy.headers.get('retry-after')).toBe('1');
    }
    const created = new Set(await Promise.all(answers.filter((r) => r.status === 201).map((r) => r.text())));
    expect(created.size).toBe(1);
    expect(await claimsWithText(body.text)).toBe(1);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const key = uniq('key');
    const body = claimBody();
    await db.idempotencyKey.create({
      data: { userId: reviewer.id, key, method: 'POST', path: '/api/v1/claims', requestHash: createHash('sha256').update(JSON.stringify(body)).digest('hex') },
    });
    const busy = await postWithKey(key, body);
    expect(busy.status).toBe(409);
    expect((await busy.json()).error.code).toBe('idempotency_key_in_flight');
    expect(await claimsWithText(body.text)).toBe(0);
  });

  it('forgets a key after 24 hours: the same request then creates a new claim', async () => {
    const key = uniq('key');
    const body = claimBody();
    const first = await (await postWithKey(key, body)).json();
    await db.idempotencyKey.update({
      where: { userId_key: { userId: reviewer.id, key } },
      data: { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    });
    const again = await postWithKey(key, body);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect((await again.json()).id).not.toBe(first.id);
    expect(await claimsWithText(body.text)).toBe(2);
  });

  it('does not store a failure: the key can be used again, and the same bad request fails again', async () => {
    const key = uniq('key');
    const bad = { text: '', attributions: [] };
    const refused = await postWithKey(key, bad);
    expect(refused.status).toBe(400);
    expect(await db.idempotencyKey.count({ where: { userId: reviewer.id, key } })).toBe(0);
    const again = await postWithKey(key, bad);
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBeNull();

    const body = claimBody();
    expect((await postWithKey(key, body)).status).toBe(201);
    expect(await claimsWithText(body.text)).toBe(1);
  });

  it('keeps keys per user: another user with the same key gets a claim of their own', async () => {
    const key = uniq('key');
    const body = claimBody();
    const mine = await (await postWithKey(key, body)).json();
    const theirs = await postWithKey(key, body, token(other));
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect((await theirs.json()).id).not.toBe(mine.id);
  });

  it.each([
    ['empty', ''],
    ['longer than 255 characters', 'k'.repeat(256)],
    ['not printable ASCII', 'clé'],
  ])('refuses a key that is %s with a 400 naming the header, creating nothing', async (_label, key) => {
    const body = claimBody();
    const res = await postWithKey(key, body);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields)).toEqual(['Idempotency-Key']);
    expect(await claimsWithText(body.text)).toBe(0);
  });

  it('leaves requests without the header, and anonymous ones, as they were', async () => {
    const body = claimBody();
    expect((await postWithKey(null, body)).status).toBe(201);
    expect((await postWithKey(null, body)).status).toBe(201);
    expect(await claimsWithText(body.text)).toBe(2);

    const key = uniq('key');
    expect((await postWithKey(key, claimBody(), { kind: 'anonymous' })).status).toBe(401);
    expect(await db.idempotencyKey.count({ where: { key } })).toBe(0);
  });
});

describe('Idempotency-Key on a route with a path parameter', () => {
  it('replays POST /api/v1/claims/:id/relations', async () => {
    const [a, b] = await Promise.all([postWithKey(null, claimBody()), postWithKey(null, claimBody())]);
    const [source, target] = [await a.json(), await b.json()];
    const key = uniq('key');
    const send = () => {
      const request = apiRequest(token(), 'POST', `/api/v1/claims/${source.id}/relations`, { targetClaimId: target.id, type: 'supports' });
      request.headers.set('Idempotency-Key', key);
      return postRelation(request, params({ id: String(source.id) }));
    };
    const first = await send();
    const firstText = await first.text();
    expect(first.status, firstText).toBe(201);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.text()).toBe(firstText);
  });
});

describe('the OpenAPI description', () => {
  it('offers the Idempotency-Key header on every POST that accepts it', async () => {
    const { getOpenApiDocument } = await import('@/lib/openapi/openapi-document');
    const paths = getOpenApiDocument().paths as Record<string, { post?: { parameters?: { in: string; name: string; required?: boolean }[]; responses: Record<string, unknown> } }>;
    for (const path of ['/api/v1/claims', '/api/v1/claims/{id}/relations', '/api/v1/claims/{id}/attributions', '/api/v1/claims/{id}/merge', '/api/v1/documents', '/api/v1/events', '/api/v1/sources', '/api/v1/alignments', '/api/v1/exchange/import']) {
      const post = paths[path]?.post;
      const header = post?.parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      expect(header, path).toBeDefined();
      expect(header?.required ?? false, `${path}: the header is optional`).toBe(false);
      expect(Object.keys(post?.responses ?? {}), path).toEqual(expect.arrayContaining(['409', '422']));
    }
  });
});
