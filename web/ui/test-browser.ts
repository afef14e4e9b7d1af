import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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

const screenshotFolder = fileURLToPath(new URL('./screenshots/test-results/', import.meta.url));

/** Saves what the page shows as web/ui/screenshots/test-results/<name>.png, a test artifact. */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: `${screenshotFolder}${name}.png`, fullPage: true });
}
