// Keyset cursors only point forward. For a "Previous" link the page URL carries the trail of
// cursors it came through (`back`), so going back is just popping one: no OFFSET, no state.
// base64url cursors never contain "," or ".", so "," separates and "." marks the first page.

const FIRST_PAGE = '.';
const MAX_TRAIL = 50;

export type PagerLinks = { previous: string | null; next: string | null };

export function parseTrail(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .filter((c) => c === FIRST_PAGE || /^[A-Za-z0-9_-]{1,700}$/.test(c))
    .slice(-MAX_TRAIL);
}

export function pagerLinks(
  basePath: string,
  filters: Record<string, string | undefined>,
  current: { cursor?: string; back?: string },
  nextCursor: string | null,
): PagerLinks {
  const trail = parseTrail(current.back);
  const href = (cursor: string | undefined, back: string[]) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
    if (cursor) params.set('cursor', cursor);
    if (back.length) params.set('back', back.join(','));
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };

  const next = nextCursor
    ? href(nextCursor, [...trail, current.cursor || FIRST_PAGE].slice(-MAX_TRAIL))
    : null;

  let previous: string | null = null;
  if (trail.length) {
    const target = trail[trail.length - 1];
    previous = href(target === FIRST_PAGE ? undefined : target, trail.slice(0, -1));
  } else if (current.cursor) {
    // A shared link without its trail: the best "previous" we can offer is the first page.
    previous = href(undefined, []);
  }
  return { previous, next };
}
