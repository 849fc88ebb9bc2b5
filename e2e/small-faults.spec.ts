import { credibilityLabel } from '../lib/ratings/admiralty';
import { expect, test, signInOverHttp } from './fixtures';

// Small things a reader meets on every visit: pages that fit a phone, a favicon, captions that
// agree with their chart, and forms that say what is wrong in the reader's words.

async function eventId(request: import('@playwright/test').APIRequestContext, titleStart: string): Promise<number> {
  const list = (await (await request.get('/api/v1/events?limit=100')).json()) as { items: { id: number; title: string }[] };
  return list.items.find((e) => e.title.startsWith(titleStart))!.id;
}

test('the claims list fits a 390 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/claims');
  await expect(page.getByRole('search', { name: 'Filter claims' })).toBeVisible();
  const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client);
});

test('every page names a favicon, and it is served', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('the timeline caption agrees with its axis', async ({ page }) => {
  await page.goto(`/events/${await eventId(page.request, 'Clashes near Kansafrah, Al-Ruwayha and Bayanin')}`);
  const caption = page.locator('#timeline-caption');
  await expect(caption).toContainText('30 June 2020 to 2 July 2020');
  await expect(caption).not.toContainText('1 July 2020 to 1 July 2020');
});

test('a claim page shows its credibility once and keeps link texts apart', async ({ page, makeUser }) => {
  const editor = await makeUser('editor');
  await signInOverHttp(page.context(), editor);
  const list = (await (await page.request.get('/api/v1/claims?contested=true&limit=1')).json()) as { items: { id: number; credibility: number }[] };
  await page.goto(`/claims/${list.items[0].id}`);
  // Above the provenance chain: the claim, its badges and its facts.
  const top = (await page.locator('article').innerText()).split('Provenance chain')[0];
  expect(top.split(credibilityLabel(list.items[0].credibility)).length - 1).toBe(1);
  // The editor panel's two reasons have labels of their own.
  await expect(page.getByLabel('Reason for this credibility')).toBeVisible();
  await expect(page.getByLabel('Reason for deleting (optional)')).toBeVisible();
  const related = await page.getByRole('region', { name: 'Related claims' }).innerText();
  expect(related).not.toMatch(/\S(Compare side by side)/);
});

test('the capture form refuses too-long text and a worded language, naming fields as the reader sees them', async ({ page, makeUser }) => {
  const reviewer = await makeUser('reviewer');
  await signInOverHttp(page.context(), reviewer);
  await page.goto('/claims/new');
  const wording = page.getByLabel('Claim wording');
  await wording.fill('x'.repeat(5001));
  // Never cut: the whole text stays, and the counter says how far over it is.
  expect(await wording.inputValue()).toHaveLength(5001);
  await expect(page.getByText('5,001 characters: 1 over the limit of 5,000.')).toBeVisible();
  await page.getByLabel('Language of the wording').fill('english language');
  await page.getByRole('button', { name: 'Save claim' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Some fields are invalid.' });
  await expect(summary).toContainText('Claim wording: Keep the text to 5000 characters or fewer (it has 5001).');
  await expect(summary).toContainText('Language of the wording: Use a language code such as en, ar or ru.');
  const text = await summary.innerText();
  expect(text).not.toMatch(/attributions\.\d|Too big|expected string/);
  const lines = text.split('\n').filter((l) => l.trim());
  expect(new Set(lines).size).toBe(lines.length);
  await expect(page).toHaveURL(/\/claims\/new/);
});
