// The retry and job-queue lessons end to end: the backoff lesson's sweep runs in its worker and
// is plotted; the idempotency lesson raises the duplicate alarm, and an idempotent handler clears it.
import { expect, test } from '@playwright/test';

test('backoff lesson: the contention sweep runs with progress and plots all five strategies', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('/?lesson=backoff-jitter');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Parameter sweep' });
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  for (const metric of ['attempts', 'finishMs']) {
    const plot = page.getByTestId(`sweep-plot-${metric}`);
    for (const series of ['none', 'exponential', 'full', 'equal', 'decorrelated']) {
      await expect(plot.locator(`[data-series="${series}"]`)).toHaveAttribute('data-points', '7');
    }
    // Drawn, not just present: every line has a path.
    await expect(plot.locator('path[d^="M"]')).toHaveCount(5);
  }
  await expect(page.getByTestId('goal-sweep')).toHaveAttribute('data-status', 'met');
  expect(problems).toEqual([]);
});

test('idempotency lesson: duplicates raise the alarm; an idempotent handler stops them', async ({ page }) => {
  await page.goto('/?lesson=idempotency&speed=10');
  const knob = (name: string) => page.getByRole('button', { name, exact: true });
  await expect(knob('Visibility 1 s')).toBeEnabled();
  await knob('Visibility 1 s').click();
  await expect(knob('Visibility 1 s')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Play' }).click();
  const alarm = page.getByTestId('duplicate-alarm');
  await expect(alarm).toBeVisible({ timeout: 60_000 });
  await expect(alarm).toContainText(/sent twice to user \d+/);
  await expect(page.getByTestId('goal-duplicates')).toHaveAttribute('data-status', 'met');

  await knob('Make the handler idempotent').click();
  await expect(knob('Make the handler idempotent')).toHaveAttribute('aria-pressed', 'true');
  // The run replays to the same moment with the same deliveries: now none is sent twice.
  await expect(alarm).toHaveCount(0);
  await expect(page.getByTestId('goal-idempotent')).toHaveAttribute('data-status', 'met', { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await expect(alarm).toHaveCount(0);
});

test('retry storm: one request opened from the client shows its whole tree of attempts', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('/?lesson=retry-storm&speed=2');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
  await page.getByRole('button', { name: 'Play' }).click();
  // The database fails every call from 5 s: wait until a traced request has been retried.
  await page.locator('[aria-label="client users"]').click();
  const retried = page.locator('.trace-row', { hasText: /retries/ }).filter({ hasText: /error after/ }).first();
  await expect(retried).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await retried.click();
  const tree = page.getByTestId('trace-tree');
  await expect(tree).toBeVisible();
  // Three layers retrying three times: 3 attempts at api, 9 at orders, 27 at db — 39 in all.
  await expect(page.getByTestId('trace-attempts')).toHaveText('39');
  await expect(tree.locator('li[data-site="users->api"]')).toHaveCount(3);
  await expect(tree.locator('li[data-site="api->orders"]')).toHaveCount(9);
  await expect(tree.locator('li[data-site="orders->db"]')).toHaveCount(27);
  await expect(tree.locator('li[data-outcome="ok"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('dead letters: a job that comes back is drawn as itself with its receive count', async ({ page }) => {
  await page.goto('/?lesson=dead-letters&speed=10');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
  await page.getByRole('button', { name: 'Play' }).click();
  const queue = page.locator('[aria-label="queue jobs"]');
  // The poison job fails every delivery and waits out growing delays: a named token, received 2+ times.
  await expect(queue.locator('[data-job][data-receives]').filter({ has: page.locator('text') }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('returned-jobs')).toContainText(/job #\d+ is back \(\d+×\)/);
  await expect.poll(async () => Number(await page.getByTestId('dlq-jobs').textContent()), { timeout: 30_000 }).toBeGreaterThan(0);
});
