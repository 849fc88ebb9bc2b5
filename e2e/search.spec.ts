import { expect, test } from '@playwright/test';

// Search as you type on the claims page, against the seeded founding example, signed out.

test('results follow typing, one request per pause, with matches marked', async ({ page }) => {
  await page.goto('/claims');
  const claimsRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/claims') claimsRequests.push(r.url());
  });
  await page.getByRole('searchbox', { name: 'Search text' }).pressSequentially('Nebenzia', { delay: 40 });
  // No Filter click: the URL follows the box once typing pauses.
  await expect(page).toHaveURL(/q=Nebenzia/);
  const list = page.getByRole('list', { name: 'Claims' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  expect(claimsRequests.length).toBeLessThanOrEqual(2);

  await page.getByRole('searchbox', { name: 'Search text' }).fill('humanitarian deconfliction');
  await expect(page).toHaveURL(/q=humanitarian\+deconfliction/);
  await expect(list.locator('mark', { hasText: /^deconfliction$/i }).first()).toBeVisible();
});
