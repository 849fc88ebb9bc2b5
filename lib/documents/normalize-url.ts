// The key a document is deduplicated on: two captures of one page must collide even when one
// came through a newsletter link (utm_*), with a trailing slash, a #fragment or an upper-case
// host. Path case and the order of the remaining parameters are kept: servers may treat them
// as meaningful. Credentials in a URL are dropped so they are never stored.

const TRACKING_PARAM = /^utm_/i;

export function isHttpUrl(input: string): boolean {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Throws a TypeError for anything that is not an absolute http(s) URL. */
export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new TypeError(`Not a URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Only http and https URLs are accepted: ${input}`);
  }

  // Re-encode the query only when something was removed, so an untouched query keeps its bytes.
  const params = [...url.searchParams];
  const kept = params.filter(([key]) => !TRACKING_PARAM.test(key));
  const query =
    kept.length === 0 ? '' : kept.length === params.length ? url.search : `?${new URLSearchParams(kept)}`;
  const path = url.pathname.replace(/\/+$/, '');
  // URL already lower-cases scheme and host and drops the default port.
  return `${url.protocol}//${url.host}${path}${query}`;
}
