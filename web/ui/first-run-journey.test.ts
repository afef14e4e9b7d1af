import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, cvReadingWait, launchChromium, saveScreenshot, signUpInBrowser } from './test-browser.ts';
import { journeyCv, seedJourneyJobs } from './test-journey-fixtures.ts';

async function cookieOf(page: Page) {
  const [session] = await page.context().cookies();
  return `${session!.name}=${session!.value}`;
}

const viewports = [
  { name: 'laptop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/**
 * A new user's first minutes, from an empty account: the app opens on the first-run path, which takes
 * a CV, then what they look for, then shows the jobs that fit; they save one and ask chat about it.
 * Run at a laptop's and a phone's width; the laptop run refreshes README's first-run screenshots.
 */
describe.skipIf(!chromiumInstalled)('a new user’s first run in a browser', () => {
  let stub: GeminiStub;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    stub = await startGeminiStub({ apiKey: 'test-key' });
    server = await startTestServer({
      environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'test-key', GEMINI_BASE_URL: `${stub.url}/v1beta` },
      // Embeddings from the offline model: the stub answers chat, not embedding calls.
      dependencies: { embedder: createOfflineEmbedder() },
      // The journey asserts how "jobs for me" ranks the whole catalogue, so no other file's postings may be in it.
      ownCatalogue: true,
    });
    await seedJourneyJobs(server.handle.db);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stub?.close();
  });

  it('keeps a new user on the page they opened while Atlas was still deciding where to start them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // Atlas decides from what the account holds; its answer about conversations is held back until the user has moved on.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/conversations', async (route) => {
      await held;
      await route.continue();
    });
    await signUpInBrowser(page, server.url, 'quick');

    await page.getByRole('link', { name: 'CV', exact: true }).click();
    await page.waitForURL(/\/cv$/);
    const decided = page.waitForResponse('**/api/conversations');
    release();
    await decided;
    await page.getByLabel(/Upload your CV \(PDF/).waitFor();
    const path = new URL(page.url()).pathname;
    await context.close();

    expect(path).toBe('/cv');
  });

  it.each(viewports)('CV → what they look for → jobs for me → save → chat, at $width pixels ($name)', async (viewport) => {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    // A step that fails names its locator well before the test's own time limit.
    page.setDefaultTimeout(15_000);
    onTestFailed(() => saveScreenshot(page, `first-run-${viewport.name}-failure`));
    const shots = async (name: string) => {
      if (viewport.name === 'laptop') await saveScreenshot(page, name, { forReadme: true });
      else await saveScreenshot(page, `${name}-phone`, { forReadme: true });
    };
    await signUpInBrowser(page, server.url, 'sam');

    // An empty account opens on the first-run path, every step undone.
    await page.getByRole('heading', { name: 'Get started', level: 1 }).waitFor();
    const landedOn = new URL(page.url()).pathname;
    await shots('first-run-start');

    // 1. The CV.
    await page.getByLabel(/^Your CV/).setInputFiles({ name: 'sam-example-cv.md', mimeType: 'text/markdown', buffer: Buffer.from(journeyCv) });
    await page.getByRole('button', { name: 'Upload CV' }).click();
    const cvDone = page.getByRole('region', { name: /Upload your CV/ }).getByRole('status');
    // The upload starts a reading thread and, on first use, the embedding model: seconds on a loaded machine.
    await cvDone.getByText('sam-example-cv.md').waitFor({ timeout: cvReadingWait });

    // 2. What they look for.
    const preferences = page.getByRole('form', { name: 'What you are looking for' });
    await preferences.getByLabel(/^Roles/).fill('Backend Engineer, TypeScript Developer');
    await preferences.getByLabel(/^Places/).fill('Berlin');
    await preferences.getByLabel('Remote').selectOption('hybrid');
    await preferences.getByLabel('Lowest yearly pay').fill('70000');
    await preferences.getByLabel('Currency').fill('EUR');
    await preferences.getByRole('button', { name: 'Save what I look for' }).click();
    await page.getByText('Saved. Now see the jobs that fit below.').waitFor();

    // 3. The jobs that fit.
    await page.getByRole('button', { name: 'Show jobs for me' }).click();
    const forYou = page.getByRole('list', { name: 'Jobs for you' });
    const acme = forYou.getByRole('listitem').filter({ hasText: /Acme Robotics ·/ }).first();
    await acme.waitFor();
    const ranked = await forYou.getByRole('heading', { level: 4 }).allTextContents();
    const fits = (await forYou.locator('.badge').allTextContents()).map((badge) => Number(/^Fit ([\d.]+)/.exec(badge)![1]));
    const rankedStatus = await page.getByRole('status').filter({ hasText: /ranked by fit to your CV/ }).textContent();
    const stepsDone = await page.locator('.step-number.done').count();
    await shots('first-run-jobs-for-me');

    // Save the best fit.
    await acme.getByRole('button', { name: /^Save/ }).click();
    await acme.getByText('Saved to your pipeline').waitFor();

    // Then ask chat about it.
    stub.script(
      functionCallReply('listApplications', {}),
      textReply('You saved Senior TypeScript Backend Engineer at Acme Robotics. It fits your CV: TypeScript, Node.js and PostgreSQL.'),
    );
    await page.getByRole('link', { name: 'ask Atlas in chat' }).click();
    await page.getByLabel('Message Atlas').fill('Which job did I just save, and why does it fit?');
    await page.getByLabel('Message Atlas').press('Enter');
    await page.getByText('You saved Senior TypeScript Backend Engineer at Acme Robotics.').waitFor();
    const composerTop = await page.locator('.composer').evaluate((element) => element.getBoundingClientRect().top);
    const answerBottom = await page.getByText('You saved Senior TypeScript Backend Engineer').evaluate((element) => element.getBoundingClientRect().bottom);
    await shots('first-run-chat');

    const cookie = await cookieOf(page);
    const { profile } = await (await server.request('/api/profile', { cookie })).json();
    const { applications } = await (await server.request('/api/applications', { cookie })).json();
    await context.close();

    expect(landedOn).toBe('/start');
    expect(stepsDone).toBe(2);
    expect(ranked[0]).toBe('Senior TypeScript Backend Engineer');
    expect(ranked).toContain('TypeScript Backend Developer');
    expect(fits).toEqual([...fits].sort((left, right) => right - left));
    expect(rankedStatus).toMatch(/^\d+ jobs? ranked by fit to your CV$/);
    expect(profile).toMatchObject({
      targetRoles: ['Backend Engineer', 'TypeScript Developer'],
      locations: ['Berlin'],
      remotePreference: 'hybrid',
      salaryFloor: 70_000,
      salaryCurrency: 'EUR',
    });
    expect(applications).toEqual([expect.objectContaining({ company: 'Acme Robotics', status: 'saved' })]);
    expect(answerBottom).toBeLessThanOrEqual(composerTop);
  }, 120_000);

  it('opens in chat, not the first-run path, once the account has a CV or preferences', async () => {
    const { cookie } = await server.signUp();
    await server.request('/api/profile', { method: 'PUT', cookie, body: JSON.stringify({ targetRoles: ['Data Engineer'] }) });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);

    await page.goto(server.url);
    await page.waitForURL(/\/chat$/);
    const path = new URL(page.url()).pathname;
    await context.close();

    expect(path).toBe('/chat');
  });
});
