// The review desk in a browser: an editor assigns a contested claim to a reviewer, the reviewer
// finds it in the queue under "Assigned to me" and moves it to in review, and the editor marks
// it reviewed. Anonymous readers are sent to sign in.
import pg from 'pg';
import { databaseUrl, expect, signInOverHttp, test } from './fixtures';

/** A contested claim of the founding example, put back to new and unassigned for this run. */
async function freshContestedClaim(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT id FROM claims WHERE contested AND deleted_at IS NULL AND merged_into_id IS NULL ORDER BY id LIMIT 1`,
    );
    const id = rows[0].id as number;
    await client.query(`UPDATE claims SET review_status = 'new', assignee_id = NULL WHERE id = $1`, [id]);
    return id;
  } finally {
    await client.end();
  }
}

test('an editor assigns a contested claim, the reviewer takes it from the queue, the editor marks it reviewed', async ({ browser, makeUser }) => {
  const claimId = await freshContestedClaim();
  const editor = await makeUser('editor');
  const reviewer = await makeUser('reviewer');
  const editorContext = await browser.newContext();
  const reviewerContext = await browser.newContext();
  await signInOverHttp(editorContext, editor);
  await signInOverHttp(reviewerContext, reviewer);

  const editorPage = await editorContext.newPage();
  await editorPage.goto(`/claims/${claimId}`);
  const editorPanel = editorPage.getByRole('region', { name: 'Review', exact: true });
  await editorPanel.getByLabel('Assigned to').selectOption({ label: `${reviewer.name} (reviewer)` });
  await editorPanel.getByRole('button', { name: 'Save review' }).click();
  await expect(editorPanel.getByRole('status')).toHaveText('Review saved.');

  const reviewerPage = await reviewerContext.newPage();
  await reviewerPage.goto('/queue');
  const assigned = reviewerPage.getByRole('region', { name: /Assigned to me/ });
  await expect(assigned.getByRole('heading')).toHaveText('Assigned to me (1)');
  await assigned.getByRole('link').first().click();
  await expect(reviewerPage).toHaveURL(new RegExp(`/claims/${claimId}$`));
  const reviewerPanel = reviewerPage.getByRole('region', { name: 'Review', exact: true });
  await expect(reviewerPanel.getByRole('option', { name: 'Reviewed (editors)' })).toBeDisabled();
  await reviewerPanel.getByLabel('Review status').selectOption('in_review');
  await reviewerPanel.getByRole('button', { name: 'Save review' }).click();
  await expect(reviewerPanel.getByRole('status')).toHaveText('Review saved.');
  await expect(reviewerPage.getByText('Review: In review')).toBeVisible();

  await editorPage.reload();
  await editorPanel.getByLabel('Review status').selectOption('reviewed');
  await editorPanel.getByRole('button', { name: 'Save review' }).click();
  await expect(editorPanel.getByRole('status')).toHaveText('Review saved.');
  await expect(editorPage.getByText('Review: Reviewed')).toBeVisible();

  // Reviewed work leaves the reviewer's queue.
  await reviewerPage.goto('/queue');
  await expect(reviewerPage.getByRole('region', { name: /Assigned to me/ }).getByRole('heading')).toHaveText('Assigned to me (0)');
  await editorContext.close();
  await reviewerContext.close();
});

test('the queue sends anonymous readers to sign in', async ({ page }) => {
  await page.goto('/queue');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fqueue/);
});
