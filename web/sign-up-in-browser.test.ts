import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

// Debian's Chromium; .ci/run installs it. Playwright's own browser download is not available offline.
const chromiumPath = '/usr/bin/chromium';

describe.skipIf(!existsSync(chromiumPath))('the sign-in page in a browser', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates an account, stays signed in across a reload, and signs out', async () => {
    const page = await browser.newPage();
    const email = `${crypto.randomUUID()}@example.test`;
    await page.goto(server.url);

    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', 'violet-harbour-lantern-42');
    await page.click('button[value=signup]');
    await page.waitForSelector('#signed-in:not([hidden])');
    const shown = await page.textContent('#user-email');
    await page.reload();
    await page.waitForSelector('#signed-in:not([hidden])');
    const cookies = await page.context().cookies();
    await page.click('#logout');
    await page.waitForSelector('#signed-out:not([hidden])');

    expect(shown).toBe(email);
    expect(cookies.map((cookie) => cookie.name)).toEqual(['atlas_session']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('shows why a weak password is refused', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);

    await page.fill('input[name=email]', `${crypto.randomUUID()}@example.test`);
    await page.fill('input[name=password]', 'password1');
    await page.click('button[value=signup]');
    await page.waitForFunction(() => document.querySelector('#auth-error')?.textContent !== '');

    expect(await page.textContent('#auth-error')).toMatch(/stronger password/);
  });
});
