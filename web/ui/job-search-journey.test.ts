import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, saveScreenshot, signUpInBrowser } from './test-browser.ts';
import { journeyCv, seedJourneyJobs } from './test-journey-fixtures.ts';

/** The session cookie of the page's user, for checking through the API what the page shows. */
async function cookieOf(page: Page) {
  const [session] = await page.context().cookies();
  return `${session!.name}=${session!.value}`;
}

describe.skipIf(!chromiumInstalled)('the job search journey in a browser', () => {
  let stub: GeminiStub;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    stub = await startGeminiStub({ apiKey: 'test-key' });
    server = await startTestServer({
      environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'test-key', GEMINI_BASE_URL: `${stub.url}/v1beta` },
      // Embeddings from the offline model: the stub answers chat, not embedding calls.
      dependencies: { embedder: createOfflineEmbedder() },
    });
    await seedJourneyJobs(server.handle.db);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stub?.close();
  });

  it('signs up, uploads a CV, finds scored jobs in chat, saves one and moves it on the board', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A step that fails names its locator well before the test's own time limit.
    page.setDefaultTimeout(15_000);
    onTestFailed(() => saveScreenshot(page, 'journey-failure'));
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
    await signUpInBrowser(page, server.url);

    await page.getByRole('link', { name: 'CV', exact: true }).click();
    await page.getByLabel(/Upload your CV/).setInputFiles({ name: 'alex-example-cv.md', mimeType: 'text/markdown', buffer: Buffer.from(journeyCv) });
    await page.getByRole('button', { name: 'Upload CV' }).click();
    await page.getByRole('heading', { name: 'alex-example-cv.md' }).waitFor();
    const passages = await page.getByRole('list', { name: 'CV passages' }).getByRole('listitem').count();

    stub.script(
      functionCallReply('searchJobs', { query: 'TypeScript backend', location: 'Berlin' }),
      textReply('I found two TypeScript backend roles in Berlin. Acme Robotics fits your CV best: it asks for TypeScript, Node.js and PostgreSQL, which your CV shows.'),
    );
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByLabel('Message Atlas').fill('find TypeScript backend jobs in Berlin, remote ok');
    await page.getByLabel('Message Atlas').press('Enter');
    const results = page.getByRole('region', { name: 'Job search results' });
    const acme = results.getByRole('listitem').filter({ hasText: 'Acme Robotics' }).first();
    await acme.waitFor();
    await page.getByText('Acme Robotics fits your CV best').waitFor();
    const acmeScore = await acme.locator('.badge').textContent();
    const resultTitles = await results.getByRole('heading', { level: 4 }).allTextContents();
    const conversationUrl = page.url();
    const aiNote = await page.getByText('AI output may be wrong').count();

    await acme.getByRole('button', { name: /^Save/ }).click();
    await acme.getByText('Saved to your pipeline').waitFor();
    const globex = results.getByRole('listitem').filter({ hasText: 'Globex' }).first();
    await globex.getByRole('button', { name: /^Save/ }).click();
    await globex.getByText('Saved to your pipeline').waitFor();
    await saveScreenshot(page, 'chat');

    await page.getByRole('link', { name: 'Pipeline' }).click();
    const card = page.locator('.application-card').filter({ hasText: 'Acme Robotics' });
    await card.waitFor();
    const startedIn = await card.evaluate((element) => element.closest('[data-status]')?.getAttribute('data-status'));
    // The keyboard way: the card's Stage menu.
    await card.getByLabel(/^Stage/).selectOption('applied');
    await page.locator('[data-status=applied] .application-card').filter({ hasText: 'Acme Robotics' }).waitFor();
    // The pointer way: drag the card to another column.
    await card.dragTo(page.locator('[data-status=interviewing]'));
    await page.locator('[data-status=interviewing] .application-card').filter({ hasText: 'Acme Robotics' }).waitFor();
    await saveScreenshot(page, 'board');
    await card.getByRole('button', { name: /Notes and history/ }).click();
    await card.getByText(/Applied → Interviewing/).waitFor();
    const history = await card.locator('.history li').allTextContents();

    const pipeline = await (await server.request('/api/applications', { cookie: await cookieOf(page) })).json();

    expect(policyViolations).toEqual([]);
    expect(passages).toBeGreaterThan(1);
    expect(stub.requests.map((request) => request.method)).toEqual(['streamGenerateContent', 'streamGenerateContent']);
    expect(resultTitles).toContain('Senior Backend Engineer (TypeScript)');
    expect(resultTitles).not.toContain('Frontend Engineer (React)');
    expect(acmeScore).toMatch(/^Match score \d+\/100 out of 100$/);
    expect(conversationUrl).toMatch(/\/chat\/[0-9a-f-]{36}$/);
    expect(aiNote).toBeGreaterThan(0);
    expect(startedIn).toBe('saved');
    expect(history).toEqual([
      expect.stringMatching(/^Added as Saved, .+, by you, in the app$/),
      expect.stringMatching(/^Saved → Applied, /),
      expect.stringMatching(/^Applied → Interviewing, /),
    ]);
    expect(pipeline.applications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ company: 'Acme Robotics', status: 'interviewing' }),
        expect.objectContaining({ company: 'Globex', status: 'saved' }),
      ]),
    );
  }, 120_000);
});
