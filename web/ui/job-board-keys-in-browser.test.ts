import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot } from './test-browser.ts';

describe.skipIf(!chromiumInstalled)('job boards with your own key, in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startTestServer({ environment: { ATLAS_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` } });
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await saveScreenshot(page, 'job-board-keys-failure');
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves a key from Settings without ever showing it again, offers the board on the Jobs page, and removes the key', async () => {
    const { cookie } = await server.signUp();
    page = await openSignedIn(browser, { url: `${server.url}/jobs`, cookie });
    const discovery = page.getByRole('region', { name: 'Find jobs from open job boards' });
    await discovery.getByText('Reed (jobs in the UK, searched by your roles) needs a free key of your own').waitFor();

    await discovery.getByRole('link', { name: 'add it in Settings' }).first().click();
    const reed = page.getByRole('form', { name: 'Reed key' });
    await reed.getByLabel('API key').fill('reed-browser-key-3c9a11');
    await reed.getByRole('button', { name: 'Save Reed key' }).click();
    await reed.getByText(/Key saved /).waitFor();
    const shown = await page.content();
    const field = await reed.getByLabel('API key').inputValue();

    expect(shown).not.toContain('reed-browser-key-3c9a11');
    expect(field).toBe('');
    await page.goto(`${server.url}/jobs`);
    await page.getByRole('region', { name: 'Find jobs from open job boards' }).getByRole('checkbox', { name: /^Reed: / }).waitFor();

    await page.goto(`${server.url}/settings`);
    await page.getByRole('form', { name: 'Reed key' }).getByRole('button', { name: 'Remove Reed key' }).click();
    await page.getByRole('form', { name: 'Reed key' }).getByText('No key saved.').waitFor();
  });
});
