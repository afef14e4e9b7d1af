import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';
import { launchChromium, saveScreenshot } from './test-browser.ts';

export interface BrowserPages {
  server: TestServer;
  browser: Browser;
  /** The page a test opened; closed after it, and saved as `failureShot` when the test failed. */
  page?: Page;
}

/**
 * The hooks a page's browser tests share: one test server and one Chromium for the file, and after
 * each test its page closed (its screenshot saved first when the test failed).
 */
export function useBrowserPages(options: { failureShot: string; server?: Parameters<typeof startTestServer>[0] }): BrowserPages {
  const current = {} as BrowserPages;
  beforeAll(async () => {
    current.server = await startTestServer(options.server);
    current.browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && current.page) await saveScreenshot(current.page, options.failureShot);
    await current.page?.context().close();
    current.page = undefined;
  });
  afterAll(async () => {
    await current.browser?.close();
    await current.server?.close();
  });
  return current;
}
