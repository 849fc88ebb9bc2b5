import { createHash, randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, signInOverHttp } from './fixtures';

// A reviewer corrects a document's stored text from its page: the report lists each quote (one
// re-anchored with old and new span side by side, one lost), the replaced text stays in the
// text history with its SHA-256, and the claim whose quote was lost shows a warning with a way
// to fix it.

const TEXT = 'Late on June 30, fighting resumed near Kansafrah. Local sources said that five soldiers were killed. By the morning the front had stabilized.';
const EDITED = 'Late on 30 June 2020, fighting resumed near Kansafrah and Bayanin. Local sources said that five soldiers were killed. Calm returned.';
const MOVED = 'five soldiers were killed';
const GONE = 'the front had stabilized';
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Usable on a 390 px phone: nothing forces the page wider than the screen. */
async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
}

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

test('a reviewer edits a document’s text and sees the re-anchoring report', async ({ page, makeUser, baseURL }) => {
  const reviewer = await makeUser('reviewer', 'Text Reviewer');
  await signInOverHttp(page.context(), reviewer);
  const headers = { origin: baseURL! };

  const sources = (await (await page.request.get('/api/v1/sources?limit=100')).json()) as { items: { id: number; name: string }[] };
  const sourceId = (name: string) => sources.items.find((s) => s.name === name)!.id;
  const created = await page.request.post('/api/v1/documents', {
    headers, data: { url: `https://example.org/idlib-${randomBytes(4).toString('hex')}`, title: 'Idlib frontline report', text: TEXT },
  });
  expect(created.status()).toBe(201);
  const doc = (await created.json()) as { id: number };
  const quote = (exact: string) => ({ exact, start: TEXT.indexOf(exact) });
  const claimText = 'Five soldiers were killed near Kansafrah before the front stabilized.';
  const claimed = await page.request.post('/api/v1/claims', {
    headers,
    data: {
      text: claimText,
      attributions: [
        { sourceId: sourceId('pro-militant sources'), role: 'asserts', documentId: doc.id, quote: quote(MOVED) },
        { sourceId: sourceId('South Front'), role: 'relays', relaysIndex: 0, documentId: doc.id, quote: quote(GONE) },
      ],
    },
  });
  expect(claimed.status()).toBe(201);
  const claim = (await claimed.json()) as { id: number };

  await page.goto(`/documents/${doc.id}`);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expectAccessible(page);
  await page.getByLabel('Text', { exact: true }).fill(EDITED);
  await page.getByLabel('Reason for the correction').fill('The outlet corrected the date and the last sentence.');
  await page.getByRole('button', { name: 'Save text' }).click();

  const result = page.locator('.edit-result');
  await expect(result.getByRole('heading', { name: 'Text saved as version 2' })).toBeVisible();
  await expect(result).toContainText('2 quotes: 0 still anchored, 1 re-anchored, 1 lost.');
  const moved = result.getByRole('listitem').filter({ hasText: /^Re-anchored/ });
  await expect(moved).toContainText(`Before (at ${TEXT.indexOf(MOVED)})`);
  await expect(moved).toContainText(`After (at ${EDITED.indexOf(MOVED)})`);
  await expect(moved.locator('blockquote')).toHaveCount(2);
  await expect(moved.locator('blockquote').nth(0)).toContainText('. By the morning the front had s');
  await expect(moved.locator('blockquote').nth(1)).toContainText('. Calm returned.');
  const lost = result.getByRole('listitem').filter({ hasText: /^Lost/ });
  await expect(lost).toContainText(GONE);
  await expect(lost).toContainText('No longer found in the new text');
  await expect(lost.getByRole('link', { name: `claim: ${claimText}` })).toHaveAttribute('href', `/claims/${claim.id}`);

  // The page now shows the new text, the replaced one in the history with its hash, and the lost quote.
  await expect(page.locator('#document-text')).toContainText('Calm returned.');
  const history = page.getByRole('region', { name: 'Text history' });
  await expect(history).toContainText(sha(TEXT));
  await expect(history).toContainText(sha(EDITED));
  await expect(history).toContainText('The outlet corrected the date and the last sentence.');
  await expect(history).toContainText('Text Reviewer');
  await history.getByText(/^Re-anchoring report/).click();
  await expect(history.getByRole('listitem').filter({ hasText: /^Lost/ })).toContainText(GONE);
  await expect(page.getByRole('region', { name: 'Quotes no longer found in this text' })).toContainText(GONE);
  await expectAccessible(page);
  await expectFitsPhone(page);

  // The old text is still readable, with the hash it had.
  await history.getByRole('link', { name: 'Version 1' }).click();
  await expect(page.getByRole('heading', { name: 'Idlib frontline report' })).toBeVisible();
  await expect(page.locator('.doc-text')).toHaveText(TEXT);
  await expect(page.getByText(sha(TEXT))).toBeVisible();

  // The claim flags the lost quote on its attribution, with a way to fix it.
  await page.goto(`/claims/${claim.id}`);
  const warning = page.getByRole('note').filter({ hasText: 'Quote no longer found in the document.' });
  await expect(warning).toHaveCount(1);
  await expect(warning).toBeVisible();
  await expectAccessible(page);
  await warning.getByRole('link', { name: 'Find the words in the document to fix it' }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${doc.id}#lost-quotes$`));
  await expect(page.getByRole('heading', { name: 'Quotes no longer found in this text' })).toBeVisible();
});
