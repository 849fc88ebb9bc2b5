// Discussion: a reviewer comments on a claim mentioning an editor, and edits the comment within
// the window; the editor sees the highlighted mention on the claim page and under "Mentions of
// me" on /queue; an anonymous reader sees no thread, and the API answers them 401.
import { test, expect, signInOverHttp } from './fixtures';

const handleOf = (email: string) => email.split('@')[0];

test('a reviewer mentions an editor in a comment; the editor finds it; anonymous readers see nothing', async ({ browser, makeUser }) => {
  test.setTimeout(90_000);
  const reviewer = await makeUser('reviewer');
  const editor = await makeUser('editor');

  const reviewerContext = await browser.newContext();
  await signInOverHttp(reviewerContext, reviewer);
  const list = await reviewerContext.request.get('/api/v1/claims?limit=1');
  const claimId = ((await list.json()) as { items: { id: number }[] }).items[0].id;

  // The reviewer comments, with a link and a mention.
  const page = await reviewerContext.newPage();
  await page.goto(`/claims/${claimId}`);
  const discussion = page.getByRole('region', { name: 'Discussion' });
  await expect(discussion).toBeVisible();
  const text = `Who shelled Kansafrah first? @${handleOf(editor.email)} see https://reliefweb.int/country/syr`;
  await discussion.getByLabel('Your comment').fill(text);
  await discussion.getByRole('button', { name: 'Post comment' }).click();
  const mine = discussion.getByRole('listitem', { name: `Comment by ${reviewer.name}` }).last();
  await expect(mine.locator('mark.mention')).toHaveText(`@${handleOf(editor.email)}`);
  await expect(mine.getByRole('link', { name: 'https://reliefweb.int/country/syr' })).toHaveAttribute('rel', 'nofollow noopener');

  // Within 15 minutes its author may edit it; it then shows as edited.
  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByLabel('Edit your comment').fill(`${text} (OCHA, 1 July)`);
  await mine.getByRole('button', { name: 'Save comment' }).click();
  await expect(mine.getByText('(edited)')).toBeVisible();
  await expect(mine.getByText('(OCHA, 1 July)')).toBeVisible();

  // The editor sees it on the claim page, and in the queue if that page is there.
  const editorContext = await browser.newContext();
  await signInOverHttp(editorContext, editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto(`/claims/${claimId}`);
  const thread = editorPage.getByRole('region', { name: 'Discussion' });
  await expect(thread.locator('mark.mention', { hasText: `@${handleOf(editor.email)}` })).toHaveAttribute('title', editor.name);
  const queue = await editorPage.goto('/queue');
  if (queue?.status() !== 404) {
    const mentions = editorPage.getByRole('region', { name: /Mentions of me/ });
    await expect(mentions).toContainText('(1)');
    await expect(mentions).toContainText('Who shelled Kansafrah first?');
    await mentions.getByRole('link').first().click();
    await expect(editorPage).toHaveURL(new RegExp(`/claims/${claimId}#comment-\\d+$`));
  }

  // Anonymous readers: no thread on the page, 401 from the API, even though reading is public.
  const anonymous = await browser.newContext();
  const anonPage = await anonymous.newPage();
  await anonPage.goto(`/claims/${claimId}`);
  await expect(anonPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(anonPage.getByRole('heading', { name: 'Discussion' })).toHaveCount(0);
  await expect(anonPage.getByText('Who shelled Kansafrah first?')).toHaveCount(0);
  expect((await anonymous.request.get(`/api/v1/claims/${claimId}/comments`)).status()).toBe(401);

  await Promise.all([reviewerContext.close(), editorContext.close(), anonymous.close()]);
});
