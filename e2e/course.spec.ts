// The course: a lesson's predict → run → reveal → check loop, with progress kept over a reload.
import { expect, test } from '@playwright/test';

test('predict, run, reveal and check the nines lesson; progress survives a reload', async ({ page }) => {
  await page.goto('/?lesson=nines&speed=20');
  const play = page.getByRole('button', { name: 'Play' });
  const step = page.getByTestId('lesson-step');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await expect(step).toHaveAttribute('data-kind', 'scene');
  await expect(play).toBeEnabled();

  // Predict: Play stays off until an answer is chosen.
  await next.click();
  await expect(step).toHaveAttribute('data-kind', 'predict');
  await expect(play).toBeDisabled();
  await expect(next).toBeDisabled();
  await page.getByRole('radio', { name: /Below 95 %/ }).check();
  await expect(play).toBeEnabled();
  await next.click();

  // Run: crash s1 for at least six simulated seconds, bring it back, run to 1:00.
  await expect(step).toHaveAttribute('data-kind', 'run');
  await play.click();
  const totals = page.getByTestId('totals');
  const simMs = async () => Number(await totals.getAttribute('data-sim-ms'));
  await expect.poll(simMs).toBeGreaterThan(5000);
  await page.locator('[aria-label="server s1"]').click();
  await page.getByRole('button', { name: 'Kill s1' }).click();
  await expect(page.locator('[aria-label="server s1"]')).toHaveAttribute('data-state', 'down');
  const killedAt = await simMs();
  await expect.poll(simMs).toBeGreaterThan(killedAt + 6000);
  await page.getByRole('button', { name: 'Revive s1' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Ran to 60.0 s', { timeout: 30_000 });
  await next.click();

  // Reveal: right or wrong, with the run's numbers.
  await expect(step).toHaveAttribute('data-kind', 'reveal');
  const reveal = page.getByTestId('reveal');
  await expect(reveal).toHaveAttribute('data-right', 'true');
  await expect(reveal).toContainText(/The run measured availability \d+\.\d\d %/);
  const revealText = await reveal.textContent();
  await next.click();

  // Check: the goal against the live run.
  await expect(step).toHaveAttribute('data-kind', 'check');
  await expect(page.getByTestId('goal-outage-recovered')).toHaveAttribute('data-status', 'met');
  await expect(page.getByText('Goal reached and saved with your progress.')).toBeVisible();

  // Reload: same step, the goal recorded, the reveal and the prediction kept.
  await page.reload();
  await expect(step).toHaveAttribute('data-kind', 'check');
  await expect(page.getByText('Goal reached and saved with your progress.')).toBeVisible();
  await expect(page.locator('.course summary')).toContainText(/Course · 1 of \d+ lessons done/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByTestId('reveal')).toHaveText(revealText!);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(step).toHaveAttribute('data-kind', 'predict');
  await expect(page.getByRole('radio', { name: /Below 95 %/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Below 95 %/ })).toBeDisabled();
  await expect(play).toBeEnabled(); // the prediction is made: nothing to lock
});

test('the course index lists every lesson, the nines first, and opens one', async ({ page }) => {
  await page.goto('/');
  await page.locator('.course summary').click();
  const items = page.getByRole('navigation', { name: 'Course' }).getByRole('button');
  await expect(items.first()).toHaveText(/Why systems fail/);
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  await items.first().click();
  await expect(page.locator('[aria-label="server s1"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Why systems fail/ })).toBeVisible();
});
