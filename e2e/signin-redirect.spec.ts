import { expect, test } from './fixtures';

// A sign-in link can carry any callbackUrl; after signing in through the real form the browser
// must stay on this site. Browsers strip tabs and newlines from URLs and read `\` as `/`, so a
// value that looks like a path can still name another host.

const hostile = [
  ['a tab between slashes (the reported link)', '/\t/evil.example/phish'],
  ['a protocol-relative URL', '//evil.example/phish'],
  ['a backslash', '/\\evil.example/phish'],
  ['another site', 'https://evil.example/phish'],
  ['an encoded tab', '/%09/evil.example/phish'],
  ['a host suffix of this site', 'http://{host}.evil.example/phish'],
  ['javascript:', 'javascript:alert(document.domain)'],
] as const;

test.describe('sign-in keeps the browser on this site', () => {
  for (const [label, callbackUrl] of hostile) {
    test(`callbackUrl with ${label} ends on the home page`, async ({ page, context, baseURL, makeUser }) => {
      const origin = new URL(baseURL!).origin;
      const offSite: string[] = [];
      // Answer anything off-site here (the machine is offline), and remember that it was asked for.
      await context.route((url) => url.origin !== origin, async (route) => {
        offSite.push(route.request().url());
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Off site</h1>' });
      });
      const user = await makeUser('reviewer');

      await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl.replace('{host}', new URL(origin).host))}`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await expect(page).toHaveURL(`${origin}/`);
      await expect(page.getByRole('banner').getByText(user.name)).toBeVisible();
      expect(new URL(page.url()).origin).toBe(origin);
      expect(offSite).toEqual([]);
    });
  }

  test('a same-site callbackUrl is kept', async ({ page, baseURL, makeUser }) => {
    const origin = new URL(baseURL!).origin;
    const user = await makeUser('reviewer');
    await page.goto(`/signin?callbackUrl=${encodeURIComponent('/sources?q=South')}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${origin}/sources?q=South`);
  });
});
