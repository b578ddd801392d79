// Time travel: scrubbing back re-simulates from the command log and lands on the same state,
// so the totals at a moment are the same however often one comes back to it.
import { expect, test, type Page } from '@playwright/test';

const totalsAt = async (page: Page) => {
  const t = page.getByTestId('totals');
  return { simMs: await t.getAttribute('data-sim-ms'), ok: await t.getAttribute('data-ok'), failed: await t.getAttribute('data-failed') };
};

test('scrubbing back and forward returns the same totals, and an action in the past forks the future', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('/?scenario=three-servers&speed=20');
  await page.getByRole('button', { name: 'Play' }).click();
  const totals = page.getByTestId('totals');
  await expect.poll(async () => Number(await totals.getAttribute('data-sim-ms')), { timeout: 30_000 }).toBeGreaterThan(25_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  // The last frame asked for before the pause may still be on its way: wait for the clock to settle.
  let last = '';
  await expect.poll(async () => { const now = await totals.getAttribute('data-sim-ms'); const same = now === last; last = now!; return same; },
    { intervals: [400] }).toBe(true);

  const scrubber = page.getByTestId('scrubber');
  await scrubber.focus();
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  const end = await totalsAt(page);
  // 5 s before the end: past s2's death at 20 s, so the state includes a failover.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(totals).toHaveAttribute('data-sim-ms', String(Number(end.simMs) - 5000));
  const middle = await totalsAt(page);
  expect(Number(middle.ok)).toBeGreaterThan(0);

  await page.keyboard.press('Home');
  await expect(totals).toHaveAttribute('data-sim-ms', '0');
  await expect(totals).toHaveAttribute('data-ok', '0');

  await page.keyboard.press('End');
  await expect(totals).toHaveAttribute('data-sim-ms', end.simMs!);
  expect(await totalsAt(page)).toEqual(end);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(totals).toHaveAttribute('data-sim-ms', middle.simMs!);
  expect(await totalsAt(page)).toEqual(middle);

  // Only learner actions are marks (the scenario's own faults are part of the scenario).
  await expect(page.locator('.timeline-marks .mark')).toHaveCount(0);

  // Acting here forks: kill s1 at this moment, and the run from here on differs.
  await page.locator('[aria-label="server s1"]').click();
  await page.getByRole('button', { name: 'Kill s1' }).click();
  await expect(page.locator('.timeline-marks .mark')).toHaveCount(1);
  await scrubber.focus();
  await page.keyboard.press('End');
  await expect(totals).toHaveAttribute('data-sim-ms', end.simMs!);
  expect(await totalsAt(page)).not.toEqual(end);
  expect(problems).toEqual([]);
});
