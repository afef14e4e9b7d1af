import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';
import { chromiumInstalled, launchChromium } from './ui/test-browser.ts';

describe.skipIf(!chromiumInstalled)('the Content-Security-Policy in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets every page of the app load its scripts and styles and call the API, refusing only eval', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
    });

    await page.goto(server.url);
    await page.getByLabel('Email').fill(`${crypto.randomUUID()}@example.test`);
    await page.getByLabel('Password').fill('violet-harbour-lantern-42');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    for (const section of ['chat', 'pipeline', 'jobs', 'cv', 'drafts', 'integrations', 'settings']) {
      await page.goto(`${server.url}/${section}`);
      await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    }
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);

    // zod probes once whether `new Function` works and falls back when the policy refuses it: the
    // policy doing its job. Anything else blocked (a script, a style, a connection) would break the app.
    expect(violations.filter((violation) => !/ eval$/.test(violation))).toEqual([]);
    expect(styled).not.toBe('');
  });
});
