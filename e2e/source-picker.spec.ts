import { expect, signInOverHttp, test } from './fixtures';

// The source picker finds a source under another spelling, picks it only when the user moves to
// it, and never creates a source unless asked in so many words.

test('a reviewer finds "Vasily Nebenzya" by typing "Nebenzia" and picks it with the keyboard', async ({ page, makeUser }) => {
  await signInOverHttp(page.context(), await makeUser('reviewer'));
  await page.goto('/claims/new');
  const box = page.getByRole('combobox', { name: 'Origin: asserted by' });
  await box.focus();
  await page.keyboard.type('Nebenzia');

  const option = page.getByRole('option', { name: 'Vasily Nebenzya', exact: true });
  await expect(option).toBeVisible();
  await expect(option).toContainText('(matched: Vasily Nebenzia)');
  await expect(option).toContainText('Official or spokesperson');
  // Nothing is chosen yet: Enter alone neither picks a suggestion nor opens "create".
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Chosen: Vasily Nebenzya')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /New source/ })).toHaveCount(0);

  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Chosen: Vasily Nebenzya')).toBeVisible();
  await expect(box).toHaveValue('Vasily Nebenzya');
});

test('a near-duplicate name shows "Did you mean", and creating needs an explicit choice', async ({ page, makeUser }) => {
  await signInOverHttp(page.context(), await makeUser('reviewer'));
  await page.goto('/claims/new');
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/sources') posts.push(r.postData() ?? '');
  });
  const box = page.getByRole('combobox', { name: 'Origin: asserted by' });
  await box.focus();
  await page.keyboard.type('Vasily Nebenzyah');
  await expect(page.getByText('Did you mean …?')).toBeVisible();
  await expect(page.getByRole('option', { name: 'Vasily Nebenzya', exact: true })).toBeVisible();
  const createButton = page.getByRole('button', { name: 'Create “Vasily Nebenzyah” as a new source…' });
  await expect(createButton).toBeVisible();

  // Arrows stop at the suggestions; Enter picks, it never creates.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('group', { name: /New source/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Creating is a deliberate click, and the new source's kind and alignment start unchosen.
  await page.keyboard.type(' ');
  await page.keyboard.press('Backspace');
  await createButton.click();
  const form = page.getByRole('group', { name: 'New source “Vasily Nebenzyah”' });
  await expect(form.getByLabel('Kind')).toHaveValue('');
  await expect(form.getByLabel('Alignment')).toHaveValue('');
  await form.getByRole('button', { name: 'Create source' }).click();
  await expect(form.getByText('Choose a kind.')).toBeVisible();
  expect(posts).toHaveLength(0);

  // The server asks about the similar source before it makes a second one.
  await form.getByLabel('Kind').selectOption('official');
  await form.getByLabel('Alignment').selectOption('pro-government');
  await form.getByRole('button', { name: 'Create source' }).click();
  await expect(form.getByText('Did you mean …?')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Create “Vasily Nebenzyah” anyway' })).toBeVisible();
  await form.getByRole('button', { name: 'Use “Vasily Nebenzya”' }).click();
  await expect(page.getByText('Chosen: Vasily Nebenzya')).toBeVisible();
  expect(posts).toHaveLength(1);
  expect(posts[0]).not.toContain('confirmNew');
});
