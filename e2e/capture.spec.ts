import { expect, test, signInOverHttp } from './fixtures';

// Scenario 2: a reviewer opens the Global Research document, selects "were forced to retreat
// after several hours of clashes", and records it as asserted by the unnamed group
// "pro-militant sources", relayed by South Front and then by Global Research; the claim page
// draws the three hops.

const QUOTE = 'were forced to retreat after several hours of clashes';

/** Selects `words` inside the stored text as a user's drag would: one DOM Range across text nodes. */
async function selectInStoredText(page: import('@playwright/test').Page, words: string) {
  await page.evaluate((target) => {
    const container = document.getElementById('document-text')!;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; from: number }[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, from: all.length });
      all += (n as Text).data;
    }
    const start = all.indexOf(target);
    if (start === -1) throw new Error('quote not in the page');
    const end = start + target.length;
    const at = (offset: number, isEnd: boolean) => {
      const hit = nodes.find((x) => (isEnd ? offset <= x.from + x.node.data.length && offset > x.from : offset < x.from + x.node.data.length));
      return { node: hit!.node, offset: offset - hit!.from };
    };
    const a = at(start, false);
    const b = at(end, true);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

async function pickSource(page: import('@playwright/test').Page, label: string, typed: string, name: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(page.getByText(`Chosen: ${name}`)).toBeVisible();
}

test('capture scenario 2 from a selection: three-hop chain on the claim page', async ({ page, makeUser }) => {
  const reviewer = await makeUser('reviewer', 'Capture Reviewer');
  await signInOverHttp(page.context(), reviewer);

  const list = (await (await page.request.get('/api/v1/documents?limit=100')).json()) as { items: { id: number; url: string }[] };
  const gr = list.items.find((d) => d.url.includes('globalresearch.ca'));
  expect(gr, 'the Global Research document is seeded').toBeTruthy();

  await page.goto(`/documents/${gr!.id}`);
  const capture = page.getByRole('button', { name: 'New claim from selection' });
  await expect(capture).toBeDisabled();
  await selectInStoredText(page, QUOTE);
  await expect(capture).toBeEnabled();
  await capture.click();

  await expect(page).toHaveURL(/\/claims\/new\?/);
  await expect(page.getByRole('heading', { name: 'New claim' })).toBeVisible();
  await expect(page.locator('.quote-preview strong')).toHaveText(QUOTE);
  // The document's publisher is proposed as the relaying source.
  await expect(page.getByRole('combobox', { name: 'Relay 1: relayed by' })).toHaveValue('Global Research');

  const wording = 'The Syrian Army and the National Defense Forces were forced to retreat near Kansafrah after several hours of clashes.';
  await page.getByLabel('Claim wording').fill(wording);
  await pickSource(page, 'Origin: asserted by', 'pro-milit', 'pro-militant sources');
  await page.getByRole('button', { name: 'Insert a relay before relay hop 1' }).click();
  await pickSource(page, 'Relay 1: relayed by', 'South Fr', 'South Front');
  await page.getByLabel('Relay hop 1: said on').fill('2020-07-01');
  await page.getByLabel('Place', { exact: true }).fill('Kansafrah');
  await page.getByLabel('Place precision').selectOption('town');
  await page.getByLabel('Date', { exact: true }).fill('2020-06-30');
  await page.getByRole('button', { name: 'Save claim' }).click();

  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: wording })).toBeVisible();
  const chain = page.getByRole('list', { name: 'Provenance chain: pro-militant sources → South Front → Global Research' });
  await expect(chain).toBeVisible();
  await expect(chain.getByRole('listitem')).toHaveCount(3);
  await expect(chain.getByRole('listitem').nth(2)).toContainText(QUOTE);
  await expect(page.getByText('3 sources carry it, 1 independent origin')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Captured');
});

test('the same capture by keyboard alone: find the words, pick sources with arrows and Enter, Ctrl+Enter saves', async ({ page, makeUser }) => {
  const reviewer = await makeUser('reviewer');
  await signInOverHttp(page.context(), reviewer);
  const list = (await (await page.request.get('/api/v1/documents?limit=100')).json()) as { items: { id: number; url: string }[] };
  await page.goto(`/documents/${list.items.find((d) => d.url.includes('globalresearch.ca'))!.id}`);

  await page.getByLabel('Or find words:').focus();
  await page.keyboard.type(QUOTE);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/new\?/);
  await expect(page.locator('.quote-preview strong')).toHaveText(QUOTE);

  // The wording starts as the quote (autofocused); the origin is the next combobox.
  await page.getByRole('combobox', { name: 'Origin: asserted by' }).focus();
  await page.keyboard.type('pro-milit');
  await expect(page.getByRole('option', { name: 'pro-militant sources', exact: true })).toBeVisible();
  // No suggestion is chosen until the arrows move to one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insert a relay before relay hop 1' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Relay 1: relayed by' }).focus();
  await page.keyboard.type('South Fr');
  await expect(page.getByRole('option', { name: 'South Front', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');

  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole('list', { name: 'Provenance chain: pro-militant sources → South Front → Global Research' })).toBeVisible();
});

test('an empty wording is refused at once, in the browser, without a request', async ({ page, makeUser }) => {
  await signInOverHttp(page.context(), await makeUser('reviewer'));
  await page.goto('/claims/new');
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/api/v1/claims')) posts.push(request.url());
  });

  await expect(page.getByLabel('Claim wording')).toHaveValue('');
  await page.getByRole('button', { name: 'Save claim' }).click();

  await expect(page.locator('#claim-text-error')).toHaveText('Word the claim.');
  await expect(page.getByLabel('Claim wording')).toHaveAttribute('aria-invalid', 'true');
  const summary = page.getByRole('alert').filter({ hasText: 'Some fields are invalid.' });
  await expect(summary.getByRole('link', { name: 'Claim wording' })).toHaveAttribute('href', '#claim-text');
  await expect(summary).not.toContainText('attributions.');
  expect(posts).toEqual([]);
});
