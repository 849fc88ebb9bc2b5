import { expect, test, signInOverHttp } from './fixtures';

// The admin upload page: a JSON Lines file goes in with progress, problems come back by line.

test('an admin uploads a file and sees it land, with a bad line reported', async ({ page, context, makeUser }) => {
  const admin = await makeUser('admin');
  await signInOverHttp(context, admin);
  const tag = Date.now().toString(36);
  const lines = [
    { id: `e2e-${tag}-1`, text: `Uploaded claim ${tag}`, attributions: [{ source: { name: `Uploader ${tag}` }, role: 'asserts' }] },
    { id: `e2e-${tag}-2`, text: 'Another uploaded claim' },
  ].map((l) => JSON.stringify(l));

  await page.goto('/admin/import');
  const form = page.getByRole('form', { name: 'Import claims' });
  await form.getByLabel('File (.csv or .jsonl)').setInputFiles({ name: `claims-${tag}.jsonl`, mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')) });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByText(/^Done in/)).toBeVisible();
  await expect(form.getByText(/2 claims imported \(1 attributions\)/)).toBeVisible();

  await page.goto(`/claims?q=${tag}`);
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('link', { name: `Uploaded claim ${tag}` })).toBeVisible();

  await page.goto('/admin/import');
  await form.getByLabel('File (.csv or .jsonl)').setInputFiles({ name: 'bad.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(`${lines[0]}\n{"id":"x","text":"ok","credibility":9}\n`) });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('listitem').filter({ hasText: /^line 2: credibility/ })).toBeVisible();
});
