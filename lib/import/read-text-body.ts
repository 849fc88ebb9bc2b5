import { DomainError, tooLarge } from '@/lib/errors';

/** A request body as UTF-8 text with a size cap: oversized is a 413, bad UTF-8 a 400. */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(`Body exceeds ${maxBytes} bytes.`);
  const buf = new Uint8Array(await request.arrayBuffer());
  if (buf.byteLength > maxBytes) throw tooLarge(`Body exceeds ${maxBytes} bytes.`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.includes('\u0000')) throw new Error('NUL');
    return text;
  } catch {
    throw new DomainError(400, 'invalid_input', 'Body is not valid UTF-8 text.');
  }
}
