// Finds a Chromium for the browser tests without ever downloading one:
// $CHROMIUM (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), then Debian's /usr/bin/chromium,
// then a browser Playwright already installed. Returns undefined when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch { /* no Playwright browser installed */ }
  return undefined;
}
