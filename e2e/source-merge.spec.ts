// An editor merges a duplicate "Russian Ministry of Defence" record into the kept one from the
// kept source's page: picks the duplicate, reads what will move, chooses which rating stands,
// and afterwards the duplicate's address leads to the kept source.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { expect, signInOverHttp, test } from './fixtures';

async function api(request: APIRequestContext, baseURL: string, method: 'POST' | 'PUT', path: string, data: unknown) {
  const res = await request.fetch(path, { method, data, headers: { origin: baseURL } });
  return { status: res.status(), body: await res.json() };
}

test('an editor merges a duplicate source from the source page; the duplicate then redirects', async ({ page, makeUser, baseURL }) => {
  const editor = await makeUser('editor');
  await signInOverHttp(page.context(), editor);
  const request = page.context().request;
  const tag = randomBytes(3).toString('hex');
  const source = { kind: 'government', alignmentSlug: 'pro-government', country: 'RU', confirmNew: true };

  // The kept record (made once per database) and a duplicate under another spelling, rated D.
  const made = await api(request, baseURL!, 'POST', '/api/v1/sources', { ...source, name: 'Russian Ministry of Defence', aliases: ['Минобороны России'] });
  const keptId: number = made.status === 201 ? made.body.id : made.body.current.id;
  const dupeName = `Russian Ministry of Defense ${tag}`;
  const dupe = await api(request, baseURL!, 'POST', '/api/v1/sources', { ...source, name: dupeName });
  expect(dupe.status).toBe(201);
  const rated = await api(request, baseURL!, 'PUT', `/api/v1/sources/${dupe.body.id}/rating`, {
    reliability: 'D', rationale: 'Its statements on strikes are seldom backed by checkable evidence.', version: 0,
  });
  expect(rated.status).toBe(200);

  // On a phone-sized screen, as reviewers in the field use it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/sources/${keptId}`);
  const form = page.getByRole('form', { name: 'Merge a duplicate into this source' });
  const picker = form.getByRole('combobox', { name: 'Duplicate record to merge into this one' });
  await picker.focus();
  await page.keyboard.type(`Defense ${tag}`);
  await expect(form.getByRole('option', { name: dupeName, exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  // The confirm step names both records and what moves.
  await expect(form.getByText(/will be merged into/)).toBeVisible();
  await expect(form.getByText(/1 rating revision, kept in the history/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('#source-merge-title ~ form').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await form.getByRole('radio', { name: /The duplicate’s grade \(D\)/ }).check();
  await form.getByLabel('Why this grade stands').fill('The duplicate record was graded on its statements about strikes; that grade stands.');
  await form.getByLabel('Why these are the same source').fill('The same ministry, created twice under two spellings.');
  await form.getByRole('button', { name: 'Merge sources' }).click();
  await expect(form.getByText('Merged.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russian Ministry of Defence');
  await expect(page.getByText(dupeName).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Current reliability rating' }).getByText('The duplicate record was graded on its statements about strikes; that grade stands.')).toBeVisible();

  // The duplicate's page now leads to the kept source.
  await page.goto(`/sources/${dupe.body.id}`);
  await expect(page).toHaveURL(new RegExp(`/sources/${keptId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russian Ministry of Defence');
});
