// Client forms that send nested JSON (a claim with its chain of attributions) call the same
// /api/v1 routes scripts do, with the session cookie; the server checks Origin, role and schema.

export type ApiError = { status: number; code: string; message: string; fields: Record<string, string[]>; current?: unknown };
export type ApiResult<T> = { ok: true; status: number; data: T } | ({ ok: false } & ApiError);

export async function sendJson<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, status: 0, code: 'network', message: 'Could not reach the server; your input is kept.', fields: {} };
  }
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const error = (json?.error ?? {}) as { code?: string; message?: string; fields?: Record<string, string[]> };
  return {
    ok: false,
    status: res.status,
    code: error.code ?? 'error',
    message: error.message ?? `The server answered ${res.status}.`,
    fields: error.fields ?? {},
    current: json?.current,
  };
}
