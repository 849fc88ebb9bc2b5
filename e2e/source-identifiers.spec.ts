// An editor adds a Telegram link to a source on its page, pasted as a post's address; the page
// lists the normalised account as a link, and the capture form's source picker finds the source
// by the handle typed as people type it.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, signInOverHttp, test } from './fixtures';

test('an editor adds a Telegram link to a source and finds the source by its handle in the picker', async ({ page, makeUser, baseURL }) => {
  const editor = await makeUser('editor');
  await signInOverHttp(page.context(), editor);
  const tag = randomBytes(4).toString('hex').replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
  const name = `Idlib Frontline Channel ${tag}`;
  const res = await page.context().request.fetch('/api/v1/sources', {
    method: 'POST', headers: { origin: baseURL! },
    data: { name, kind: 'social_account', alignmentSlug: 'pro-militant', confirmNew: true },
  });
  expect(res.status()).toBe(201);
  const { id } = await res.json();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/sources/${id}`);
  const form = page.getByRole('form', { name: 'Edit this source' });
  await form.getByRole('button', { name: 'Add an identifier' }).click();
  await form.getByLabel('Identifier 1: kind').selectOption({ label: 'Telegram' });
  await form.getByLabel('Identifier 1: address or handle').fill(`https://t.me/s/Frontline_${tag}/1204`);
  await expect(form.getByRole('link', { name: `Telegram: t.me/frontline_${tag}` })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('form[aria-labelledby="source-edit-title"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await form.getByRole('button', { name: 'Save source' }).click();
  await expect(form.getByText('Source saved.')).toBeVisible();

  await page.reload();
  const link = page.getByRole('link', { name: `t.me/frontline_${tag}`, exact: true });
  await expect(link).toHaveAttribute('href', `https://t.me/frontline_${tag}`);

  await page.goto('/claims/new');
  const box = page.getByRole('combobox', { name: 'Origin: asserted by' });
  await box.focus();
  await page.keyboard.type(`@frontline_${tag}`);
  const option = page.getByRole('option', { name, exact: true });
  await expect(option).toBeVisible();
  await expect(option).toContainText(`(matched: t.me/frontline_${tag})`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Chosen: ${name}`)).toBeVisible();
});
