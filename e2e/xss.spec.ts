// Hostile markup stored through the API in every user-text field, then every page that shows
// it opened in Chromium: a dialog, a payload's side effect, or any Content-Security-Policy
// violation fails the test (the CSP would block an injected script, so a violation means the
// markup reached the DOM unescaped).
import type { APIRequestContext, Page } from '@playwright/test';
import pg from 'pg';
import { displayPrefix, hashToken, newRawToken } from '../lib/auth/api-token-hash';
import { databaseUrl, expect, signInOverHttp, test } from './fixtures';

const tag = Date.now().toString(36);
const P = (field: string) => `XSS ${field} ${tag} <script>window.__xss='${field}';alert(1)</script><img src=x onerror="window.__xss='${field}';alert(1)"><svg onload="alert(1)"></svg>"'><iframe src="javascript:alert(1)"></iframe>`;
// For fields capped at 100 characters (alignment label, country).
const S = (field: string) => `XSS ${field.slice(0, 8)} <img src=x onerror="window.__xss='${field.slice(0, 8)}';alert(1)">`;

async function adminToken(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO users (email, name, role, status, updated_at) VALUES ($1, $2, 'admin', 'active', now()) RETURNING id`,
      [`xss-${tag}@crosscheck.test`, P('user name')],
    );
    const token = newRawToken();
    await client.query(`INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, $2, $3, $4)`, [rows[0].id, P('token name'), hashToken(token), displayPrefix(token)]);
    return token;
  } finally {
    await client.end();
  }
}

type Stored = { claim: number; other: number; source: number; event: number; document: number };

async function storePayloads(request: APIRequestContext): Promise<Stored> {
  const token = await adminToken();
  const headers = { authorization: `Bearer ${token}` };
  const post = async (path: string, data: unknown, method: 'post' | 'put' = 'post') => {
    const res = await request[method](path, { headers, data });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  const slug = `xss-${tag}`;
  await post('/api/v1/alignments', { slug, label: S('alignment'), color: '#117733' });
  const source = await post('/api/v1/sources', {
    name: P('source name'), kind: 'outlet', alignmentSlug: slug, aliases: [P('alias')], description: P('source description'), country: S('country'),
  });
  const docText = `Opening line. ${P('document text')} The convoy was struck near the bridge. Closing line.`;
  const document = await post('/api/v1/documents', {
    url: `https://example.org/xss-${tag}?q=<script>`, title: P('document title'), author: P('author'), publisherId: source.id, text: docText,
  });
  const event = await post('/api/v1/events', { title: P('event title'), summary: P('event summary'), placeName: P('event place') });
  const claim = await post('/api/v1/claims', {
    text: P('claim text'), originalText: P('original text'), placeName: P('claim place'), eventId: event.id,
    parties: [{ role: 'perpetrator', name: P('party') }],
    figures: [{ measure: 'killed', subject: S('figure subject'), min: 1, wording: P('figure wording') }],
    attributions: [{
      sourceId: source.id, role: 'asserts', documentId: document.id, venue: P('venue'),
      quote: { exact: 'The convoy was struck near the bridge.', prefix: null, suffix: null },
    }],
  });
  const other = await post('/api/v1/claims', {
    text: P('second claim'), eventId: event.id, attributions: [{ sourceId: source.id, role: 'asserts' }],
  });
  await post(`/api/v1/claims/${claim.id}/relations`, { targetClaimId: other.id, type: 'contradicts', note: P('relation note'), disputes: ['figures'] });
  await post(`/api/v1/sources/${source.id}/rating`, { reliability: 'D', rationale: `${P('rationale')} with enough words`, version: 0 }, 'put');
  return { claim: claim.id, other: other.id, source: source.id, event: event.id, document: document.id };
}

/** Opens `url` and returns every sign that stored markup ran or reached the DOM. */
async function visit(page: Page, url: string, then?: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onDialog = (d: import('@playwright/test').Dialog) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  };
  const onConsole = (m: import('@playwright/test').ConsoleMessage) => {
    if (/Content Security Policy|CSP-VIOLATION/i.test(m.text())) problems.push(`csp: ${m.text().slice(0, 300)}`);
  };
  page.on('dialog', onDialog);
  page.on('console', onConsole);
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await page.waitForLoadState('load');
  await then?.();
  await page.waitForTimeout(150);
  const fired = await page.evaluate(() => (window as unknown as { __xss?: string }).__xss);
  if (fired) problems.push(`payload ran: ${fired}`);
  const html = await page.content();
  if (/<script>window\.__xss|<img src="?x"? onerror|<svg onload|<iframe src="javascript/i.test(html)) problems.push('payload markup present in the DOM');
  page.off('dialog', onDialog);
  page.off('console', onConsole);
  return problems.map((p) => `${url} → ${p}`);
}

test('stored markup in every user-text field never runs', async ({ page, context, request, makeUser }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  const s = await storePayloads(request);
  const q = encodeURIComponent(`XSS claim text ${tag}`);
  const publicPages = [
    '/', '/claims', `/claims?q=${q}`, `/claims/${s.claim}`, `/claims/${s.other}`, '/sources', `/sources/${s.source}`, '/events',
    `/events/${s.event}`, '/documents', `/documents/${s.document}`, `/compare?ids=${s.claim},${s.other}`,
  ];
  const problems: string[] = [];
  for (const url of publicPages) problems.push(...(await visit(page, url)));
  // Everything the event page holds back by default: every card, and the graph fetched on request.
  problems.push(...(await visit(page, `/events/${s.event}?all=1`, async () => {
    await page.getByRole('button', { name: /Show the claim graph/ }).click();
    await page.locator('.claim-graph[data-render-ms]').waitFor();
  })));

  // Signed in: edit forms prefilled with the stored text, and the admin's audit and vocabulary.
  await signInOverHttp(context, await makeUser('admin'));
  const adminPages = [`/claims/${s.claim}`, `/sources/${s.source}`, `/claims/${s.claim}/edit`, '/admin/audit', '/admin/alignments', '/admin/users', '/account'];
  for (const url of adminPages) problems.push(...(await visit(page, url)));
  expect(problems).toEqual([]);
});
