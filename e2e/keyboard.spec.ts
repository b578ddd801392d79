// Keyboard only: Tab and Enter drive play, kill and revive; the shortcut help opens and closes;
// shortcuts act on the selected node but never while typing.
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, describe: string, matches: () => Promise<boolean>, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${describe}`);
}
const focusedName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
});

test('play, kill and revive with Tab and Enter only', async ({ page }) => {
  await page.goto('/?speed=4');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
  await tabTo(page, 'Play', async () => (await focusedName(page)) === 'Play');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  const s2 = page.locator('[aria-label="server s2"]');
  await tabTo(page, 'server s2', async () => (await focusedName(page)) === 'server s2');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Kill s2', async () => (await focusedName(page)) === 'Kill s2');
  await page.keyboard.press('Enter');
  await expect(s2).toHaveAttribute('data-state', 'down');
  await tabTo(page, 'Revive s2', async () => (await focusedName(page)) === 'Revive s2');
  await page.keyboard.press('Enter');
  await expect(s2).toHaveAttribute('data-state', 'up');
  // The live region told a screen reader what happened.
  await expect(page.getByTestId('narrator')).toContainText(/s2 is down at \d+:\d\d/);
});

test('presenter mode: help overlay, digit selects, k kills, r revives, not while typing', async ({ page }) => {
  await page.goto('/?present=1');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Kill the selected node');
  await expect(help).toContainText('Play or pause');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // users, lb, s1, s2, s3: the fourth node is s2.
  const s2 = page.locator('[aria-label="server s2"]');
  await page.keyboard.press('4');
  await expect(page.getByRole('button', { name: 'Kill s2' })).toBeVisible();
  // Focus lands on the node's first action, so Tab goes on to Hang, Slow… not back to the header.
  await expect(page.getByRole('button', { name: 'Kill s2' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(s2).toHaveAttribute('data-state', 'down');
  await page.keyboard.press('r');
  await expect(s2).toHaveAttribute('data-state', 'up');

  // Typing a seed is not a shortcut.
  await page.getByLabel('Seed').focus();
  await page.keyboard.press('k');
  await page.waitForTimeout(300);
  await expect(s2).toHaveAttribute('data-state', 'up');
});

test('reduced motion swaps particles for per-link counts; the chart has a table view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?speed=4');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('canvas.particles')).toHaveCount(0);
  await expect.poll(async () => Number(await page.locator('[data-link="lb>s1"]').getAttribute('data-count'))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('chart-table').locator('tbody tr').first()).toContainText(/0:0\d/);
});
