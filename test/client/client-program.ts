// A small script as a partner newsroom would write it against Crosscheck: types generated from
// docs/openapi.json by openapi-typescript (`npm run openapi:types`), calls made with openapi-fetch.
// It lists claims, opens one, reads the rating of a source that claim cites, and edits a source's
// rating with a personal API token. test/integration/generated-client.test.ts type-checks it under
// `strict` and runs it against the route handlers. No `any` and no casts: every field read below
// is typed by the description alone.
import createClient from 'openapi-fetch';
import type { components, paths } from './api-types';

type Schemas = components['schemas'];

export type ClientOptions = {
  baseUrl: string;
  /** openapi-fetch's own: a real server's fetch, or the suite's in-process router. */
  fetch: (request: Request) => Promise<Response>;
  /** A personal API token (`cc_…`) of a reviewer or above. */
  token: string;
};

export type ProgramInput = {
  /** Full-text search for the claims to list. */
  search: string;
  /** The source whose rating the program edits. */
  sourceToRate: number;
  reliability: Schemas['Reliability'];
  rationale: string;
};

export type ProgramResult = {
  listed: Schemas['ClaimListItem'][];
  claim: Schemas['ClaimDetail'];
  /** The source of the claim's first attribution, and its rating as its page gives it. */
  citedSource: { id: number; name: string; reliability: Schemas['Reliability']; rating: Schemas['CurrentRating'] };
  edited: Schemas['RatingEditResult'];
  /** The rated source's rating read again after the edit. */
  ratingAfter: Schemas['CurrentRating'];
};

/** Throws with the documented error's code when an answer is not a success. */
function must<T>(step: string, answer: { data?: T; error?: Schemas['Error']; response: Response }): T {
  if (answer.data !== undefined) return answer.data;
  throw new Error(`${step}: ${answer.response.status} ${answer.error ? `${answer.error.error.code}: ${answer.error.error.message}` : ''}`);
}

export async function runClientProgram(options: ClientOptions, input: ProgramInput): Promise<ProgramResult> {
  const api = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });

  const page = must('list claims', await api.GET('/api/v1/claims', { params: { query: { q: input.search, limit: 5 } } }));
  const first = page.items[0];
  if (!first) throw new Error(`list claims: nothing found for "${input.search}"`);

  const claim = must('open claim', await api.GET('/api/v1/claims/{id}', { params: { path: { id: first.id } } }));
  const cited = claim.attributions[0];
  if (!cited) throw new Error(`open claim: claim ${claim.id} has no attributions`);

  const source = must('read source', await api.GET('/api/v1/sources/{id}', { params: { path: { id: cited.source.id } } }));

  // A rating edit quotes the version it was read at; a stale one is a 409 with the current rating.
  const toRate = must('read rated source', await api.GET('/api/v1/sources/{id}', { params: { path: { id: input.sourceToRate } } }));
  const edited = must('edit rating', await api.PUT('/api/v1/sources/{id}/rating', {
    params: { path: { id: input.sourceToRate } },
    headers: { Authorization: `Bearer ${options.token}` },
    body: { reliability: input.reliability, rationale: input.rationale, version: toRate.rating.version },
  }));
  const after = must('read rating again', await api.GET('/api/v1/sources/{id}', { params: { path: { id: input.sourceToRate } } }));

  return {
    listed: page.items,
    claim,
    citedSource: { id: source.id, name: source.name, reliability: cited.source.reliability, rating: source.rating },
    edited,
    ratingAfter: after.rating,
  };
}
