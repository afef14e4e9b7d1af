import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot } from './test-browser.ts';

describe.skipIf(!chromiumInstalled)('a new account’s empty pages', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await saveScreenshot(page, 'empty-states-failure');
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string) {
    const { cookie } = await server.signUp();
    page = await openSignedIn(browser, { url: server.url + path, cookie });
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('a search that finds nothing names the ways to bring in jobs and leads to them', async () => {
    const page = await open('/jobs');

    await page.getByLabel('Company', { exact: true }).fill(`Nobody ${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const empty = page.locator('.empty-state').filter({ hasText: 'No job matches this search.' });
    await empty.waitFor();
    const links = await empty.getByRole('link').allTextContents();
    await empty.getByRole('link', { name: 'Upload your CV' }).click();
    await page.getByRole('heading', { level: 1, name: 'CV' }).waitFor();

    expect(links).toEqual(['Find jobs from open job boards', "Follow a company's job board", 'Import a job link', 'Upload your CV', 'get started']);
    expect(await page.locator('.empty-state').textContent()).toMatch(/No CV uploaded yet\. Choose your CV file above/);
  });

  it('an empty pipeline says what it is for and leads to the Jobs page', async () => {
    const page = await open('/pipeline');

    const empty = page.locator('.empty-state').filter({ hasText: 'Your pipeline is empty.' });
    await empty.waitFor();
    await empty.getByRole('link', { name: 'Jobs page' }).click();

    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/jobs');
  });

  it('every list of a new account says what to do next, and chat leads to the first-run path', async () => {
    const page = await open('/chat');
    await page.getByText(/^No conversations yet\. Type what you are looking for/).waitFor();
    const chatHint = page.locator('.empty-state').filter({ hasText: 'New here?' });
    await chatHint.getByRole('link', { name: 'Get started' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();

    await page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.getByText(/^You follow no boards yet\. Type a company's name above/).waitFor();
    await page.getByText(/^No searches yet\. Search above/).waitFor();
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByText(/^No tokens yet\. Create one above/).waitFor();
    await page.getByRole('link', { name: 'Drafts', exact: true }).click();
    await page.getByText(/Save a job to your pipeline, then ask in chat/).waitFor();
  });
});
