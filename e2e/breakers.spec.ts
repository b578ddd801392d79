// Issue 4 in a real browser: the fail-fast lesson's breaker opens during the database hang
// (30–90 s), probes in half-open, and closes once the database is back.
import { expect, test } from '@playwright/test';

test('the fail-fast breaker opens during the hang and later closes', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));

  await page.goto('/?lesson=fail-fast&speed=50');
  await page.getByRole('button', { name: 'Play' }).click();
  const breaker = page.locator('[aria-label="breaker api1->db"]');
  await expect(breaker).toHaveAttribute('data-breaker-state', 'closed');
  await expect(breaker).toHaveAttribute('data-breaker-state', 'open', { timeout: 60_000 });
  // Open means calls are refused at the switch, and counted.
  await expect.poll(async () => Number(await breaker.getAttribute('data-rejected')), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(breaker).toHaveAttribute('data-breaker-state', 'closed', { timeout: 90_000 });
  await expect(page.getByTestId('goal-breaker-cycle')).toHaveAttribute('data-status', 'met');
  await expect(page.getByTestId('breaker-band-api1->db')).toBeVisible();
  expect(problems).toEqual([]);
});
