import { expect, test, type Page } from '@playwright/test';
import { databaseUrl } from './fixtures';
import pg from 'pg';

// Reader pages against the seeded founding example (lib/seed/demo-data.ts), signed out.

const KANSAFRAH = /Clashes near Kansafrah, Al-Ruwayha and Bayanin/;

async function openRetreatClaim(page: Page) {
  await page.goto('/claims?q=forced+to+retreat');
  // The founding example's claim, not one a capture test may have recorded from the same quote.
  await page.getByRole('list', { name: 'Claims' }).getByRole('link', { name: /tried to advance.*forced to retreat/ }).first().click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
}

test('home lists the Kansafrah clashes among contested events', async ({ page }) => {
  await page.goto('/');
  const contested = page.getByRole('region', { name: 'Contested events' });
  await expect(contested.getByRole('link', { name: KANSAFRAH })).toBeVisible();
  await expect(contested.getByText(/\d+ contradictions?/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Newest claims' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latest rating changes' }).getByRole('listitem').first()).toBeVisible();
});

test('the claims list pages forward and back with keyset cursors', async ({ page }) => {
  await page.goto('/claims?limit=2');
  const items = page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  const first = await items.allInnerTexts();

  const pager = page.getByRole('navigation', { name: 'Claims pages' });
  await pager.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/cursor=/);
  // Client-side navigation swaps the list in place: poll until the new page is there.
  await expect
    .poll(async () => (await items.allInnerTexts()).some((text) => first.includes(text)))
    .toBe(false);
  await expect(items.first()).toBeVisible();

  await pager.getByRole('link', { name: /Previous/ }).click();
  await expect(page).not.toHaveURL(/cursor=/);
  await expect.poll(() => items.allInnerTexts()).toEqual(first);
});

test('the text filter narrows the claims list', async ({ page }) => {
  await page.goto('/claims');
  await page.getByRole('searchbox', { name: 'Search text' }).fill('Security Council');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/q=Security\+Council/);
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toBeVisible();
});

test('the retreat claim draws its three-hop provenance chain', async ({ page }) => {
  await openRetreatClaim(page);
  const chain = page.getByRole('list', {
    name: 'Provenance chain: pro-militant sources → South Front → Global Research',
  });
  await expect(chain).toBeVisible();
  const hops = chain.getByRole('listitem');
  await expect(hops).toHaveCount(3);
  await expect(hops.nth(0)).toContainText('pro-militant sources');
  await expect(hops.nth(0)).toContainText('Pro-militant');
  await expect(hops.nth(1)).toContainText('South Front');
  await expect(hops.nth(2)).toContainText('Global Research');
  // Quotes appear in their document's context, with the combined grade+credibility code.
  const attributions = page.getByRole('region', { name: 'Attributions and quotes' });
  await expect(attributions.getByText('were forced to retreat after several hours of clashes').first()).toBeVisible();
  await expect(attributions.getByText(/^[A-F][1-6]$/).first()).toBeVisible();
  // The contradicting account is prominent and comparable.
  const related = page.getByRole('region', { name: 'Contradicted by' });
  await expect(related.getByRole('link', { name: /provocation/ })).toBeVisible();
  await expect(related.getByRole('link', { name: 'Compare side by side' }).first()).toHaveAttribute(
    'href',
    /^\/compare\?ids=\d+,\d+/,
  );
});

test('the Kansafrah event shows both accounts under their alignments, connected', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('region', { name: 'Contested events' }).getByRole('link', { name: KANSAFRAH }).click();
  await expect(page.getByRole('heading', { level: 1, name: KANSAFRAH })).toBeVisible();

  const militant = page.getByRole('region', { name: 'Pro-militant accounts' });
  const government = page.getByRole('region', { name: 'Pro-government accounts' });
  await expect(militant.getByRole('heading', { name: 'Pro-militant' })).toBeVisible();
  await expect(government.getByRole('heading', { name: 'Pro-government' })).toBeVisible();
  const retreat = militant.getByRole('link', { name: /forced to retreat/ });
  const provocation = government.getByRole('link', { name: /provocation by militants/ });
  await expect(retreat).toBeVisible();
  await expect(provocation).toBeVisible();

  const retreatId = (await retreat.getAttribute('href'))!.split('/').pop();
  const provocationId = (await provocation.getAttribute('href'))!.split('/').pop();
  await expect(militant.getByRole('link', { name: new RegExp(`⟷ contradicts #${provocationId}\\b`) })).toBeVisible();
  await expect(government.getByRole('link', { name: new RegExp(`⟷ contradicts #${retreatId}\\b`) })).toBeVisible();

  const connectors = page.getByRole('region', { name: 'Contradictions' });
  const pair = connectors.getByRole('listitem').filter({ hasText: /forced to retreat/ });
  await expect(pair).toContainText(/provocation by militants/);
  await expect(pair).toContainText(/contradicts/);
});

test('a source page shows its rating, rationale and history', async ({ page }) => {
  await page.goto('/sources?q=South+Front');
  await page.getByRole('link', { name: 'South Front', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'South Front' })).toBeVisible();
  const rating = page.getByRole('region', { name: 'Current reliability rating' });
  await expect(rating.getByText(/^[A-F]$/).first()).toBeVisible();
  const history = page.getByRole('region', { name: 'Rating history' });
  await expect(history.getByRole('img', { name: /Reliability rating of South Front over time/ })).toBeVisible();
  await expect(history.getByRole('list', { name: 'Rating revisions, newest first' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Track record' })).toContainText(/Confirmed by other sources/);
});

test('a document page highlights captured quotes, each linking to its claim', async ({ page }) => {
  await page.goto('/documents');
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('listitem')
    .filter({ hasText: 'Global Research' })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByText(/SHA-256/)).toBeVisible();
  const stored = page.getByRole('region', { name: 'Stored text' });
  const quote = stored.getByRole('link', { name: /forced to retreat after several hours of clashes/ });
  await expect(quote).toBeVisible();
  await expect(quote).toHaveAttribute('href', /^\/claims\/\d+$/);
  expect(await stored.locator('mark').count()).toBeGreaterThan(1);
  await expect(page.getByRole('term').filter({ hasText: 'Republishes' })).toBeVisible();
});

for (const path of ['/claims/999999', '/claims/abc', '/sources/0', '/events/1.5', '/documents/99999999999']) {
  test(`${path} is a real 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
}

test('the claim page fits a 360px phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openRetreatClaim(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

// SPEC scenario 6, end to end: a claim stored with markup for text is shown as text and never
// runs. The row goes straight into the e2e database (scripts/e2e-server.ts writes its URL).
test('a claim whose text is a script tag is shown as text, never run', async ({ page }) => {
  const url = process.env.E2E_DATABASE_URL ?? databaseUrl();
  expect(['127.0.0.1', 'localhost', '::1']).toContain(new URL(url).hostname);
  const hostile = '<script>alert(1)</script>';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO claims (text, original_text, original_language, updated_at) VALUES ($1, $1, 'ar', now()) RETURNING id`,
      [hostile],
    );
    const id = rows[0].id as number;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`/claims/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
    await expect(page.getByText(hostile)).toHaveCount(2);
    await page.goto(`/claims?q=${encodeURIComponent('alert')}`);
    await page.goto('/');
    expect(dialogs).toBe(0);
    await client.query('DELETE FROM claims WHERE id = $1', [id]);
  } finally {
    await client.end();
  }
});
