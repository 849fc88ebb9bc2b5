import { parseId } from '@/lib/fields/field-schemas';

// Route ids are PostgreSQL `integer`s, read by the same rule as the API's: anything else ("abc",
// "1.5", "99999999999") is simply not a page, and must reach notFound() rather than the database.
export function parseRouteId(raw: string | undefined): number | null {
  return parseId(raw);
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each query parameter, as the filter forms send them. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(params)) out[key] = Array.isArray(value) ? value[0] : value;
  return out;
}
