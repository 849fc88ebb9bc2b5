// Route ids are PostgreSQL `integer`s: anything else ("abc", "1.5", "99999999999") is simply
// not a page, and must reach notFound() rather than the database.
const MAX_INT4 = 2_147_483_647;

export function parseRouteId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_INT4 ? id : null;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each query parameter, as the filter forms send them. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(params)) out[key] = Array.isArray(value) ? value[0] : value;
  return out;
}
