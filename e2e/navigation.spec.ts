// The header leads to every part of the desk by role, the home page searches, and /methodology
// explains what each badge means (every badge links to its part). Checked with axe and at 390 px.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signInOverHttp, test } from './fixtures';

const KANSAFRAH = 'Kansafrah';

async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  return (await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('signed out, the header offers the sections and sign-in, not the desk', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Claims', exact: true })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'New claim' })).toHaveCount(0);
  await expect(header.getByRole('link', { name: 'Queue' })).toHaveCount(0);
  await expect(header.getByText('Admin', { exact: true })).toHaveCount(0);
});

test('a reviewer finds New claim, Add document and Queue, and Account under their name', async ({ page, context, makeUser }) => {
  const reviewer = await makeUser('reviewer');
  await signInOverHttp(context, reviewer);
  await page.goto('/');
  const desk = page.getByRole('navigation', { name: 'Your work' });
  await expect(desk.getByRole('link', { name: 'New claim' })).toHaveAttribute('href', '/claims/new');
  await expect(desk.getByRole('link', { name: 'Add document' })).toHaveAttribute('href', '/documents/new');
  await expect(desk.getByRole('link', { name: 'Queue' })).toHaveAttribute('href', '/queue');
  await expect(desk.getByText('Admin', { exact: true })).toHaveCount(0);

  const account = desk.locator('summary', { hasText: reviewer.name });
  await expect(desk.getByRole('link', { name: 'Account and API tokens' })).toBeHidden();
  await account.click();
  await desk.getByRole('link', { name: 'Account and API tokens' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  // The menu closes once its page is open.
  await expect(desk.getByRole('link', { name: 'Account and API tokens' })).toBeHidden();

  await desk.getByRole('link', { name: 'New claim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New claim' })).toBeVisible();
});

test('an admin opens the Admin menu with the keyboard; it lists every admin page', async ({ page, context, makeUser }) => {
  await signInOverHttp(context, await makeUser('admin'));
  await page.goto('/');
  const desk = page.getByRole('navigation', { name: 'Your work' });
  const admin = desk.locator('summary', { hasText: /^Admin$/ });
  await admin.focus();
  await page.keyboard.press('Enter');
  const expected: [string, string][] = [
    ['Users', '/admin/users'],
    ['Alignments', '/admin/alignments'],
    ['Import', '/admin/import'],
    ['Export', '/admin/export'],
    ['Audit log', '/admin/audit'],
  ];
  for (const [name, href] of expected) await expect(desk.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  for (const [name] of expected) await expect(desk.getByRole('link', { name, exact: true })).toBeVisible();
  // Escape closes it and gives focus back to the menu button.
  await page.keyboard.press('Escape');
  await expect(desk.getByRole('link', { name: 'Audit log' })).toBeHidden();
  await expect(admin).toBeFocused();
  // Tab into the menu and follow a link with the keyboard alone.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(desk.getByRole('link', { name: 'Users', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/users$/);
});

test('the home page search box finds the Kansafrah claims', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Search claims' });
  await search.getByRole('searchbox', { name: 'Search claims' }).fill(KANSAFRAH);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/claims\?q=Kansafrah$/);
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toBeVisible();
});

test('each badge links to a part of /methodology that exists', async ({ page }) => {
  await page.goto('/claims?q=Kansafrah');
  const list = page.getByRole('list', { name: 'Claims' });
  const anchors = new Set<string>();
  for (const name of [/credibility scale explained/, /alignment explained/, /how origins and carriers are counted/, /what contested means/]) {
    const href = await list.getByRole('link', { name }).first().getAttribute('href');
    expect(href).toMatch(/^\/methodology#[a-z-]+$/);
    anchors.add(href!.split('#')[1]);
  }
  await page.goto('/sources');
  anchors.add((await page.getByRole('link', { name: /reliability scale explained/ }).first().getAttribute('href'))!.split('#')[1]);
  // A claim page shows each source's combined code.
  await page.goto('/claims?q=Kansafrah');
  await list.getByRole('link', { name: /forced to retreat/ }).first().click();
  anchors.add((await page.getByRole('link', { name: /combined code explained/ }).first().getAttribute('href'))!.split('#')[1]);

  expect([...anchors].sort()).toEqual(['alignments', 'combined-code', 'contested', 'credibility', 'origins-and-carriers', 'reliability']);
  await page.goto('/methodology');
  for (const id of anchors) await expect(page.locator(`section[id="${id}"] h2`)).toBeVisible();
  await expect(page.locator('section#review-status')).toContainText('Needs more evidence');
  await expect(page.locator('section#alignments')).toContainText('Pro-government');

  await page.goto('/claims?q=Kansafrah');
  await list.getByRole('link', { name: /how origins and carriers are counted/ }).first().click();
  await expect(page).toHaveURL(/\/methodology#origins-and-carriers$/);
  await expect(page.getByRole('heading', { name: 'Origins and carriers' })).toBeInViewport();
});

test('at 390 px, /methodology and the open header menus pass axe and never scroll sideways', async ({ page, context, makeUser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/methodology');
  expect(await axeViolations(page)).toEqual([]);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);

  await signInOverHttp(context, await makeUser('admin', 'Administrator with a rather long display name'));
  await page.goto('/');
  const desk = page.getByRole('navigation', { name: 'Your work' });
  for (const summary of await desk.locator('summary').all()) await summary.click();
  await expect(desk.getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(desk.getByRole('link', { name: 'Sign out' })).toBeVisible();
  expect(await axeViolations(page, 'header')).toEqual([]);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
  await page.goto('/methodology');
  expect(await axeViolations(page)).toEqual([]);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
});
