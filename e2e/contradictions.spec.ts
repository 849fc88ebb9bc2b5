// Issue 5's "done when": a reviewer links the two Kansafrah accounts as contradicting through
// the claim page, the event page shows them in their alignment columns joined by a connector,
// and the compare page lines their fields up row by row.
import pg from 'pg';
import { databaseUrl, expect, signInOverHttp, test } from './fixtures';

async function demoClaimIds(): Promise<{ retreat: number; provocation: number; eventId: number }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT external_id, id, event_id FROM claims WHERE external_id IN ('demo:claim:retreat', 'demo:claim:provocation')`,
    );
    const by = new Map(rows.map((r) => [r.external_id as string, r]));
    return { retreat: by.get('demo:claim:retreat').id, provocation: by.get('demo:claim:provocation').id, eventId: by.get('demo:claim:retreat').event_id };
  } finally {
    await client.end();
  }
}

test('links the two Kansafrah accounts as contradicting through the UI', async ({ page, context, makeUser }) => {
  const { retreat, provocation, eventId } = await demoClaimIds();
  const reviewer = await makeUser('reviewer');
  await signInOverHttp(context, reviewer);

  // The founding example already links this pair: remove that link in the UI first, so the
  // link made below is the one this test created.
  await page.goto(`/claims/${retreat}`);
  const manage = page.getByRole('region', { name: 'Manage relations' });
  page.once('dialog', (dialog) => void dialog.accept());
  await manage.getByRole('button', { name: `Remove the link to claim #${provocation}` }).click();
  await expect(manage.getByRole('button', { name: `Remove the link to claim #${provocation}` })).toHaveCount(0);
  await expect(page.locator('.item-meta .badge-contested')).toHaveCount(0);

  // Search the other claim as you type, choose it, say what is disputed, link.
  await manage.getByLabel('Find the other claim').fill('provocation by militants');
  const match = manage.getByRole('radio', { name: new RegExp(`#${provocation}\\b`) });
  await expect(match).toBeVisible();
  await match.check();
  await manage.getByLabel('This claim…').selectOption('contradicts');
  await manage.getByRole('checkbox', { name: 'who is responsible' }).check();
  await manage.getByRole('checkbox', { name: 'how it is characterised' }).check();
  await manage.getByLabel('Note (optional)').fill('Repelled attack or provocation: the two sides blame each other.');
  await manage.getByRole('button', { name: 'Link claims' }).click();
  await expect(manage.getByRole('status')).toContainText('Linked');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Contradicted by' })).toContainText('provocation by militants');

  // Event page: each account in its alignment's column, a connector drawn between the cards.
  await page.goto(`/events/${eventId}`);
  const militant = page.getByRole('region', { name: /pro-militant accounts/i });
  const government = page.getByRole('region', { name: /pro-government accounts/i });
  const retreatCard = militant.locator(`[id="claim-${retreat}"]`);
  const provocationCard = government.locator(`[id="claim-${provocation}"]`);
  await expect(retreatCard).toContainText('forced to retreat');
  await expect(provocationCard).toContainText('provocation by militants');
  const [a, b] = [Math.min(retreat, provocation), Math.max(retreat, provocation)];
  const connector = page.getByRole('img', { name: /contradiction pairs? connected across the columns/ }).locator(`[data-pair="${a}-${b}"]`);
  await expect(connector).toHaveCount(1);
  const [line, left, right] = await Promise.all([connector.boundingBox(), retreatCard.boundingBox(), provocationCard.boundingBox()]);
  const [l, r] = left!.x < right!.x ? [left!, right!] : [right!, left!];
  // The line starts at the left card's right edge and ends at the right card's left edge.
  expect(Math.abs(line!.x - (l.x + l.width))).toBeLessThan(8);
  expect(Math.abs(line!.x + line!.width - r.x)).toBeLessThan(8);
  // The claim graph is fetched when asked for.
  await page.getByRole('button', { name: /Show the claim graph/ }).click();
  await expect(page.getByRole('img', { name: /Graph of \d+ claims and \d+ relations/ }).first()).toBeVisible();

  // Compare page from the claim page's one-click link: the same field on the same line.
  await page.goto(`/claims/${retreat}`);
  await page.getByRole('link', { name: 'Compare with contradicting claims' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${retreat},${provocation}$`));
  await expect(page.getByRole('region', { name: 'How they relate' })).toContainText('who is responsible, how it is characterised');
  for (const field of ['wording', 'credibility', 'sources', 'date', 'place', 'parties']) {
    const cells = page.locator(`[role="row"][data-field="${field}"]`).getByRole('cell');
    await expect(cells).toHaveCount(2);
    const [first, second] = await Promise.all([cells.nth(0).boundingBox(), cells.nth(1).boundingBox()]);
    expect(Math.abs(first!.y - second!.y), `${field} row`).toBeLessThan(1);
    expect(Math.abs(first!.height - second!.height), `${field} row height`).toBeLessThan(1);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width);
  }
  await expect(page.locator('[role="row"][data-field="parties"]').getByRole('cell').filter({ hasText: 'In dispute' })).toHaveCount(2);
});
