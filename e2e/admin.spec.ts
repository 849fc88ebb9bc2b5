import { expect, test, signInOverHttp } from './fixtures';

// Admin pages and the account page, driven as a signed-in admin.

test('an admin invites a user, adds an alignment and finds both in the audit log', async ({ page, context, makeUser }) => {
  const admin = await makeUser('admin');
  await signInOverHttp(context, admin);
  const tag = Date.now().toString(36);

  await page.goto('/admin/users');
  const invite = page.getByRole('form', { name: 'Invite a user' });
  await invite.getByLabel('Email').fill(`invitee-${tag}@crosscheck.test`);
  await invite.getByLabel('Name').fill('Invited Person');
  await invite.getByLabel('Role').selectOption('editor');
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(invite.getByText(/\/set-password\?token=/)).toBeVisible();
  await expect(page.getByRole('cell', { name: `invitee-${tag}@crosscheck.test`, exact: true })).toBeVisible();

  await page.goto('/admin/alignments');
  const add = page.getByRole('form', { name: 'Add an alignment' });
  await add.getByLabel('Slug').fill(`pro-test-${tag}`);
  await add.getByLabel('Label').fill('Pro-test');
  await add.getByRole('button', { name: 'Add alignment' }).click();
  await expect(add.getByRole('status')).toHaveText('Added.');
  // A bad slug is explained under its field, and the typed label stays.
  await add.getByLabel('Slug').fill('Not A Slug');
  await add.getByRole('button', { name: 'Add alignment' }).click();
  await expect(add.locator('#new-al-slug-error')).toContainText('Lower-case');
  await expect(add.getByLabel('Slug')).toHaveAttribute('aria-describedby', /new-al-slug-error/);
  await expect(add.getByLabel('Label')).toHaveValue('Pro-test');

  await page.goto(`/admin/audit?actor=${encodeURIComponent(admin.email)}`);
  await expect(page.getByRole('cell', { name: 'user.invite', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'alignment.create', exact: true })).toBeVisible();
});

test('a reviewer creates a token (shown once), uses it, and revokes it', async ({ page, context, makeUser, playwright, baseURL }) => {
  const reviewer = await makeUser('reviewer');
  await signInOverHttp(context, reviewer);
  await page.goto('/account');
  const create = page.getByRole('form', { name: 'Create a token' });
  await create.getByLabel('Token name').fill('e2e script');
  await create.getByRole('button', { name: 'Create token' }).click();
  const raw = (await page.getByTestId('new-token').textContent())!.trim();
  expect(raw).toMatch(/^cc_/);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${raw}` } });
  expect((await api.get('/api/v1/tokens')).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await page.getByRole('button', { name: 'Revoke e2e script' }).click();
  await expect(page.getByRole('cell', { name: /^revoked/ })).toBeVisible();
  expect((await api.get('/api/v1/tokens')).status()).toBe(401);
  await api.dispose();
});

test('reviewers do not get the admin pages', async ({ page, context, makeUser }) => {
  await signInOverHttp(context, await makeUser('reviewer'));
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
});
