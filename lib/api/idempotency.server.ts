import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { tooLarge } from '@/lib/errors';
import { authenticateRequest } from '@/lib/auth/request-viewer';
import { errorResponse, toErrorResponse } from './respond';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from './idempotency-key';

// Creating POSTs accept an Idempotency-Key (draft-ietf-httpapi-idempotency-key-header), so a
// client that lost a response can retry without creating the thing twice. The key belongs to
// the user; the row is claimed before the work (INSERT … ON CONFLICT DO NOTHING), filled with
// the answer after it, and removed when the answer is not a success, so a failed request can
// be retried with the same key.
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
// A row still "running" this long belongs to a process that died mid-request: free the key.
const ABANDONED_AFTER_MS = 10 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
const DEFAULT_MAX_BYTES = 3 * 1024 * 1024;

let lastSweepAt = 0;

type Claimed =
  | { kind: 'first' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'reused' }
  | { kind: 'in_flight' };

type Fingerprint = { userId: number; key: string; method: string; path: string; requestHash: string };

async function claimKey(f: Fingerprint): Promise<Claimed> {
  const now = Date.now();
  if (now - lastSweepAt > SWEEP_EVERY_MS) {
    lastSweepAt = now;
    void db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now - KEY_LIFETIME_MS) } } }).catch(() => {});
  }
  const where = { userId_key: { userId: f.userId, key: f.key } };
  // Three rounds: a row can vanish between the insert and the read (its request failed).
  for (let round = 0; round < 3; round++) {
    await db.idempotencyKey.deleteMany({
      where: {
        userId: f.userId, key: f.key,
        OR: [{ createdAt: { lt: new Date(now - KEY_LIFETIME_MS) } }, { status: null, createdAt: { lt: new Date(now - ABANDONED_AFTER_MS) } }],
      },
    });
    const inserted = await db.idempotencyKey.createManyAndReturn({ data: [f], skipDuplicates: true, select: { key: true } });
    if (inserted.length === 1) return { kind: 'first' };
    const row = await db.idempotencyKey.findUnique({ where, select: { method: true, path: true, requestHash: true, status: true, body: true } });
    if (!row) continue;
    if (row.method !== f.method || row.path !== f.path || row.requestHash !== f.requestHash) return { kind: 'reused' };
    if (row.status === null) return { kind: 'in_flight' };
    return { kind: 'replay', status: row.status, body: row.body ?? '' };
  }
  return { kind: 'in_flight' };
}

async function readBody(request: Request, maxBytes: number): Promise<ArrayBuffer> {
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) throw tooLarge(`Body exceeds ${maxBytes} bytes.`);
  const body = await request.arrayBuffer();
  if (body.byteLength > maxBytes) throw tooLarge(`Body exceeds ${maxBytes} bytes.`);
  return body;
}

/**
 * Wraps a creating POST handler. Without the header it is the handler itself. With it, an
 * anonymous request goes straight to the handler, which refuses it. No Origin check is needed
 * before a replay: a cross-site form or no-cors fetch cannot send this header.
 */
export function withIdempotency<A extends [Request, ...unknown[]]>(
  handler: (...args: A) => Promise<Response>,
  options: { maxBytes?: number } = {},
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const [request, ...context] = args;
    const header = request.headers.get(IDEMPOTENCY_KEY_HEADER);
    if (header === null) return handler(...args);
    let claimed: Fingerprint | null = null;
    try {
      const { viewer } = await authenticateRequest(request);
      if (!viewer) return await handler(...args);
      const key = z.object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema }).parse({ [IDEMPOTENCY_KEY_HEADER]: header })[IDEMPOTENCY_KEY_HEADER];
      const body = await readBody(request, options.maxBytes ?? DEFAULT_MAX_BYTES);
      const url = new URL(request.url);
      const fingerprint: Fingerprint = {
        userId: viewer.id, key, method: request.method, path: url.pathname + url.search,
        requestHash: createHash('sha256').update(new Uint8Array(body)).digest('hex'),
      };
      const outcome = await claimKey(fingerprint);
      if (outcome.kind === 'replay') {
        return new Response(outcome.body, {
          status: outcome.status,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'idempotent-replayed': 'true' },
        });
      }
      if (outcome.kind === 'reused') {
        return errorResponse(422, 'idempotency_key_reused', `This ${IDEMPOTENCY_KEY_HEADER} was used for a different request; use a new key.`);
      }
      if (outcome.kind === 'in_flight') {
        const busy = errorResponse(409, 'idempotency_key_in_flight', `A request with this ${IDEMPOTENCY_KEY_HEADER} is still running; retry in a moment.`);
        busy.headers.set('Retry-After', '1');
        return busy;
      }
      claimed = fingerprint;
      const replayable = new Request(request.url, { method: request.method, headers: request.headers, body: body.byteLength ? body : null, signal: request.signal });
      const response = await handler(...([replayable, ...context] as A));
      if (response.status < 200 || response.status > 299) return response;
      const text = await response.text();
      claimed = null;
      // The work is done either way; if the answer cannot be stored, the key stays "running"
      // (409 for retries) until it is abandoned, rather than inviting a second run at once.
      await db.idempotencyKey
        .update({ where: { userId_key: { userId: fingerprint.userId, key } }, data: { status: response.status, body: text } })
        .catch((e: unknown) => console.error('[idempotency] could not store an answer', e));
      return new Response(text, { status: response.status, headers: response.headers });
    } catch (e) {
      return toErrorResponse(e);
    } finally {
      // Not stored (a failure, or storing itself failed): the same key may be tried again.
      if (claimed) {
        await db.idempotencyKey
          .deleteMany({ where: { userId: claimed.userId, key: claimed.key, status: null } })
          .catch((e: unknown) => console.error('[idempotency] could not release a key', e));
      }
    }
  };
}
