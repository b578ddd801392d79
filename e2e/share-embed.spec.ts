// Share links and the embed widget in a real Chromium: a link reproduces what its sender saw; a
// damaged link explains itself over the default scenario; the demo post's two widgets load and
// answer the postMessage API.
import { expect, test, type Page } from '@playwright/test';

const totalsOf = async (page: Page) => {
  const t = page.getByTestId('totals');
  return { ok: await t.getAttribute('data-ok'), failed: await t.getAttribute('data-failed'), simMs: await t.getAttribute('data-sim-ms') };
};

test('a share link round trip reproduces the same totals at the same moment', async ({ page, context }) => {
  await page.goto('/?speed=5');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number((await totalsOf(page)).simMs)).toBeGreaterThan(4000);
  await page.locator('[aria-label="server s2"]').click();
  await page.getByRole('button', { name: 'Kill s2' }).click();
  await expect.poll(async () => Number((await totalsOf(page)).simMs)).toBeGreaterThan(9000);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(300);
  const sent = await totalsOf(page);
  expect(Number(sent.failed) + Number(sent.ok)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const url = await page.getByTestId('share-text').inputValue();
  expect(url).toMatch(/#s=1\./);

  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(String(e)));
  await other.goto(url);
  await expect.poll(async () => (await totalsOf(other)).simMs).toBe(sent.simMs);
  expect(await totalsOf(other)).toEqual(sent);
  await expect(other.locator('[aria-label="server s2"]')).toHaveAttribute('data-state', 'down');
  await expect(other.getByRole('button', { name: 'Play' })).toBeVisible(); // opens paused
  expect(errors).toEqual([]);
});

test('a damaged link shows a clear message and the default scenario, never a blank page', async ({ page }) => {
  for (const hash of ['#s=1.thisIsNotCompressedData', '#s=7.abc', '#s=1.N4IgLglmA2CmIC4QGEBOB7AdgZwB4FoBjAewBMBXWXI']) {
    await page.goto(`/${hash}`);
    await expect(page.getByTestId('notice')).toContainText('This link');
    await expect(page.getByTestId('notice')).toContainText('default scenario');
    await expect(page.locator('[aria-label="server s2"]')).toBeVisible();
  }
});

test('the demo post embeds two widgets that answer the postMessage API', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/blog-demo.html');
  const first = page.frameLocator('#first');
  const second = page.frameLocator('#second');
  await expect(first.locator('[aria-label="server s2"]')).toBeVisible();
  await expect(second.locator('[aria-label="database db"]')).toBeVisible();

  // Talk to the first widget the way a host page would, and collect its replies.
  const ask = (msg: Record<string, unknown>) => page.evaluate((m) => new Promise((resolve) => {
    const onReply = (e: MessageEvent) => {
      if (e.data?.rp === 1 && e.data.type === 'reply' && e.data.id === m.id) { removeEventListener('message', onReply); resolve(e.data); }
    };
    addEventListener('message', onReply);
    (document.getElementById('first') as HTMLIFrameElement).contentWindow!.postMessage(m, '*');
  }), msg);

  await expect.poll(async () => ((await ask({ rp: 1, id: 'ready?', type: 'get-state' })) as { ok: boolean }).ok).toBe(true);
  expect(await ask({ rp: 1, id: 1, type: 'play' })).toMatchObject({ ok: true, state: { playing: true } });
  await expect.poll(async () => ((await ask({ rp: 1, id: 'n', type: 'get-state' })) as { state: { ok: number } }).state.ok).toBeGreaterThan(0);
  expect(await ask({ rp: 1, id: 2, type: 'fault', target: 's2', action: 'kill' })).toMatchObject({ ok: true });
  await expect(first.locator('[aria-label="server s2"]')).toHaveAttribute('data-state', 'down');
  expect(await ask({ rp: 1, id: 3, type: 'fault', target: 'nope', action: 'kill' })).toMatchObject({ ok: false, error: 'target: no node with id "nope"' });
  expect(await ask({ rp: 1, id: 4, type: 'dance' })).toMatchObject({ ok: false, error: expect.stringMatching(/^type: /) });
  expect(await ask({ rp: 1, id: 5, type: 'set', path: 'nodes[2].concurrency', value: 0 })).toMatchObject({ ok: false, error: expect.stringMatching(/concurrency: must be an integer/) });
  expect(await ask({ rp: 1, id: 6, type: 'pause' })).toMatchObject({ ok: true, state: { playing: false } });
  // The first widget is a lesson with steps: the host moves its step strip.
  const strip = first.getByRole('region', { name: 'Lesson step' });
  await expect(strip).toHaveAttribute('data-step', '1');
  expect(await ask({ rp: 1, id: 7, type: 'lesson-step', step: 2 })).toMatchObject({ ok: true });
  await expect(strip).toHaveAttribute('data-step', '2');
  // A reader can do what the steps ask: click s2, kill it, revive it.
  expect(await ask({ rp: 1, id: 9, type: 'fault', target: 's2', action: 'revive' })).toMatchObject({ ok: true });
  await first.locator('[aria-label="server s2"]').click();
  await first.getByRole('button', { name: 'Kill s2' }).click();
  await expect(first.locator('[aria-label="server s2"]')).toHaveAttribute('data-state', 'down');
  await first.getByRole('button', { name: 'Revive s2' }).click();
  await expect(first.locator('[aria-label="server s2"]')).toHaveAttribute('data-state', 'up');
  expect(await ask({ rp: 1, id: 8, type: 'lesson-step', step: 99 })).toMatchObject({ ok: false, error: expect.stringMatching(/^step: lesson "redundancy" has steps 1 to \d+, got 99$/) });
  // the widget told the host its height and the host sized the iframe to it
  await expect.poll(async () => page.locator('#first').evaluate((f) => (f as HTMLElement).style.height)).toMatch(/^\d+px$/);
  expect(errors).toEqual([]);
});
