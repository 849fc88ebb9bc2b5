// An editor corrects an event: edits its title and dates and sees the change in its history,
// then deletes it, moving its claims to another event in the same step, and restores it.
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { databaseUrl, expect, signInOverHttp, test } from './fixtures';

async function twoEvents(): Promise<{ from: number; to: number; toTitle: string; claimText: string }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const tag = Date.now().toString(36);
    const event = async (title: string) =>
      (await client.query(`INSERT INTO events (title, starts_at, updated_at) VALUES ($1, '2020-06-30', now()) RETURNING id`, [title])).rows[0].id as number;
    const from = await event(`Shelling near Ariha ${tag}`);
    const toTitle = `Clashes near Kansafrah ${tag}`;
    const to = await event(toTitle);
    const claimText = `Artillery hit the southern edge of Ariha ${tag}`;
    await client.query(`INSERT INTO claims (text, event_id, updated_at) VALUES ($1, $2, now())`, [claimText, from]);
    return { from, to, toTitle, claimText };
  } finally {
    await client.end();
  }
}

test('an editor edits an event, sees it in the history, deletes it moving its claims, and restores it', async ({ page, makeUser }) => {
  const { from, to, toTitle, claimText } = await twoEvents();
  const editor = await makeUser('editor');
  await signInOverHttp(page.context(), editor);

  await page.goto(`/events/${from}`);
  await page.getByRole('link', { name: 'Edit event' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit');
  const title = `Shelling of Ariha, 30 June – 1 July 2020 ${Date.now().toString(36)}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Ends').fill('2020-07-01');
  await page.getByLabel('Why this change (kept in the history)').fill('The shelling went on into 1 July.');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(new RegExp(`/events/${from}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Edited');
  await expect(history).toContainText('The shelling went on into 1 July.');
  await expect(history).toContainText(title);

  await page.getByRole('link', { name: 'Edit event' }).click();
  // The edit page, delete form included, on a phone-sized screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id), 'the edit page passes axe').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const remove = page.getByRole('form', { name: 'Delete event' });
  await remove.getByLabel('Move the claims to').selectOption({ label: toTitle });
  await remove.getByLabel('Reason (kept in the history)').fill('Same shelling as the Kansafrah event.');
  await remove.getByRole('button', { name: 'Delete event' }).click();

  await expect(page).toHaveURL(new RegExp(`/events/${from}$`));
  await expect(page.getByText(/This event was deleted on/)).toBeVisible();
  const deletedAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(deletedAxe.violations.map((v) => v.id), 'the deleted event page passes axe').toEqual([]);
  await page.goto(`/events/${to}?all=1`);
  await expect(page.getByText(claimText)).toBeVisible();

  await page.goto(`/events/${from}`);
  await page.getByRole('form', { name: 'Restore event' }).getByRole('button', { name: 'Restore event' }).click();
  await expect(page.getByText(/This event was deleted on/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Restored');
});
