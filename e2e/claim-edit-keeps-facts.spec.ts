// Saving a claim's wording on its edit page sends its facts back whole: a party's link to its
// source record, a figure's original words and the coordinates survive the save.
import pg from 'pg';
import { databaseUrl, expect, signInOverHttp, test } from './fixtures';

async function sourceId(externalId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query('SELECT id FROM sources WHERE external_id = $1', [externalId])).rows[0].id;
  } finally {
    await client.end();
  }
}

test('editing the wording keeps party source links, figure wording and coordinates', async ({ page, context, makeUser, baseURL }) => {
  const reviewer = await makeUser('reviewer');
  await signInOverHttp(context, reviewer);
  const nebenzya = await sourceId('demo:source:vasily-nebenzya');
  const tag = Date.now().toString(36);
  const created = await context.request.post('/api/v1/claims', {
    headers: { origin: baseURL! },
    data: {
      text: `Strikes killed three to five fighters near Kansafrah (${tag})`, language: 'en',
      latitude: 35.62, longitude: 36.47, placeName: 'Kansafrah',
      parties: [{ role: 'other', name: 'Vasily Nebenzya', sourceId: nebenzya }],
      figures: [{ measure: 'killed', subject: 'fighters', min: 3, max: 5, wording: 'three to five' }],
      attributions: [{ sourceId: nebenzya, role: 'asserts' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();

  await page.goto(`/claims/${id}/edit`);
  await page.getByLabel('Claim wording').fill(`Strikes killed between three and five fighters near Kansafrah (${tag})`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${id}$`));

  const claim = await (await context.request.get(`/api/v1/claims/${id}`)).json();
  expect(claim.text).toContain('between three and five');
  expect(claim.parties).toEqual([expect.objectContaining({ name: 'Vasily Nebenzya', source: { id: nebenzya, name: 'Vasily Nebenzya' } })]);
  expect(claim.figures).toEqual([expect.objectContaining({ measure: 'killed', min: 3, max: 5, wording: 'three to five' })]);
  expect([claim.latitude, claim.longitude]).toEqual([35.62, 36.47]);
});
