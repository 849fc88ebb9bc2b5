// An editor merges a duplicate into a claim through the claim page, then opens, edits and
// compares the kept claim: its page, history, event column, graph and exports all still work,
// the shared attribution appears once, and the duplicate's address leads to the kept claim.
import pg from 'pg';
import type { APIRequestContext } from '@playwright/test';
import { databaseUrl, expect, signInOverHttp, test } from './fixtures';

async function demoIds() {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const id = async (table: string, externalId: string) =>
      (await client.query(`SELECT id FROM ${table} WHERE external_id = $1`, [externalId])).rows[0].id as number;
    return {
      eventId: await id('events', 'demo:event:kansafrah-clashes'),
      nebenzya: await id('sources', 'demo:source:vasily-nebenzya'),
      retreat: await id('claims', 'demo:claim:retreat'),
    };
  } finally {
    await client.end();
  }
}

async function post(request: APIRequestContext, baseURL: string, path: string, data: unknown) {
  const res = await request.post(path, { data, headers: { origin: baseURL } });
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

test('an editor merges a duplicate, then opens, edits and compares the kept claim', async ({ page, context, makeUser, baseURL }) => {
  const { eventId, nebenzya, retreat } = await demoIds();
  const editor = await makeUser('editor');
  await signInOverHttp(context, editor);
  const tag = Date.now().toString(36);
  const said = { sourceId: nebenzya, role: 'asserts', venue: 'UN Security Council' };
  const kept = await post(context.request, baseURL!, '/api/v1/claims', {
    text: `Strikes near Kansafrah hit only militant positions (${tag})`, language: 'en', eventId, attributions: [said],
  });
  const dup = await post(context.request, baseURL!, '/api/v1/claims', {
    text: `Only militants were hit near Kansafrah (${tag})`, language: 'en', eventId, attributions: [said],
  });
  await post(context.request, baseURL!, `/api/v1/claims/${kept.id}/relations`, { targetClaimId: dup.id, type: 'same_as' });

  // Merge from the kept claim's page.
  await page.goto(`/claims/${kept.id}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Merge duplicate #${dup.id} into this claim` }).click();
  // The page refreshes after the merge: the same_as row (and its button) is gone, the merge is in the history.
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Duplicate merged in');
  await expect(page.getByRole('button', { name: `Merge duplicate #${dup.id} into this claim` })).toHaveCount(0);

  // The kept claim's page: one Nebenzya attribution (the two identical ones folded), the merge in its history.
  await page.goto(`/claims/${kept.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`hit only militant positions (${tag})`);
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Duplicate merged in');
  await expect(history).toContainText(`On duplicate claim #${dup.id}`);
  const json = await (await context.request.get(`/api/v1/claims/${kept.id}`)).json();
  expect(json.attributions.filter((a: { source: { id: number } }) => a.source.id === nebenzya)).toHaveLength(1);

  // The duplicate's address leads to the kept claim.
  await page.goto(`/claims/${dup.id}`);
  await expect(page).toHaveURL(new RegExp(`/claims/${kept.id}$`));

  // Edit the kept claim.
  await page.goto(`/claims/${kept.id}/edit`);
  await page.getByLabel('Claim wording').fill(`Strikes near Kansafrah hit only militants, says Nebenzya (${tag})`);
  await page.getByLabel('Why this change (kept in the history)').fill('Shorter wording after the merge.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${kept.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`says Nebenzya (${tag})`);

  // Compare it with the founding example's retreat claim.
  await page.goto(`/compare?ids=${kept.id},${retreat}`);
  await expect(page.getByRole('table').first()).toContainText(`says Nebenzya (${tag})`);
  await expect(page.getByRole('table').first()).toContainText('forced to retreat');

  // The event page shows the kept claim once, and not the duplicate; graph and exports answer.
  await page.goto(`/events/${eventId}`);
  await expect(page.locator(`[id="claim-${kept.id}"]`)).toHaveCount(1);
  await expect(page.locator(`[id="claim-${dup.id}"]`)).toHaveCount(0);
  const graph = await context.request.get(`/api/v1/events/${eventId}/graph`);
  expect(graph.status()).toBe(200);
  const graphText = await graph.text();
  expect(graphText).toContain(`says Nebenzya (${tag})`);
  expect(graphText).not.toContain(`Only militants were hit near Kansafrah (${tag})`);
  const exported = await context.request.get(`/api/v1/exchange/export?eventId=${eventId}&format=jsonl`);
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain(`says Nebenzya (${tag})`);
  // Given a verdict, the kept claim exports as ClaimReview too.
  const { version } = await (await context.request.get(`/api/v1/claims/${kept.id}`)).json();
  const verdict = await context.request.patch(`/api/v1/claims/${kept.id}`, {
    headers: { origin: baseURL! }, data: { version, credibility: 4, credibilityReason: 'Only one side says so.' },
  });
  expect(verdict.status(), await verdict.text()).toBe(200);
  const review = await context.request.get(`/api/v1/claims/${kept.id}/claimreview`);
  expect(review.status()).toBe(200);
  expect((await review.json()).claimReviewed).toContain(`says Nebenzya (${tag})`);
});
