import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium; .ci/run installs it. Playwright's own browser download is not available offline.
const chromiumPath = '/usr/bin/chromium';

/** True where browser tests can run; elsewhere they are skipped, never faked. */
export const chromiumInstalled = existsSync(chromiumPath);

/** Headless Chromium that reaches nothing but the test server. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
