// Fails the browser tests early, with one sentence, when no Chromium is available.
import { findChromium } from './find-chromium.mjs';

if (!findChromium()) {
  const wanted = process.env.CHROMIUM || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  console.error(wanted
    ? `No browser at ${wanted} (from $CHROMIUM); point it at a Chromium binary or install one with: apt-get install chromium`
    : 'No Chromium found for the browser tests: install one with `apt-get install chromium` (or set CHROMIUM=/path/to/chromium).');
  process.exit(1);
}
