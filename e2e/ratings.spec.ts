import { expect, test, signInOverHttp } from './fixtures';

// Scenario 4: two reviewers edit South Front's rating at the same moment; one succeeds, the
// other sees a conflict with the newer rating, and keeps what she typed.

async function southFrontPath(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const res = await request.get('/api/v1/sources?q=South%20Front');
  const { items } = (await res.json()) as { items: { id: number; name: string }[] };
  const source = items.find((s) => s.name === 'South Front');
  expect(source, 'South Front is seeded').toBeTruthy();
  return `/sources/${source!.id}`;
}

test('sign in, edit a rating, a conflicting edit keeps its text and shows the newer rating, sign out', async ({ page, browser, makeUser }) => {
  const alice = await makeUser('reviewer', 'Alice Reviewer');
  const bob = await makeUser('reviewer', 'Bob Reviewer');
  const path = await southFrontPath(page.request);

  // Alice signs in through the form.
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(alice.email);
  await page.getByLabel('Password').fill(alice.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('banner').getByText('Alice Reviewer')).toBeVisible();

  // Bob, in a second browser, opens the same page at the same version.
  const bobContext = await browser.newContext();
  await signInOverHttp(bobContext, bob);
  const bobPage = await bobContext.newPage();
  await bobPage.goto(path);
  await expect(bobPage.getByRole('heading', { name: 'Change the reliability grade' })).toBeVisible();

  // Alice saves first.
  const aliceRationale = 'Repeats unverified militant claims but corrects some errors; usually not reliable.';
  await page.getByLabel('Grade (Admiralty scale)').selectOption('D');
  await page.getByLabel('Rationale').fill(aliceRationale);
  await page.getByRole('button', { name: 'Save grade' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: grade D' })).toBeVisible();

  // Bob saves from the stale version: conflict, Alice's rating shown, his text kept.
  const bobRationale = 'Single-sourced battlefield reports with no corrections; I would grade it lower.';
  await bobPage.getByLabel('Grade (Admiralty scale)').selectOption('E');
  await bobPage.getByLabel('Rationale').fill(bobRationale);
  await bobPage.getByRole('button', { name: 'Save grade' }).click();
  const conflict = bobPage.getByRole('alert').filter({ hasText: 'Someone else changed this rating' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Alice Reviewer');
  await expect(conflict).toContainText(aliceRationale);
  await expect(conflict.getByText('D', { exact: true })).toBeVisible();
  await expect(bobPage.getByLabel('Rationale')).toHaveValue(bobRationale);
  await expect(bobPage.getByLabel('Grade (Admiralty scale)')).toHaveValue('E');

  // Saving again is deliberate and lands after Alice's revision; both stay in the history.
  await bobPage.getByRole('button', { name: 'Save grade' }).click();
  await expect(bobPage.getByRole('status').filter({ hasText: 'Saved: grade E' })).toBeVisible();
  await bobPage.reload();
  const history = bobPage.getByRole('region', { name: 'Rating history' });
  await expect(history).toContainText(aliceRationale);
  await expect(history).toContainText(bobRationale);
  await bobContext.close();

  // Alice signs out.
  await page.goto('/signout');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Change the reliability grade' })).toHaveCount(0);
});

test('security headers: CSP with a nonce, no unsafe-inline scripts, no framing', async ({ request }) => {
  const res = await request.get('/');
  const csp = res.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const api = await request.get('/api/v1/alignments');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('a wrong password gets one generic message', async ({ page, makeUser }) => {
  const user = await makeUser('reviewer');
  await page.goto('/signin');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#signin-error')).toHaveText('Email or password is incorrect.');
});
