import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, signInOverHttp } from './fixtures';

// The capture form's less common fields, behind "More details": a reviewer records in one save
// the original-language text, a source that denies the claim, a party linked to its source
// record, a figure with its wording and the coordinates; the claim page shows every one.

const QUOTE = 'were forced to retreat after several hours of clashes';
const MORE = 'More details: original text, denials, parties, figures, coordinates';

async function pickSource(page: Page, label: string, typed: string, name: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(box).toHaveValue(name);
}

async function openGlobalResearchCapture(page: Page) {
  const list = (await (await page.request.get('/api/v1/documents?limit=100')).json()) as { items: { id: number; url: string }[] };
  await page.goto(`/documents/${list.items.find((d) => d.url.includes('globalresearch.ca'))!.id}`);
  await page.getByLabel('Or find words:').fill(QUOTE);
  await page.getByRole('button', { name: 'Capture these words' }).click();
  await expect(page).toHaveURL(/\/claims\/new\?/);
  await expect(page.locator('.quote-preview strong')).toHaveText(QUOTE);
}

test('a reviewer captures original text, a denial, a party and a figure in one save; the claim page shows them all', async ({ page, makeUser }) => {
  await signInOverHttp(page.context(), await makeUser('reviewer'));
  await openGlobalResearchCapture(page);

  // Closed by default: the fast path does not pass through these fields.
  const more = page.locator('details.more-details');
  await expect(more).not.toHaveAttribute('open');
  await expect(page.getByLabel('Original-language text (when the wording is a translation)')).toBeHidden();

  const wording = 'Government forces retreated near Kansafrah after several hours of clashes with militants.';
  await page.getByLabel('Claim wording').fill(wording);
  await pickSource(page, 'Origin: asserted by', 'pro-milit', 'pro-militant sources');

  await page.getByText(MORE).click();
  await expect(more).toHaveAttribute('open');
  const original = 'أُجبرت القوات الحكومية على الانسحاب بعد ساعات من الاشتباكات';
  await page.getByLabel('Original-language text (when the wording is a translation)').fill(original);
  await page.getByLabel('Original language').fill('ar');

  await page.getByRole('button', { name: 'Add a denial' }).click();
  await pickSource(page, 'Denial 1: denied by', 'Syrian Arab', 'Syrian Arab Army');
  await page.getByLabel('Denial 1: said on').fill('2020-07-01');

  await page.getByRole('button', { name: 'Add party' }).click();
  await page.getByLabel('Party 1 role').selectOption('target');
  await pickSource(page, 'Party 1: its source record (optional)', 'Hayat Tah', 'Hayat Tahrir al-Sham');
  // Picking the party's source names a party still unnamed.
  await expect(page.getByLabel('Party 1 name')).toHaveValue('Hayat Tahrir al-Sham');

  await page.getByRole('button', { name: 'Add figure' }).click();
  await expect(page.getByLabel('Figure 1: measure')).toHaveValue('killed');
  await page.getByLabel('Figure 1: of whom').fill('soldiers');
  await page.getByLabel('Figure 1: min').fill('5');
  await page.getByLabel('Figure 1: as worded').fill('at least five soldiers');

  await page.getByLabel('Latitude').fill('35.69');
  await page.getByLabel('Longitude').fill('36.49');
  await page.getByLabel('Place', { exact: true }).fill('Kansafrah');
  await page.getByLabel('Place precision').selectOption('town');
  await page.getByLabel('Date', { exact: true }).fill('2020-06-30');
  await page.getByLabel('Date precision').selectOption('week');

  // Open, with a row of each kind, the form still passes axe and fits a 390 px phone.
  const axe = await new AxeBuilder({ page }).include('form[aria-label="Capture a claim"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Save claim' }).click();

  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: wording })).toBeVisible();
  const originalFigure = page.locator('figure.original');
  await expect(originalFigure).toContainText('Original text (ar)');
  await expect(originalFigure.locator('p')).toHaveText(original);
  await expect(originalFigure.locator('p')).toHaveAttribute('lang', 'ar');

  const denials = page.getByRole('region', { name: 'Denied by' });
  await expect(denials).toContainText('Syrian Arab Army');
  // The denial is not a carrier: the chain is the two hops that repeat the claim.
  await expect(page.getByRole('list', { name: 'Provenance chain: pro-militant sources → Global Research' })).toBeVisible();
  await expect(page.getByText('2 sources carry it, 1 independent origin')).toBeVisible();

  await expect(page.getByText('Target: Hayat Tahrir al-Sham')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hayat Tahrir al-Sham' })).toHaveAttribute('href', /^\/sources\/\d+$/);
  await expect(page.getByText('killed: at least 5 soldiers')).toBeVisible();
  await expect(page.getByText('“at least five soldiers”')).toBeVisible();
  await expect(page.getByText('(35.6900, 36.4900)')).toBeVisible();

  // The API holds the same claim: precision too.
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const claim = (await (await page.request.get(`/api/v1/claims/${id}`)).json()) as Record<string, unknown>;
  expect(claim).toMatchObject({
    originalText: original, originalLanguage: 'ar', occurredPrecision: 'week', placePrecision: 'town', latitude: 35.69, longitude: 36.49,
  });
});

test('an error inside the closed disclosure opens it, and its summary link focuses the field', async ({ page, makeUser }) => {
  await signInOverHttp(page.context(), await makeUser('reviewer'));
  await page.goto('/claims/new');
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/claims') posts.push(r.url()); });

  await page.getByLabel('Claim wording').fill('At least three soldiers were killed near Kansafrah.');
  await pickSource(page, 'Origin: asserted by', 'South Fr', 'South Front');
  const more = page.locator('details.more-details');
  const toggle = page.getByText(MORE);
  await toggle.click();
  await page.getByRole('button', { name: 'Add figure' }).click();
  await toggle.click();
  await expect(more).not.toHaveAttribute('open');

  // A figure with no number: the browser's check refuses it without a request, and opens the disclosure.
  await page.getByRole('button', { name: 'Save claim' }).click();
  await expect(more).toHaveAttribute('open');
  await expect(page.locator('#figure-0-min-error')).toHaveText('Give a minimum, a maximum or both.');
  expect(posts).toEqual([]);

  // Closed again by the reviewer, the summary's link opens it before focusing the field.
  await toggle.click();
  await expect(more).not.toHaveAttribute('open');
  const summary = page.getByRole('alert').filter({ hasText: 'Some fields are invalid.' });
  await summary.getByRole('link', { name: 'Figure 1: min' }).click();
  await expect(more).toHaveAttribute('open');
  await expect(page.getByLabel('Figure 1: min')).toBeFocused();

  await page.keyboard.type('3');
  await page.getByRole('button', { name: 'Save claim' }).click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByText('killed: at least 3')).toBeVisible();
});

test("the server's error on a party's source opens the disclosure at that party", async ({ page, makeUser }) => {
  await signInOverHttp(page.context(), await makeUser('reviewer'));
  await page.goto('/claims/new');
  await page.getByLabel('Claim wording').fill('Hayat Tahrir al-Sham positions were shelled in Jabal al-Zawiyah.');
  await pickSource(page, 'Origin: asserted by', 'South Fr', 'South Front');
  const more = page.locator('details.more-details');
  await page.getByText(MORE).click();
  await page.getByRole('button', { name: 'Add party' }).click();
  await page.getByLabel('Party 1 role').selectOption('target');
  await pickSource(page, 'Party 1: its source record (optional)', 'Hayat Tah', 'Hayat Tahrir al-Sham');
  await page.getByText(MORE).click();
  await expect(more).not.toHaveAttribute('open');

  // The source disappears between picking and saving: only the server can tell.
  await page.route('**/api/v1/claims', async (route) => {
    const body = route.request().postDataJSON() as { parties: { sourceId: number }[] };
    body.parties[0].sourceId = 2_147_483_000;
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.getByRole('button', { name: 'Save claim' }).click();
  await expect(more).toHaveAttribute('open');
  const picker = page.getByRole('combobox', { name: 'Party 1: its source record (optional)' });
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  await expect(more.getByText('No such source.')).toBeVisible();
  await expect(page).toHaveURL(/\/claims\/new$/);
});
