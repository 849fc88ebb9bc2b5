import type { APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { displayPrefix, hashToken, newRawToken } from '../lib/auth/api-token-hash';
import { databaseUrl, expect, signInOverHttp, test, type E2eUser } from './fixtures';

// A claim captured with the wrong origin: "Syrian Arab Army asserts → South Front relays →
// Global Research relays", where South Front in fact credited pro-militant sources. A reviewer
// fixes it on the edit page: adds the right origin, re-points South Front to it (only then can
// the wrong hop go), removes the wrong hop with a reason, and reads the corrected chain and the
// history on the claim page.

async function tokenFor(user: E2eUser): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const token = newRawToken();
    await client.query(`INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, 'e2e', $2, $3)`, [user.id, hashToken(token), displayPrefix(token)]);
    return token;
  } finally {
    await client.end();
  }
}

async function sourceId(request: APIRequestContext, name: string): Promise<number> {
  const res = await request.get(`/api/v1/sources?limit=20&q=${encodeURIComponent(name)}`);
  const { items } = (await res.json()) as { items: { id: number; name: string }[] };
  const found = items.find((s) => s.name === name);
  expect(found, `seeded source ${name}`).toBeTruthy();
  return found!.id;
}

type Captured = { id: number; attributions: { id: number; sourceName: string }[] };

async function captureWrongly(request: APIRequestContext, token: string): Promise<Captured> {
  const [army, southFront, globalResearch] = await Promise.all(
    ['Syrian Arab Army', 'South Front', 'Global Research'].map((name) => sourceId(request, name)),
  );
  const res = await request.post('/api/v1/claims', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      text: `Government forces withdrew from Kansafrah after several hours of clashes (${Date.now().toString(36)}).`,
      occurredAt: '2020-06-30', occurredPrecision: 'day', placeName: 'Kansafrah', placePrecision: 'town',
      attributions: [
        { sourceId: army, role: 'asserts' },
        { sourceId: southFront, role: 'relays', relaysIndex: 0, statedAt: '2020-07-01' },
        { sourceId: globalResearch, role: 'relays', relaysIndex: 1, statedAt: '2020-07-02' },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Captured;
}

test('a reviewer fixes a wrong attribution on a captured claim', async ({ page, makeUser }) => {
  const reviewer = await makeUser('reviewer', 'Correcting Reviewer');
  const claim = await captureWrongly(page.request, await tokenFor(reviewer));
  const [army, southFront] = claim.attributions;
  await signInOverHttp(page.context(), reviewer);

  await page.goto(`/claims/${claim.id}/edit`);
  await expect(page.getByRole('heading', { level: 2, name: 'Attributions' })).toBeVisible();

  // The wrong origin is relayed by South Front: the form says so before anyone tries.
  const removeArmy = page.getByRole('button', { name: `Remove Syrian Arab Army asserts (#${army.id})` });
  await expect(removeArmy).toBeDisabled();
  await expect(page.getByText(`Cannot be removed yet: South Front relays (#${southFront.id}) relays this hop.`)).toBeVisible();

  // 1. The right origin.
  const add = page.getByRole('form', { name: 'Add an attribution' });
  await add.getByRole('combobox', { name: 'Source' }).fill('pro-milit');
  await page.getByRole('option', { name: 'pro-militant sources', exact: true }).click();
  await expect(add.getByText('Chosen: pro-militant sources')).toBeVisible();
  await add.getByLabel('Role').selectOption('asserts');
  await add.getByRole('button', { name: 'Add attribution' }).click();
  await expect(add.getByRole('status')).toHaveText('Attribution added.');
  const origin = page.getByRole('heading', { level: 3, name: /^pro-militant sources asserts \(#\d+\)$/ });
  await expect(origin).toBeVisible();
  const originId = Number((await origin.textContent())!.match(/#(\d+)/)![1]);

  // 2. South Front repeats pro-militant sources, as its article says.
  const correct = page.getByRole('form', { name: `Correct South Front relays (#${southFront.id})` });
  await correct.getByLabel('Repeats').selectOption(String(originId));
  await correct.getByLabel('Venue').fill('southfront.org');
  await correct.getByLabel('Why this correction (kept in the history)').fill('South Front credits pro-militant sources.');
  await correct.getByRole('button', { name: /Save correction/ }).click();
  await expect(correct.getByRole('status')).toHaveText('Correction saved.');

  // 3. Nothing relays the wrong hop now: it goes, with a reason.
  await expect(removeArmy).toBeEnabled();
  const removal = page.getByRole('form', { name: `Removal of Syrian Arab Army asserts (#${army.id})` });
  await removeArmy.click();
  await expect(removal.getByRole('alert')).toContainText('Say why this attribution is removed');
  await removal.getByLabel('Why remove it (kept in the history)').fill('Wrong origin: the army never said this.');
  await removeArmy.click();
  await expect(page.getByRole('heading', { level: 3, name: /^Syrian Arab Army/ })).toHaveCount(0);

  // The claim page draws the corrected chain, counts and history.
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole('list', { name: 'Provenance chain: pro-militant sources → South Front → Global Research' })).toBeVisible();
  await expect(page.getByText('3 sources carry it, 1 independent origin')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Attribution removed');
  await expect(history).toContainText('Reason: Wrong origin: the army never said this.');
  await expect(history).toContainText('Attribution corrected');
  await expect(history).toContainText('South Front relays (repeating pro-militant sources) at southfront.org on 2020-07-01');
  await expect(history).toContainText('Attribution added');
});
