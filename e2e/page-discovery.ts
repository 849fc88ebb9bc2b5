// Every page of the app, found by scanning app/**/page.tsx, with its dynamic segments filled
// from the running app's own API. A new page is checked without editing the specs.
import type { APIRequestContext } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export type DiscoveredPage = { route: string; url: string | null; signedIn: boolean };

export type SampleIds = { claim: number; claim2: number; source: number; event: number; document: number | null; conflict: number | null };

export async function sampleIds(request: APIRequestContext): Promise<SampleIds> {
  const items = async (p: string) => ((await (await request.get(p)).json()) as { items: { id: number }[] }).items ?? [];
  const claims = await items('/api/v1/claims?limit=5');
  const sources = await items('/api/v1/sources?limit=5');
  const events = await items('/api/v1/events?limit=5');
  const documents = await items('/api/v1/documents?limit=5').catch(() => []);
  const conflicts = await items('/api/v1/conflicts').catch(() => []);
  return {
    claim: claims[0].id, claim2: claims[1].id, source: sources[0].id, event: events[0].id, document: documents[0]?.id ?? null,
    conflict: conflicts[0]?.id ?? null,
  };
}

// Pages that exist only for a signed-in user (the rest are also checked signed out).
const SIGNED_IN = /^\/(admin|account)(\/|$)|\/new$|\/edit$/;

export function discoverPages(ids: SampleIds): DiscoveredPage[] {
  const root = path.resolve('app');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f === 'page.tsx' || f.endsWith('/page.tsx'));
  return files.sort().map((f) => {
    const route = `/${f.replace(/\/?page\.tsx$/, '')}`.replace(/\/\([^)]*\)/g, '') || '/';
    let url: string | null = route
      .replace(/^\/claims\/\[id\]/, `/claims/${ids.claim}`)
      .replace(/^\/sources\/\[id\]/, `/sources/${ids.source}`)
      .replace(/^\/events\/\[id\]/, `/events/${ids.event}`)
      .replace(/^\/documents\/\[id\]/, ids.document ? `/documents/${ids.document}` : '/documents/[id]')
      .replace(/^\/conflicts\/\[id\]/, ids.conflict ? `/conflicts/${ids.conflict}` : '/conflicts/[id]');
    if (url === '/compare') url = `/compare?ids=${ids.claim},${ids.claim2}`;
    // A dynamic segment we cannot fill (a new kind of page): reported, not silently skipped.
    if (url.includes('[')) url = null;
    return { route, url, signedIn: SIGNED_IN.test(route) };
  });
}
