import { NextResponse } from 'next/server';
import { z } from 'zod';
import { DomainError, isDomainError } from '@/lib/errors';
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

function fieldsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function prismaCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The one error mapper every /api/v1 handler shares: domain errors become SPEC's JSON errors. */
export function toErrorResponse(e: unknown): NextResponse {
  if (e instanceof z.ZodError) {
    const nothing = nothingToChangeIssue(e);
    return NextResponse.json(
      {
        error: nothing
          ? { code: 'nothing_to_change', message: nothing.message, fields: fieldsOf(e) }
          : { code: 'invalid_input', message: 'Some fields are invalid.', fields: fieldsOf(e) },
      },
      { status: 400, headers: NO_STORE },
    );
  }
  if (isDomainError(e)) return domainErrorResponse(e);
  const code = prismaCode(e);
  if (code === 'P2002') return errorResponse(409, 'duplicate', 'A record with these values already exists.');
  if (code === 'P2025') return errorResponse(404, 'not_found', 'Record not found.');
  if (isDatabaseUnavailable(e)) {
    return errorResponse(503, 'unavailable', 'The database is unavailable; try again shortly.');
  }
  console.error('[api] unexpected error', e);
  return errorResponse(500, 'internal', 'Something went wrong on our side.');
}

function domainErrorResponse(e: DomainError): NextResponse {
  const body: Record<string, unknown> = {
    error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) },
  };
  if (e.details !== undefined && e.status === 409) body.current = e.details;
  const headers = new Headers(NO_STORE);
  if (e.status === 429) {
    const retry = (e.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
    headers.set('Retry-After', String(retry));
  }
  return NextResponse.json(body, { status: e.status, headers });
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
