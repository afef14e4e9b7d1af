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
/**
 * README's screenshots, checked in: refreshed only when asked (`ATLAS_README_SCREENSHOTS=1 npm test`),
 * so an ordinary test run leaves the working tree as it was.
 */
const refreshReadmeScreenshots = process.env.ATLAS_README_SCREENSHOTS === '1';
const docsScreenshotFolder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** How long a browser test waits for a CV upload to be read and indexed, well past a quiet machine's second or two. */
export const cvReadingWait = 60_000;

/**
 * Saves the whole page as web/ui/screenshots/test-results/<name>.png, a test artifact, or with
 * `{ forReadme: true }` and ATLAS_README_SCREENSHOTS=1 as docs/screenshots/<name>.png, which README shows. The window is made as
 * tall as the page for the shot, so what sticks to the window's bottom (the chat composer) is drawn
 * at the bottom, as a person scrolled to the end would see it.
 */
export async function saveScreenshot(page: Page, name: string, options: { forReadme?: boolean } = {}) {
  const folder = options.forReadme && refreshReadmeScreenshots ? docsScreenshotFolder : screenshotFolder;
  mkdirSync(folder, { recursive: true });
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    // The whole page fits the window now: drawn from its top, not from where it was scrolled to.
    await page.evaluate(() => window.scrollTo({ top: 0 }));
  }
  await page.screenshot({ path: `${folder}${name}.png` });
  // Where the shot is not kept (a CI log), what the page said went wrong still is.
  const alerts = options.forReadme ? [] : await page.getByRole('alert').allTextContents();
  if (alerts.length > 0) console.error(`${name}: the page at ${new URL(page.url()).pathname} shows: ${alerts.join(' | ')}`);
  if (viewport && height > viewport.height) await page.setViewportSize(viewport);
}

/** Fills in the sign-in page and presses one of its buttons, as a person would; waits for the app to open. */
export async function submitSignInForm(page: Page, credentials: { email: string; password: string }, button: 'Sign in' | 'Create account') {
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/** Opens `url` and creates a new account there through the sign-in page, with an email starting `name`. */
export async function signUpInBrowser(page: Page, url: string, name = 'someone') {
  await page.goto(url);
  const email = `${name}-${crypto.randomUUID().slice(0, 8)}@example.test`;
  await submitSignInForm(page, { email, password: 'violet-harbour-lantern-42' }, 'Create account');
}

/** A new page already signed in with `cookie` (a session from the test server's signUp), open at `url`. */
export async function openSignedIn(browser: Browser, options: { url: string; cookie: string; viewport?: { width: number; height: number } }) {
  const [name, value] = options.cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  await context.addCookies([{ name, value, url: new URL(options.url).origin }]);
  const page = await context.newPage();
  // A step that fails names its locator well before the test's own time limit.
  page.setDefaultTimeout(15_000);
  await page.goto(options.url);
  return page;
}
