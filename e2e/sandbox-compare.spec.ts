// The sandbox's JSON editor names a bad value by its path and refuses to apply it while the
// old run goes on; side-by-side runs the same scenario twice with one difference.
import { expect, test } from '@playwright/test';

test('the JSON editor names a bad value by its path, and Apply is refused while the run goes on', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('/?sandbox=1&scenario=three-servers&speed=4');
  // A first visit to a cold dev server may reload once; the draft reads "running" once loaded.
  await expect(page.getByTestId('draft-status')).toHaveText('running', { timeout: 30_000 });
  await expect(page.locator('[aria-label="server s1"]')).toBeVisible();
  await page.getByRole('tab', { name: /JSON/ }).click();
  const editor = page.getByTestId('scenario-json');
  await expect(editor).toHaveValue(/"format"/);
  await page.getByRole('button', { name: 'Play' }).click();

  const doc = JSON.parse(await editor.inputValue());
  const index = doc.nodes.findIndex((n: { kind: string }) => n.kind === 'server');
  doc.nodes[index].concurrency = 0;
  await editor.fill(JSON.stringify(doc, null, 2));

  await expect(page.getByTestId('sandbox-problems')).toContainText(`nodes[${index}].concurrency: must be an integer ≥ 1, got 0`);
  const apply = page.getByRole('button', { name: 'Apply' });
  await expect(apply).toBeDisabled();
  // The run on screen is untouched and keeps going.
  const totals = page.getByTestId('totals');
  const before = Number(await totals.getAttribute('data-sim-ms'));
  await expect.poll(async () => Number(await totals.getAttribute('data-sim-ms'))).toBeGreaterThan(before + 500);
  await expect(page.locator('[aria-label="server s1"]')).toBeVisible();

  // Clicking the problem selects its line in the editor.
  await page.getByTestId('sandbox-problems').getByRole('button').first().click();
  const selected = await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toContain('"concurrency": 0');

  // Fixed, it applies: the run restarts with the new scenario, and the editor kept the text.
  doc.nodes[index].concurrency = 7;
  await editor.fill(JSON.stringify(doc, null, 2));
  await expect(page.getByTestId('draft-status')).toHaveText('valid, not applied');
  await apply.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __playground: { store: { getState(): { scenarioDoc: { nodes: { concurrency?: number }[] } } } } })
    .__playground.store.getState().scenarioDoc.nodes[2].concurrency)).toBe(7);
  await expect(page.getByTestId('draft-status')).toHaveText('running');
  expect(problems).toEqual([]);
});

test('side by side: jitter none vs full on the thundering herd, in lockstep, with different totals', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('/?compare=thundering-herd&path=nodes[0].retry.jitter&a=none&b=full&speed=10');
  const a = page.getByTestId('compare-a').getByTestId('totals');
  const b = page.getByTestId('compare-b').getByTestId('totals');
  await expect(page.getByTestId('compare-a')).toContainText('jitter = none');
  await expect(page.getByTestId('compare-b')).toContainText('jitter = full');
  await page.getByRole('button', { name: 'Play' }).click();
  // Past the crash at 10 s and the revival at 20 s, where the retries differ.
  await expect.poll(async () => Number(await a.getAttribute('data-sim-ms')), { timeout: 60_000 }).toBeGreaterThan(24_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  // Paused, both stand at the same moment.
  await expect.poll(async () => (await b.getAttribute('data-sim-ms')) === (await a.getAttribute('data-sim-ms'))).toBe(true);
  const ta = [await a.getAttribute('data-ok'), await a.getAttribute('data-failed')];
  const tb = [await b.getAttribute('data-ok'), await b.getAttribute('data-failed')];
  expect(ta).not.toEqual(tb);
  expect(problems).toEqual([]);
});
