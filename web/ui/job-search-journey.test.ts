import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, cvReadingWait, launchChromium, saveScreenshot, signUpInBrowser } from './test-browser.ts';
import { journeyCv, journeyDraft, journeyEvidence, seedJourneyJobs } from './test-journey-fixtures.ts';

/** The session cookie of the page's user, for checking through the API what the page shows. */
async function ask(page: Page, text: string) {
  await page.getByLabel('Message Atlas').fill(text);
  await page.getByLabel('Message Atlas').press('Enter');
}

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

  it('signs up, uploads a CV, finds scored jobs in chat, saves one, drafts outreach with its evidence and moves it on the board', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // A step that fails names its locator well before the test's own time limit.
    page.setDefaultTimeout(15_000);
    onTestFailed(() => saveScreenshot(page, 'journey-failure'));
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
    await signUpInBrowser(page, server.url, 'alex');

    await page.getByRole('link', { name: 'CV', exact: true }).click();
    // A new account lands on Get started, whose first step is also headed "Upload your CV": wait for the CV page itself.
    await page.waitForURL(/\/cv$/);
    await page.getByLabel(/Upload your CV \(PDF/).setInputFiles({ name: 'alex-example-cv.md', mimeType: 'text/markdown', buffer: Buffer.from(journeyCv) });
    await page.getByRole('button', { name: 'Upload CV' }).click();
    // The upload starts a reading thread and, on first use, the embedding model: seconds on a loaded machine.
    await page.getByRole('heading', { name: 'alex-example-cv.md' }).waitFor({ timeout: cvReadingWait });
    const passages = await page.getByRole('list', { name: 'CV passages' }).getByRole('listitem').count();

    stub.script(
      functionCallReply('searchJobs', { query: 'TypeScript backend', location: 'Berlin' }),
      textReply('I found two TypeScript backend roles in Berlin. Acme Robotics fits your CV best: it asks for TypeScript, Node.js and PostgreSQL, which your CV shows.'),
    );
    await page.getByRole('link', { name: 'Chat' }).click();
    await ask(page, 'find TypeScript backend jobs in Berlin, remote ok');
    const results = page.getByRole('region', { name: 'Job search results' });
    // Matched by the card's company line, as other tests' catalogue postings may carry similar names.
    const acme = results.getByRole('listitem').filter({ hasText: /Acme Robotics ·/ }).first();
    await acme.waitFor();
    await page.getByText('Acme Robotics fits your CV best').waitFor();
    const acmeScore = await acme.locator('.badge').textContent();
    const resultTitles = await results.getByRole('heading', { level: 4 }).allTextContents();
    const conversationUrl = page.url();
    const aiNote = await page.getByText('AI output may be wrong').count();

    await acme.getByRole('button', { name: /^Save/ }).click();
    await acme.getByText('Saved to your pipeline').waitFor();
    const globex = results.getByRole('listitem').filter({ hasText: /Globex ·/ }).first();
    await globex.getByRole('button', { name: /^Save/ }).click();
    await globex.getByText('Saved to your pipeline').waitFor();

    const cookie = await cookieOf(page);
    const saved = (await (await server.request('/api/applications', { cookie })).json()) as { applications: { id: string; company: string }[] };
    const acmeApplication = saved.applications.find((application) => application.company === 'Acme Robotics')!;
    const { cv } = (await (await server.request('/api/cv', { cookie })).json()) as { cv: { passages: { text: string }[] } };
    const evidenceReference = `P${cv.passages.findIndex((passage) => passage.text.includes(journeyEvidence)) + 1}`;
    stub.script(
      functionCallReply('draftOutreach', { applicationId: acmeApplication.id, recipientRole: 'recruiter' }),
      textReply(JSON.stringify(journeyDraft(evidenceReference))),
      textReply('Here is a draft for the Acme Robotics recruiter, built only on your CV. Edit it, then send it from your own mailbox.'),
    );
    await ask(page, 'Draft an outreach email to the recruiter for the Acme Robotics role');
    const draft = page.getByRole('region', { name: 'Outreach draft' });
    await draft.waitFor();
    await page.getByText('Here is a draft for the Acme Robotics recruiter').waitFor();
    const subject = await draft.getByLabel('Subject').inputValue();
    const evidence = await draft.locator('blockquote').allTextContents();
    const gmailLink = await draft.getByRole('link', { name: /Open in Gmail/ }).getAttribute('href');
    const draftNote = await draft.getByText(/may be wrong/).count();
    await saveScreenshot(page, 'chat', { forReadme: true });

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
    await saveScreenshot(page, 'board', { forReadme: true });
    await card.getByRole('button', { name: /Notes and history/ }).click();
    await card.getByText(/Applied → Interviewing/).waitFor();
    const history = await card.locator('.history li').allTextContents();

    const pipeline = await (await server.request('/api/applications', { cookie })).json();
    const storedDrafts = await (await server.request('/api/drafts', { cookie })).json();

    expect(policyViolations).toEqual([]);
    expect(passages).toBeGreaterThan(1);
    expect(stub.requests.map((request) => request.method)).toEqual(['streamGenerateContent', 'generateContent', 'streamGenerateContent']);
    expect(subject).toBe('Senior TypeScript Backend Engineer at Acme Robotics');
    expect(evidence).toEqual([expect.stringContaining(journeyEvidence)]);
    expect(new URL(gmailLink!).searchParams.get('su')).toBe(subject);
    expect(draftNote).toBe(1);
    expect(storedDrafts.drafts).toEqual([expect.objectContaining({ applicationId: acmeApplication.id, subject, flaggedClaims: [] })]);
    expect(resultTitles).toContain('Senior TypeScript Backend Engineer');
    expect(resultTitles).not.toContain('Frontend Engineer (React)');
    // The badge is the fit the list is ordered by; scores carry one decimal.
    expect(acmeScore).toMatch(/^Fit \d{1,3}(\.\d)?\/100 out of 100$/);
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
