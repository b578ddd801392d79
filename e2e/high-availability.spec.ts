// Issue 3 in a real browser: in the floating-address lesson, kill the balancer that holds the
// address and see the backup take it over and traffic recover through it.
import { expect, test } from '@playwright/test';

test('killing the VIP master hands the address to the backup and traffic recovers', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));

  await page.goto('/?lesson=no-single-point&speed=4');
  // The lone balancer is marked as the single point of failure.
  await expect(page.getByTestId('spof-lb')).toBeVisible();
  await page.getByRole('button', { name: 'Balancer pair' }).click();
  const vip = page.locator('[aria-label="virtual-ip vip"]');
  await expect(vip).toBeVisible();
  await expect(page.getByTestId('spof-lb1')).toHaveCount(0);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(vip).toContainText('held by lb1');
  const totals = page.getByTestId('totals');
  await expect.poll(async () => Number(await totals.getAttribute('data-ok'))).toBeGreaterThan(100);

  await page.locator('[aria-label="balancer lb1"]').click();
  await page.getByRole('button', { name: 'Kill lb1' }).click();
  await expect(page.locator('[aria-label="balancer lb1"]')).toHaveAttribute('data-state', 'down');

  // VRRP: 3 adverts of 1 s plus skew ≈ 3.6 simulated seconds, then lb2 answers.
  await expect(vip).toContainText('held by lb2', { timeout: 30_000 });
  const okAfterTakeover = Number(await totals.getAttribute('data-ok'));
  await expect.poll(async () => Number(await totals.getAttribute('data-ok')), { timeout: 30_000 }).toBeGreaterThan(okAfterTakeover + 100);
  await expect(page.getByTestId('goal-vip-takeover')).toHaveAttribute('data-status', 'met', { timeout: 30_000 });
  expect(problems).toEqual([]);
});
