import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ES module helper shared with the pre-test check
import { findChromium } from './scripts/find-chromium.mjs';

// A port of our own per run (workers inherit it through the environment), so two checkouts can
// run their browser tests side by side.
process.env.RP_E2E_PORT ??= String(4317 + (process.pid % 1000));
const port = Number(process.env.RP_E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // --bypass-lock: the tests may run while a developer's own `npm start` is serving.
    command: `npx vite --port ${port} --strictPort --bypass-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
