// Creating and revoking a token is audited with the address it came from, as every other write
// is: the API routes and the account page's actions alike. The address is the one the app's own
// server decided on and left in X-Forwarded-For.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import * as tokensRoute from '@/app/api/v1/tokens/route';
import { DELETE as revokeRoute } from '@/app/api/v1/tokens/[id]/route';
import { createTokenHandler, revokeTokenHandler } from '@/app/account/action-handlers';
import { createActor, formData, headersFor, params, TEST_ORIGIN, uniq } from '../helpers/auth-fixtures';

const auditIp = async (action: string, tokenId: number) =>
  (await db.auditEntry.findFirstOrThrow({ where: { action, entityType: 'api_token', entityId: String(tokenId) }, select: { ip: true } })).ip;

describe('token create and revoke audit rows record the client address', () => {
  it('through the API', async () => {
    const owner = await createActor('reviewer');
    const headers = headersFor({ kind: 'cookie', actor: owner });
    headers.set('x-forwarded-for', '203.0.113.7');
    const created = await tokensRoute.POST(new Request(`${TEST_ORIGIN}/api/v1/tokens`, { method: 'POST', headers, body: JSON.stringify({ name: uniq('api') }) }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect(await auditIp('token.create', id)).toBe('203.0.113.7');

    headers.set('x-forwarded-for', '198.51.100.20');
    const revoked = await revokeRoute(new Request(`${TEST_ORIGIN}/api/v1/tokens/${id}`, { method: 'DELETE', headers }), params({ id: String(id) }));
    expect(revoked.status).toBe(200);
    expect(await auditIp('token.revoke', id)).toBe('198.51.100.20');
  });

  it('through the account page', async () => {
    const owner = await createActor('reviewer');
    const headers = headersFor({ kind: 'cookie', actor: owner });
    headers.set('x-forwarded-for', '2001:db8::5');
    const created = await createTokenHandler.handle(headers, formData({ name: uniq('page') }));
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: number } }).data.id;
    expect(await auditIp('token.create', id)).toBe('2001:db8::5');

    headers.set('x-forwarded-for', '192.0.2.44');
    expect(await revokeTokenHandler.handle(headers, formData({ tokenId: id }))).toMatchObject({ ok: true });
    expect(await auditIp('token.revoke', id)).toBe('192.0.2.44');
  });
});
