import { NextResponse } from 'next/server';
import { z } from 'zod';
import { DomainError, isDomainError, type FieldErrors } from '@/lib/errors';
import { fieldErrorsOf, INVALID_INPUT_MESSAGE } from './field-errors';
import { isDatabaseUnavailable } from '@/lib/db/db-unavailable';
import { nothingToChangeIssue } from '@/lib/fields/field-schemas';

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

// An error is about one request (its input, its credentials, this moment's database): never a
// copy for a cache to serve to the next one.
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

export function errorResponse(status: number, code: string, message: string, extra?: object) {
  const body: ErrorBody & Record<string, unknown> = { error: { code, message }, ...extra };
  return NextResponse.json(body, { status, headers: NO_STORE });
}

export { fieldErrorsOf } from './field-errors';

function prismaCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An expected failure as routes answer it and server actions return it. */
export type ErrorAnswer = {
  status: number;
  code: string;
  message: string;
  fields?: FieldErrors;
  /** A 409's newer version, for the writer to compare with theirs. */
  current?: unknown;
  retryAfterSeconds?: number;
};

/**
 * The one error mapping routes and server actions share: invalid input, domain errors and the
 * database's refusals become an answer; anything else is unexpected (undefined).
 */
export function expectedError(e: unknown): ErrorAnswer | undefined {
  if (e instanceof z.ZodError) {
    const nothing = nothingToChangeIssue(e);
    return nothing
      ? { status: 400, code: 'nothing_to_change', message: nothing.message, fields: fieldErrorsOf(e) }
      : { status: 400, code: 'invalid_input', message: INVALID_INPUT_MESSAGE, fields: fieldErrorsOf(e) };
  }
  if (isDomainError(e)) {
    const answer: ErrorAnswer = { status: e.status, code: e.code, message: e.message, fields: e.fields };
    if (e.details !== undefined && e.status === 409) answer.current = e.details;
    if (e.status === 429) answer.retryAfterSeconds = (e.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
    return answer;
  }
  const code = prismaCode(e);
  if (code === 'P2002') return { status: 409, code: 'duplicate', message: 'A record with these values already exists.' };
  if (code === 'P2025') return { status: 404, code: 'not_found', message: 'Record not found.' };
  if (isDatabaseUnavailable(e)) return { status: 503, code: 'unavailable', message: 'The database is unavailable; try again shortly.' };
  return undefined;
}

/**
 * The one error mapper every /api/v1 handler shares: domain errors become the API's documented
 * JSON error bodies (`{ error: { code, message, fields? } }`).
 */
export function toErrorResponse(e: unknown): NextResponse {
  const answer = expectedError(e);
  if (!answer) {
    console.error('[api] unexpected error', e);
    return errorResponse(500, 'internal', 'Something went wrong on our side.');
  }
  const { status, code, message, fields, current, retryAfterSeconds } = answer;
  const body: Record<string, unknown> = { error: { code, message, ...(fields ? { fields } : {}) } };
  if (current !== undefined) body.current = current;
  const headers = new Headers(NO_STORE);
  if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds));
  return NextResponse.json(body, { status, headers });
}

/** Query parameters as a plain object, for a zod schema to parse. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** Reads a JSON body with a size cap; malformed JSON is a 400, an oversized one a 413. */
export async function readJson(request: Request, maxBytes = 3 * 1024 * 1024): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new DomainError(413, 'too_large', `Body exceeds ${maxBytes} bytes.`);
  const buf = new Uint8Array(await request.arrayBuffer());
  if (buf.byteLength > maxBytes) throw new DomainError(413, 'too_large', `Body exceeds ${maxBytes} bytes.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new DomainError(400, 'invalid_input', 'Body is not valid UTF-8.');
  }
  if (text.includes('\u0000')) throw new DomainError(400, 'invalid_input', 'Body contains a NUL byte.');
  let escapedNul = false;
  let parsed: unknown;
  try {
    // An escaped \u0000 is a NUL too once parsed, and PostgreSQL text refuses it.
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'string' && value.includes('\u0000')) escapedNul = true;
      return value;
    });
  } catch {
    throw new DomainError(400, 'invalid_json', 'Body is not valid JSON.');
  }
  if (escapedNul) throw new DomainError(400, 'invalid_input', 'Body contains a NUL byte.');
  return parsed;
}
