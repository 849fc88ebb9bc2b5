// Every page passes axe-core's WCAG 2.1 A/AA rules, signed out and signed in as an admin (who
// sees every form); the compare page and the capture flow work with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signInOverHttp, test } from './fixtures';
import { discoverPages, sampleIds, type SampleIds } from './page-discovery';

let ids: SampleIds;
test.beforeAll(async ({ request }) => {
  ids = await sampleIds(request);
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
  }));
}

test('every page is discovered with its dynamic segments filled', async () => {
  const pages = discoverPages(ids);
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((p) => p.url === null).map((p) => p.route), 'pages whose [segments] the spec cannot fill').toEqual([]);
});

test('every page signed out passes axe (WCAG 2.1 AA)', async ({ page }) => {
  test.setTimeout(180_000);
  const failures: Record<string, unknown> = {};
  for (const p of discoverPages(ids).filter((p) => !p.signedIn && p.url)) {
    await page.goto(p.url!);
    const v = await axeViolations(page);
    if (v.length) failures[p.url!] = v;
  }
  expect(failures).toEqual({});
});

test('every page signed in as an admin passes axe (WCAG 2.1 AA)', async ({ page, context, makeUser }) => {
  test.setTimeout(240_000);
  await signInOverHttp(context, await makeUser('admin'));
  const failures: Record<string, unknown> = {};
  for (const p of discoverPages(ids).filter((p) => p.url && p.route !== '/signout')) {
    await page.goto(p.url!);
    const v = await axeViolations(page);
    if (v.length) failures[p.url!] = v;
  }
  expect(failures).toEqual({});
});

/** Tabs through the page (bounded) and returns what received focus, in order. */
async function tabThrough(page: Page, max = 150): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const desc = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' || style.boxShadow !== 'none';
      return `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? el.id ?? ''}|${el.textContent?.trim().slice(0, 40) ?? ''}|${visible ? 'visible' : 'NO-FOCUS-RING'}`;
    });
    if (desc === null) break;
    if (seen.includes(desc)) break;
    seen.push(desc);
  }
  return seen;
}

test('the compare page works with the keyboard alone', async ({ page }) => {
  await page.goto(`/compare?ids=${ids.claim},${ids.claim2}`);
  const focused = await tabThrough(page);
  expect(focused.filter((f) => f.endsWith('NO-FOCUS-RING')), 'focus is always visible').toEqual([]);
  // The side-by-side region scrolls from the keyboard, and each claim's link opens it.
  expect(focused.some((f) => f.startsWith('div|')), 'the scrollable comparison takes focus').toBe(true);
  const claimLink = page.locator(`main a[href="/claims/${ids.claim}"]`).first();
  await claimLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/claims/${ids.claim}$`));
});

test('a claim is captured with the keyboard alone', async ({ page, context, makeUser }) => {
  await signInOverHttp(context, await makeUser('reviewer'));
  await page.goto('/claims/new');
  const tabTo = async (test: string, max = 120) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((t) => document.activeElement?.matches(t) ?? false, test)) return;
    }
    throw new Error(`Tab never reached ${test}`);
  };
  await tabTo('#claim-text');
  const wording = `Keyboard-only capture ${Date.now()}: at least two drones were shot down.`;
  await page.keyboard.type(wording);
  await tabTo('[role="combobox"]');
  await page.keyboard.type('South Front');
  await expect(page.getByRole('option').first()).toBeVisible();
  const active = await page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'));
  if (!active) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo('button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/\d+$/, { timeout: 15_000 });
  await expect(page.getByText(wording).first()).toBeVisible();
});
