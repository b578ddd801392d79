import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ES module helper shared with the pre-test check
import { findChromium } from './scripts/find-chromium.mjs';

const port = 4317;

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
