import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCv } from '../../tools/test-catalogue.ts';
import { freshBoardFixture, startHttpStub, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, saveScreenshot, signUpInBrowser } from '../ui/test-browser.ts';
import { buildExtension } from './build-extension.ts';
import { defaultExtensionId } from './extension-key.ts';

const fixture = (name: string) => readFileSync(new URL(`../../tools/jobs/fixtures/${name}`, import.meta.url), 'utf8');

// Pages as the user would meet them; the board page sits at a Greenhouse address the browser resolves here.
const board = freshBoardFixture<{ jobs: { id: number; title: string }[] }>('greenhouse-board.json');
const boardJob = board.jobs[0]!;
const jobPages: Record<string, string> = {
  '/careers/staff-platform-engineer': fixture('job-page-json-ld-array.html'),
  [`/acme/jobs/${boardJob.id}`]: `<!doctype html><html><head><title>${boardJob.title}</title></head><body><div id="app">Loading the job…</div></body></html>`,
  '/jobs/backend-engineer': `<!doctype html><html><head><title>Senior Backend Engineer - Ledgerly</title></head><body>
    <nav><a href="/">Home</a> <a href="/jobs">All jobs</a></nav>
    <article><h1>Senior Backend Engineer</h1>
    <p>Location: Berlin, Germany (hybrid)</p><p>Employment type: Full-time</p>
    <p>We are looking for a backend engineer to build our billing platform in Python and PostgreSQL, used by thousands of small businesses across Europe every single day.</p>
    <h2>Responsibilities</h2><ul><li>Design and run APIs on Kubernetes</li><li>Mentor two engineers</li><li>Own the invoicing service end to end</li></ul>
    <h2>Requirements</h2><ul><li>5+ years of experience with Python</li><li>PostgreSQL in production</li></ul>
    <p>Salary: €70,000 – €90,000 per year. Apply with your CV.</p></article>
    <footer>© Ledgerly</footer></body></html>`,
  '/jobs/long-posting': `<!doctype html><html><head><title>Site Reliability Engineer - Umbrella</title></head><body><article><h1>Site Reliability Engineer</h1>
    <p>Location: Remote - Europe</p><p>We are looking for an engineer to keep our platform up. Apply with your CV.</p><h2>Requirements</h2><p>3+ years of experience with Linux.</p>
    <h2>Benefits</h2>${'<p>Every benefit we offer, described at length so that this page is far longer than what the extension sends to Atlas.</p>'.repeat(1500)}</article></body></html>`,
  '/recipes/lemon-cake': `<!doctype html><html><head><title>Lemon drizzle cake</title></head><body><article><h1>Lemon drizzle cake</h1>
    ${'<p>Whisk the butter and sugar until pale. Fold in the flour and lemon zest, then bake for forty minutes.</p>'.repeat(6)}</article></body></html>`,
};

describe.skipIf(!chromiumInstalled)('Save to Atlas in Chromium', () => {
  let server: TestServer;
  let boardApi: HttpStub;
  let pages: Server;
  let pagesPort: number;
  const pageRequests: string[] = [];
  let buildFolder: string;
  let context: BrowserContext;
  let worker: Worker;
  const sentTexts: number[] = [];
  let browserSession: CDPSession;
  let atlas: Page;
  let cookie: string;
  const extensionRequests: string[] = [];

  beforeAll(async () => {
    boardApi = await startHttpStub();
    boardApi.on(`/v1/boards/acme/jobs/${boardJob.id}`, { body: boardJob });
    server = await startTestServer({ environment: { GREENHOUSE_API_URL: boardApi.url } });
    pages = createServer((request, response) => {
      pageRequests.push(request.url ?? '');
      const body = jobPages[new URL(request.url ?? '/', 'http://pages').pathname];
      response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body ?? 'Not found');
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagesPort = (pages.address() as AddressInfo).port;

    buildFolder = mkdtempSync(join(tmpdir(), 'save-to-atlas-'));
    const { unpacked } = await buildExtension({ outputFolder: buildFolder });
    context = await chromium.launchPersistentContext('', {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless=new',
        '--no-sandbox',
        `--disable-extensions-except=${unpacked}`,
        `--load-extension=${unpacked}`,
        // Lets the test press the toolbar button (CDP Extensions.triggerAction), which grants activeTab as a click does.
        '--enable-unsafe-extension-debugging',
        '--host-resolver-rules=MAP boards.greenhouse.io 127.0.0.1',
        '--disable-features=HttpsUpgrades',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    browserSession = await context.browser()!.newBrowserCDPSession();
    context.on('request', (request) => {
      // The popup's requests come from its frame, the background's (giving up an old key) from its service worker.
      const from = request.serviceWorker()?.url() ?? request.frame().url();
      if (!from.startsWith('chrome-extension://')) return;
      extensionRequests.push(request.url());
      const text = (request.postDataJSON() as { page?: { text?: string } } | null)?.page?.text;
      if (request.url().endsWith('/api/extension/read') && text !== undefined) sentTexts.push(text.length);
    });

    atlas = await context.newPage();
    await signUpInBrowser(atlas, server.url, 'extension');
    cookie = (await context.cookies(server.url)).map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const { user } = await (await server.request('/api/auth/me', { cookie })).json();
    await seedCv(server.handle.db, user.id, [
      { section: 'Experience', text: 'Senior Backend Engineer, Acme Bank, 2016 – Present. Python, PostgreSQL and Kubernetes services.' },
    ]);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await boardApi?.close();
    pages?.close();
    if (buildFolder) rmSync(buildFolder, { recursive: true, force: true });
  });

  /** Opens `url` in a tab, presses the extension's toolbar button on it, and opens its popup for that tab. */
  async function openPopupOn(url: string): Promise<Page> {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.bringToFront();
    const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
    const target = targetInfos.find((info) => info.url === tab.url());
    await browserSession.send('Extensions.triggerAction' as never, { id: defaultExtensionId, targetId: target!.targetId } as never);
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${defaultExtensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  async function pipeline() {
    return ((await (await server.request('/api/applications', { cookie })).json()) as { applications: { title: string; company: string; url: string; group: string; status: string; notes: string }[] }).applications;
  }

  it('is connected from Settings with one click, the key never shown', async () => {
    await atlas.goto(`${server.url}/settings`);
    await atlas.getByRole('button', { name: 'Connect the extension' }).click();
    await atlas.getByText('The extension is connected.').waitFor();
    await atlas.getByRole('heading', { name: 'Browser extension' }).scrollIntoViewIfNeeded();

    const { accessTokens } = await (await server.request('/api/tokens', { cookie })).json();
    expect(accessTokens).toEqual([expect.objectContaining({ name: 'Browser extension', scopes: ['save-jobs'], revokedAt: null })]);
    expect(await atlas.getByTestId('new-token').count()).toBe(0);
    await expect(atlas.getByRole('cell', { name: 'save jobs (browser extension)' }).count()).resolves.toBe(1);
  });

  it('gives up the key it held when connected again, so no live key is left behind in this browser', async () => {
    const before = (await (await server.request('/api/tokens', { cookie })).json()).accessTokens as { id: string; revokedAt: string | null }[];
    await atlas.getByRole('button', { name: 'Connect the extension' }).click();

    await expect
      .poll(async () => ((await (await server.request('/api/tokens', { cookie })).json()).accessTokens as { id: string; revokedAt: string | null }[]).map((token) => [token.id, token.revokedAt !== null]), { timeout: 15_000 })
      .toEqual([
        [expect.not.stringMatching(before[0]!.id), false],
        [before[0]!.id, true],
      ]);
  });

  it('saves a schema.org JobPosting page with the group, stage and note chosen', async () => {
    const url = `http://127.0.0.1:${pagesPort}/careers/staff-platform-engineer`;
    const popup = await openPopupOn(url);
    await popup.getByRole('heading', { name: 'Save to Atlas' }).waitFor();

    expect(await popup.getByLabel('Title').inputValue()).toBe('Staff Platform Engineer & Tech Lead');
    expect(await popup.getByLabel('Company').inputValue()).toBe('Northwind Traders');
    await expect(popup.getByRole('region', { name: 'Match with your CV' }).count()).resolves.toBe(1);
    await popup.getByLabel('Group').fill('Platform roles');
    await popup.getByLabel('Stage').selectOption('applied');
    await popup.getByLabel('Note').fill('Referred by Sam');
    // The popup's own size, for README.
    await popup.setViewportSize({ width: 380, height: 600 });
    await saveScreenshot(popup, 'extension-popup', { forReadme: true });
    await popup.getByRole('button', { name: 'Save to Atlas' }).click();
    await popup.getByText('Saved to your pipeline.').waitFor();
    await saveScreenshot(popup, 'extension-saved');

    expect(await pipeline()).toContainEqual(expect.objectContaining({ url, title: 'Staff Platform Engineer & Tech Lead', group: 'Platform roles', status: 'applied', notes: 'Referred by Sam' }));
  });

  it('reads a hosted board page through the board API, scores it and then says it is already in the pipeline', async () => {
    const url = `http://boards.greenhouse.io:${pagesPort}/acme/jobs/${boardJob.id}`;
    const popup = await openPopupOn(url);
    await popup.getByRole('heading', { name: 'Save to Atlas' }).waitFor();
    expect(await popup.getByLabel('Title').inputValue()).toBe(boardJob.title);
    const score = popup.getByRole('region', { name: 'Match with your CV' });
    expect(await score.getByRole('listitem').count()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Save to Atlas' }).click();
    await popup.getByText('Saved to your pipeline.').waitFor();

    const again = await openPopupOn(url);
    await again.getByText('Already in your pipeline: saved, in General.').waitFor();
    expect(await pipeline()).toContainEqual(expect.objectContaining({ url, title: boardJob.title, company: 'Acme Robotics', jobId: expect.any(String) }));
  });

  it('reads a page with only visible text through readability, and saves the fields as corrected', async () => {
    const url = `http://127.0.0.1:${pagesPort}/jobs/backend-engineer`;
    const popup = await openPopupOn(url);
    await popup.getByRole('heading', { name: 'Save to Atlas' }).waitFor();

    expect(await popup.getByLabel('Title').inputValue()).toBe('Senior Backend Engineer');
    expect(await popup.getByLabel('Company').inputValue()).toBe('Ledgerly');
    expect(await popup.getByLabel('Location').inputValue()).toBe('Berlin, Germany (hybrid)');
    expect(await popup.getByLabel('Pay from').inputValue()).toBe('70000');
    expect(await popup.getByLabel('Currency').inputValue()).toBe('EUR');
    await popup.getByLabel('Company').fill('Ledgerly GmbH');
    await popup.getByRole('button', { name: 'Save to Atlas' }).click();
    await popup.getByText('Saved to your pipeline.').waitFor();

    // Read from the page itself, so the user's own: no catalogue job, the details as they saw them.
    expect(await pipeline()).toContainEqual(
      expect.objectContaining({ url, title: 'Senior Backend Engineer', company: 'Ledgerly GmbH', status: 'saved', jobId: null, posting: expect.objectContaining({ locations: ['Berlin, Germany (hybrid)'], salaryMin: 70_000, salaryCurrency: 'EUR' }) }),
    );
  });

  it('cuts a long page to 60,000 characters before sending it, and still reads the posting', async () => {
    sentTexts.length = 0;
    const popup = await openPopupOn(`http://127.0.0.1:${pagesPort}/jobs/long-posting`);
    await popup.getByRole('heading', { name: 'Save to Atlas' }).waitFor();

    expect(await popup.getByLabel('Title').inputValue()).toBe('Site Reliability Engineer');
    expect(jobPages['/jobs/long-posting']!.length).toBeGreaterThan(150_000);
    expect(sentTexts).toEqual([60_000]);
  });

  it('offers a form to paste the details on a page with no job, and saves what is pasted', async () => {
    const url = `http://127.0.0.1:${pagesPort}/recipes/lemon-cake`;
    const popup = await openPopupOn(url);
    await popup.getByRole('heading', { name: 'No job found here' }).waitFor();
    await popup.getByText('No job found here, paste the details').waitFor();
    await popup.getByLabel('Title').fill('Pastry Chef');
    await popup.getByLabel('Company').fill('Bake Club');
    await popup.getByLabel('Job description').fill('Bake cakes every morning.');
    await popup.getByRole('button', { name: 'Save to Atlas' }).click();
    await popup.getByText('Saved to your pipeline.').waitFor();

    expect(await pipeline()).toContainEqual(expect.objectContaining({ url, title: 'Pastry Chef', company: 'Bake Club', jobId: null }));
  });

  it('sends requests to Atlas alone, and the pages it reads see only their own loads', () => {
    const foreign = extensionRequests.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith(`chrome-extension://${defaultExtensionId}/`));
    const toAtlas = extensionRequests.filter((url) => url.startsWith(`${server.url}/api/extension/`));

    expect(foreign).toEqual([]);
    expect(toAtlas.length).toBeGreaterThanOrEqual(8);
    expect(pageRequests.every((path) => Object.keys(jobPages).includes(new URL(path, 'http://pages').pathname) || path === '/favicon.ico')).toBe(true);
  });

  it('asks to reconnect, with a link to Settings, once its key is revoked there', async () => {
    await atlas.goto(`${server.url}/settings`);
    atlas.once('dialog', (dialog) => void dialog.accept());
    await atlas.getByRole('button', { name: 'Revoke Browser extension' }).click();
    await atlas.getByText(/revoked/).first().waitFor();

    const popup = await openPopupOn(`http://127.0.0.1:${pagesPort}/jobs/backend-engineer`);
    await popup.getByRole('heading', { name: 'Reconnect Save to Atlas' }).waitFor();

    expect(await popup.getByRole('link', { name: 'Reconnect in Atlas Settings' }).getAttribute('href')).toBe(`${server.url}/settings`);
  });

  it('connects with a key pasted into it, as in Firefox, after Atlas accepts the key', async () => {
    await atlas.goto(`${server.url}/settings`);
    await atlas.getByRole('button', { name: 'Show a key to paste' }).click();
    const key = await atlas.getByLabel('Key to paste').inputValue();
    await worker.evaluate(() => chrome.storage.local.clear());

    const popup = await openPopupOn(`http://127.0.0.1:${pagesPort}/jobs/backend-engineer`);
    const form = popup.getByRole('form', { name: 'Connect with a key' });
    await form.getByLabel('Atlas address').fill(server.url);
    await form.getByLabel('Key').fill('atlas_pat_not-a-real-key.0000000000');
    await form.getByRole('button', { name: 'Connect' }).click();
    const refusal = await popup.getByRole('alert').textContent();
    await popup.getByRole('form', { name: 'Connect with a key' }).getByLabel('Atlas address').fill(server.url);
    await popup.getByRole('form', { name: 'Connect with a key' }).getByLabel('Key').fill(key);
    await popup.getByRole('form', { name: 'Connect with a key' }).getByRole('button', { name: 'Connect' }).click();
    await popup.getByRole('heading', { name: 'Save to Atlas' }).waitFor();
    const stored = await worker.evaluate(async () => (await chrome.storage.local.get('connection')).connection);

    expect(key).toMatch(/^atlas_pat_/);
    expect(refusal).toMatch(/revoked, expired or unknown/);
    expect(stored).toEqual({ atlasUrl: server.url, key });
  });
});
