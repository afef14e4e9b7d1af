import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import type { ScoredPractice } from '../../tools/interview/interview-scorer.ts';
import { seedCv, seedJobs } from '../../tools/test-catalogue.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot } from './test-browser.ts';

const answer = 'At Harbour Café I ran the morning shift for two years. When the espresso machine failed at 7am I moved orders to filter coffee and kept the queue under five minutes.';

const scores: ScoredPractice = {
  answers: [
    {
      questionId: 'q1',
      scores: [
        { criterion: 'structure', score: 4, quote: 'When the espresso machine failed at 7am', improvement: 'Say how the morning ended.' },
        { criterion: 'relevance', score: 4, quote: 'I ran the morning shift for two years', improvement: 'Tie it to leading the team.' },
        { criterion: 'evidence', score: 5, quote: 'kept the queue under five minutes', improvement: 'Say how many customers.' },
        { criterion: 'clarity', score: 3, quote: 'I tripled sales in a week', improvement: 'Shorter.' },
      ],
    },
  ],
  summary: 'Calm under pressure, with a measurable result.',
  strengths: ['q1: a concrete result'],
  focus: ['Open with the situation'],
};

describe.skipIf(!chromiumInstalled)('the Practice page in a browser', () => {
  let stub: GeminiStub;
  let server: TestServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    stub = await startGeminiStub({ apiKey: 'test-key' });
    server = await startTestServer({ environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'test-key', GEMINI_BASE_URL: `${stub.url}/v1beta` } });
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await saveScreenshot(page, 'practice-failure');
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stub?.close();
  });

  it('starts a mock interview for an application, keeps typed answers, and shows the report with the answer’s own sentences', async () => {
    const { cookie, user } = await server.signUp();
    await seedCv(server.handle.db, user.id, [{ section: 'Experience', text: 'Shift Supervisor, Harbour Café, 2022–2024' }]);
    const [job] = await seedJobs(server.handle.db, [
      { title: 'Café Team Leader', company: 'Greenline Coffee', description: 'The role\nLead a team of six baristas through busy morning rushes.\nKeep customers happy when things go wrong.' },
    ]);
    await seedApplications(server.handle.db, user.id, [{ company: 'Greenline Coffee', title: 'Café Team Leader', jobId: job!.id }]);
    page = await openSignedIn(browser, { url: `${server.url}/practice`, cookie });

    await page.getByRole('button', { name: 'Start a mock interview' }).click();
    await page.getByRole('heading', { name: 'Mock interview' }).waitFor();
    const questions = await page.locator('.practice-question').allTextContents();
    await page.getByRole('textbox', { name: questions[0]! }).fill(answer);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByRole('status').filter({ hasText: 'Answers saved.' }).waitFor();
    await page.reload();
    await page.getByRole('textbox', { name: questions[0]! }).waitFor();
    const kept = await page.getByRole('textbox', { name: questions[0]! }).inputValue();
    stub.script(textReply(JSON.stringify(scores)));
    await page.getByRole('button', { name: 'Score my answers' }).click();
    const report = page.getByRole('region', { name: /Report:/ });
    await report.waitFor();
    const reportText = await report.textContent();
    await saveScreenshot(page, 'practice-report', { forReadme: true });
    await page.getByRole('link', { name: '← All mock interviews' }).click();
    const listed = await page.locator('.card').first().textContent();

    expect(questions[0]).toContain('Café Team Leader');
    expect(questions.some((question) => question.includes('Lead a team of six baristas'))).toBe(true);
    expect(kept).toBe(answer);
    expect(reportText).toContain('4.3 / 5 overall');
    expect(reportText).toContain('When the espresso machine failed at 7am I moved orders to filter coffee and kept the queue under five minutes.');
    expect(reportText).toContain('Clarity: not scored.');
    expect(reportText).not.toContain('tripled sales');
    expect(listed).toContain('Scored');
    expect(listed).toContain('overall 4.3 / 5');
  });
});
