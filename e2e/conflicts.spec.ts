// An editor creates a conflict, sets a source's alignment in it, puts an event in it, and the
// event page then shows the source's claim under that alignment (and under its default
// alignment before). The new pages are checked with axe and at a 390 px phone width.
import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, signInOverHttp, test } from './fixtures';

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('an editor aligns a source differently in a new conflict and the event page follows it', async ({ page, makeUser, baseURL }) => {
  const editor = await makeUser('editor', 'Conflict Editor');
  await signInOverHttp(page.context(), editor);
  const request = page.context().request;
  const headers = { origin: baseURL! };
  const tag = randomBytes(3).toString('hex');

  // A pro-government source asserting a claim in an event of no conflict yet.
  const source = await request.post('/api/v1/sources', {
    headers, data: { name: `Ministry of Defence ${tag}`, kind: 'government', alignmentSlug: 'pro-government', confirmNew: true },
  });
  expect(source.status()).toBe(201);
  const sourceId: number = (await source.json()).id;
  const event = await request.post('/api/v1/events', { headers, data: { title: `Strike on a fuel depot ${tag}`, startsAt: '2022-03-01' } });
  expect(event.status()).toBe(201);
  const eventId: number = (await event.json()).id;
  const claim = await request.post('/api/v1/claims', {
    headers, data: { text: `Precision strikes destroyed a fuel depot (${tag}).`, eventId, attributions: [{ sourceId, role: 'asserts' }] },
  });
  expect(claim.status()).toBe(201);

  const column = (label: string) => page.getByRole('region', { name: `${label} accounts`, exact: true });
  await page.goto(`/events/${eventId}`);
  await expect(column('Pro-government').getByText(`Ministry of Defence ${tag}`)).toBeVisible();

  // The conflict, from the conflicts page.
  const conflictName = `Russia–Ukraine war ${tag}`;
  await page.goto('/conflicts');
  const create = page.getByRole('form', { name: 'New conflict' });
  await create.getByLabel('Name').fill(conflictName);
  await create.getByLabel('Description (optional)').fill('The war since February 2022.');
  await create.getByRole('button', { name: 'Create conflict' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(conflictName);
  await expectAccessible(page);
  await expectFitsPhone(page);

  // The source's alignment in it, from the source page.
  await page.goto(`/sources/${sourceId}`);
  const section = page.getByRole('region', { name: 'Alignment per conflict' });
  const set = section.getByRole('form', { name: 'Set alignment in a conflict' });
  await set.getByLabel('Conflict', { exact: true }).selectOption({ label: conflictName });
  await set.getByLabel('Alignment in that conflict').selectOption({ label: 'Pro-militant' });
  await set.getByLabel('Why (kept in its history)').fill('A belligerent in this war, not a government’s supporter.');
  await set.getByRole('button', { name: 'Set alignment in conflict' }).click();
  await expect(section.getByRole('link', { name: conflictName })).toBeVisible();
  await expect(section.getByText('Pro-militant').first()).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);

  // The event joins the conflict, from its edit page.
  await page.goto(`/events/${eventId}/edit`);
  await page.getByLabel('Conflict (its sources show their alignment in it)').selectOption({ label: conflictName });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));
  await expect(page.getByRole('link', { name: conflictName })).toBeVisible();
  await expect(column('Pro-militant').getByText(`Ministry of Defence ${tag}`)).toBeVisible();
  await expect(column('Pro-government')).toHaveCount(0);
  await expectAccessible(page);
});
