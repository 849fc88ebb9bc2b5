// The address a request came from, for throttling and the audit log. The app's own server
// (scripts/serve.ts) has already replaced X-Forwarded-For with the one client address it
// decided on, believing forwarded headers only from trusted proxies (lib/http/forwarded-headers.ts).

/** The client address the edge decided on, or 'unknown'. */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(',')[0]?.trim() || 'unknown';
}
