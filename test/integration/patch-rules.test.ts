// Rules every PATCH shares: an edit quotes the version it read (alignments too), and a body that
// changes nothing is a 400 "nothing to change" that bumps no version and writes no audit row.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { apiRequest, createActor, createTestAlignment, createTestSource, params, type TestActor } from '../helpers/auth-fixtures';
import * as alignmentRoute from '@/app/api/v1/alignments/[slug]/route';
import * as claimRoute from '@/app/api/v1/claims/[id]/route';
import * as documentRoute from '@/app/api/v1/documents/[id]/route';
import * as sourceRoute from '@/app/api/v1/sources/[id]/route';
import * as documentsRoute from '@/app/api/v1/documents/route';
import * as claimsRoute from '@/app/api/v1/claims/route';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;

let admin: TestActor;
beforeAll(async () => {
  admin = await createActor('admin');
});

async function send(handler: unknown, method: string, path: string, body: unknown, p: object = {}) {
  const res = await (handler as Handler)(apiRequest({ kind: 'token', actor: admin }, method, path, body), params(p) as never);
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as Json, text };
}

const auditCount = (entityType: string, entityId: string | number) => db.auditEntry.count({ where: { entityType, entityId: String(entityId) } });

describe('alignment PATCH needs the version it read', () => {
  it('without `version` it is a 400 naming `version`, and nothing changes', async () => {
    const { slug } = await createTestAlignment();
    const before = await db.alignment.findUniqueOrThrow({ where: { slug } });
    const res = await send(alignmentRoute.PATCH, 'PATCH', `/api/v1/alignments/${slug}`, { label: 'Last writer' }, { slug });
    expect(res.status, res.text).toBe(400);
    expect(Object.keys(res.json.error.fields)).toContain('version');
    expect(await db.alignment.findUniqueOrThrow({ where: { slug } })).toEqual(before);
    expect(await auditCount('alignment', slug)).toBe(0);
  });

  it('a stale `version` is a 409 carrying the current alignment; the fresh one saves', async () => {
    const { slug, version } = await createTestAlignment();
    const first = await send(alignmentRoute.PATCH, 'PATCH', `/api/v1/alignments/${slug}`, { label: 'First editor', version }, { slug });
    expect(first.status, first.text).toBe(200);
    expect(first.json.version).toBe(version + 1);

    const stale = await send(alignmentRoute.PATCH, 'PATCH', `/api/v1/alignments/${slug}`, { label: 'Second editor', version }, { slug });
    expect(stale.status, stale.text).toBe(409);
    expect(stale.json.current).toMatchObject({ slug, label: 'First editor', version: version + 1 });
    expect((await db.alignment.findUniqueOrThrow({ where: { slug } })).label).toBe('First editor');

    const retry = await send(alignmentRoute.PATCH, 'PATCH', `/api/v1/alignments/${slug}`, { label: 'Second editor', version: version + 1 }, { slug });
    expect(retry.status, retry.text).toBe(200);
    expect(retry.json.label).toBe('Second editor');
  });

  it('a slug that cannot be one is a 400 naming `slug`', async () => {
    for (const slug of ['bad\u0000slug', 'UPPER CASE', 'x'.repeat(200)]) {
      const res = await send(alignmentRoute.PATCH, 'PATCH', '/api/v1/alignments/x', { label: 'X', version: 1 }, { slug });
      expect(res.status, res.text).toBe(400);
      expect(Object.keys(res.json.error.fields)).toContain('slug');
    }
  });
});

describe('a PATCH that changes nothing', () => {
  type Target = { name: string; entityType: string; make: () => Promise<{ id: string | number; version: number; read: () => Promise<unknown> }>; handler: unknown; path: (id: string | number) => string; key: string; qualifiers: object[] };

  const targets: Target[] = [
    {
      name: 'alignment', entityType: 'alignment', handler: alignmentRoute.PATCH, path: (id) => `/api/v1/alignments/${id}`, key: 'slug', qualifiers: [],
      make: async () => {
        const { slug, version } = await createTestAlignment();
        return { id: slug, version, read: () => db.alignment.findUniqueOrThrow({ where: { slug } }) };
      },
    },
    {
      name: 'source', entityType: 'source', handler: sourceRoute.PATCH, path: (id) => `/api/v1/sources/${id}`, key: 'id',
      qualifiers: [{ alignmentReason: 'Only a reason, with no new alignment.' }],
      make: async () => {
        const { id, version } = await createTestSource();
        return { id, version, read: () => db.source.findUniqueOrThrow({ where: { id } }) };
      },
    },
    {
      name: 'claim', entityType: 'claim', handler: claimRoute.PATCH, path: (id) => `/api/v1/claims/${id}`, key: 'id',
      qualifiers: [{ reason: 'Only a reason' }, { credibilityReason: 'Only a credibility reason' }],
      make: async () => {
        const { id: sourceId } = await createTestSource();
        const created = await send(claimsRoute.POST, 'POST', '/api/v1/claims', { text: 'A claim to leave alone', attributions: [{ sourceId, role: 'asserts' }] });
        expect(created.status, created.text).toBe(201);
        const id = created.json.id as number;
        return { id, version: created.json.version, read: () => db.claim.findUniqueOrThrow({ where: { id } }) };
      },
    },
    {
      name: 'document', entityType: 'document', handler: documentRoute.PATCH, path: (id) => `/api/v1/documents/${id}`, key: 'id',
      qualifiers: [{ removedNoticedAt: '2020-01-01' }],
      make: async () => {
        const created = await send(documentsRoute.POST, 'POST', '/api/v1/documents', { url: `https://example.org/${Math.random()}`, title: 'A page to leave alone', text: 'Its text.' });
        expect(created.status, created.text).toBe(201);
        const id = created.json.id as number;
        return { id, version: created.json.version, read: () => db.document.findUniqueOrThrow({ where: { id } }) };
      },
    },
  ];

  it.each(targets)('$name: {}, {version} and qualifiers alone are 400 nothing_to_change; no version bump, no audit row', async (t) => {
    const { id, version, read } = await t.make();
    const before = await read();
    const audits = await auditCount(t.entityType, id);
    for (const body of [{}, { version }, ...t.qualifiers.map((q) => ({ ...q, version }))]) {
      const res = await send(t.handler, 'PATCH', t.path(id), body, { [t.key]: String(id) });
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(400);
      expect(res.json.error.code).toBe('nothing_to_change');
      expect(res.json.error.message).toMatch(/^Nothing to change/);
    }
    expect(await read()).toEqual(before);
    expect(await auditCount(t.entityType, id)).toBe(audits);
  });
});

describe('a PATCH body that is not an object', () => {
  it.each(['null', '[]', '"text"', '1'])('%s is a 400, not a 500', async (text) => {
    const { id } = await createTestSource();
    const request = new Request(`http://crosscheck.test/api/v1/sources/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: text,
    });
    const res = await (sourceRoute.PATCH as unknown as Handler)(request, params({ id: String(id) }) as never);
    expect(res.status, await res.clone().text()).toBe(400);
  });
});
