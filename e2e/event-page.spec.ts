// A big event's page: each column shows its most contested cards with a link to all of them,
// and the claim graph's data is fetched from the API only when the reader asks for it.
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { CARDS_PER_COLUMN } from '../lib/events/event-page-view';
import { databaseUrl, expect, test } from './fixtures';

const CLAIMS = CARDS_PER_COLUMN + 8;

async function bigEvent(): Promise<{ eventId: number; ids: number[]; militant: number }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const tag = Date.now().toString(36);
    await client.query('BEGIN');
    const { rows: [event] } = await client.query(`INSERT INTO events (title, updated_at) VALUES ($1, now()) RETURNING id`, [`Big event ${tag}`]);
    const source = async (slug: string) =>
      (await client.query(`INSERT INTO sources (name, kind, alignment_slug, updated_at) VALUES ($1, 'outlet', $2, now()) RETURNING id`, [`${slug} wire ${tag}`, slug])).rows[0].id as number;
    const [government, militant] = [await source('pro-government'), await source('pro-militant')];
    const texts = Array.from({ length: CLAIMS + 1 }, (_, i) => `Big event account ${i + 1} ${tag}`);
    const { rows: claims } = await client.query(
      `INSERT INTO claims (text, event_id, updated_at, created_at)
       SELECT t, $2, now(), now() + (n || ' ms')::interval FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n) RETURNING id`,
      [texts, event.id],
    );
    const ids = claims.map((c) => c.id as number).sort((a, b) => a - b);
    await client.query(
      `INSERT INTO attributions (claim_id, source_id, role, stated_at)
       SELECT c, $2, 'asserts', '2024-03-01'::timestamptz + (n || ' days')::interval FROM unnest($1::int[]) WITH ORDINALITY AS x(c, n)`,
      [ids.slice(0, CLAIMS), government],
    );
    await client.query(`INSERT INTO attributions (claim_id, source_id, role, stated_at) VALUES ($1, $2, 'asserts', '2024-03-02')`, [ids[CLAIMS], militant]);
    // The last government account contradicts the militant one, so it is among the cards shown.
    await client.query(`INSERT INTO claim_relations (claim_a_id, claim_b_id, type, disputes) VALUES ($1, $2, 'contradicts', '{figures}')`, [ids[CLAIMS - 1], ids[CLAIMS]]);
    await client.query('COMMIT');
    return { eventId: event.id, ids, militant: ids[CLAIMS] };
  } finally {
    await client.end();
  }
}

test('a big event shows the most contested cards, every card on request, and its graph on demand', async ({ page }) => {
  const { eventId, ids, militant } = await bigEvent();
  const graphRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/api/v1/events/${eventId}/graph`)) graphRequests.push(r.url());
  });

  await page.goto(`/events/${eventId}`);
  const government = page.getByRole('region', { name: /pro-government accounts/i });
  await expect(government.getByRole('article')).toHaveCount(CARDS_PER_COLUMN);
  // The contested card is kept and joined to its partner in the other column.
  await expect(government.locator(`[id="claim-${ids[CLAIMS - 1]}"]`)).toBeVisible();
  const [a, b] = [Math.min(ids[CLAIMS - 1], militant), Math.max(ids[CLAIMS - 1], militant)];
  await expect(page.getByRole('img', { name: /connected across the columns/ }).locator(`[data-pair="${a}-${b}"]`)).toHaveCount(1);
  // The timeline still dates every claim, not only the cards shown.
  await expect(page.getByRole('group', { name: /First assertion of each claim/ }).getByRole('link')).toHaveCount(CLAIMS + 1);
  expect(graphRequests, 'the graph is not fetched until asked for').toEqual([]);

  await government.getByRole('link', { name: `Show all ${CLAIMS} pro-government accounts` }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}\\?all=1#column-pro-government$`));
  await expect(page.getByRole('region', { name: /pro-government accounts/i }).getByRole('article')).toHaveCount(CLAIMS);
  await page.getByRole('link', { name: 'show the most contested only' }).click();
  await expect(page.getByRole('region', { name: /pro-government accounts/i }).getByRole('article')).toHaveCount(CARDS_PER_COLUMN);

  const show = page.getByRole('button', { name: `Show the claim graph (${CLAIMS + 1} claims)` });
  const fetched = page.waitForResponse((r) => r.url().endsWith(`/api/v1/events/${eventId}/graph`) && r.status() === 200);
  await show.click();
  await fetched;
  await expect(page.getByRole('img', { name: `Graph of ${CLAIMS + 1} claims and 1 relations` })).toBeVisible();
  await expect(page.locator('.claim-graph[data-render-ms]')).toHaveCount(1);
  await expect(show).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id), 'the page with its graph open passes axe').toEqual([]);
});

test('a graph that cannot load says so and can be retried', async ({ page }) => {
  const { eventId } = await bigEvent();
  await page.goto(`/events/${eventId}`);
  let fail = true;
  await page.route(`**/api/v1/events/${eventId}/graph`, (route) => (fail ? route.fulfill({ status: 503, body: '{}' }) : route.continue()));
  const show = page.getByRole('button', { name: /Show the claim graph/ });
  await show.click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
  fail = false;
  await show.click();
  await expect(page.getByRole('img', { name: /Graph of \d+ claims/ })).toBeVisible();
});
