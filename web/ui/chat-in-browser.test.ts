import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorReply, functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import { seedCv, seedJobs } from '../../tools/test-catalogue.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot, signUpInBrowser } from './test-browser.ts';

async function openChat(browser: Browser, server: TestServer) {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await signUpInBrowser(page, `${server.url}/chat`);
  return page;
}

async function ask(page: Page, text: string) {
  await page.getByLabel('Message Atlas').fill(text);
  await page.getByLabel('Message Atlas').press('Enter');
}

describe.skipIf(!chromiumInstalled)('chat in a browser', () => {
  let stub: GeminiStub;
  let server: TestServer;
  let withoutModel: TestServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    stub = await startGeminiStub({ apiKey: 'test-key' });
    server = await startTestServer({ environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'test-key', GEMINI_BASE_URL: `${stub.url}/v1beta` } });
    withoutModel = await startTestServer();
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await saveScreenshot(page, 'chat-failure');
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await withoutModel?.close();
    await stub?.close();
  });

  it('says chat needs a model, and the two ways to add one, before anything is sent', async () => {
    page = await openChat(browser, withoutModel);

    const notice = page.getByRole('alert').filter({ hasText: 'Chat needs a model' });
    await notice.waitFor();
    const text = await notice.textContent();
    const conversations = await page.evaluate(async () => (await (await fetch('/api/conversations')).json()) as { conversations: unknown[] });

    expect(text).toContain('GOOGLE_GENERATIVE_AI_API_KEY');
    expect(text).toContain('OPENAI_COMPATIBLE_BASE_URL');
    expect(text).not.toMatch(/drafts? (work|—)/i);
    expect(await page.getByLabel('Message Atlas').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Which jobs have I applied to?' }).isDisabled()).toBe(true);
    expect(conversations.conversations).toEqual([]);
  });

  it('scrolls to the end of the newest answer, and stays where the user scrolled up to', async () => {
    page = await openChat(browser, server);
    await page.setViewportSize({ width: 800, height: 500 });
    const longAnswer = Array.from({ length: 60 }, (_, index) => `Line ${index + 1} of a long answer.`).join('\n');
    stub.script(textReply(longAnswer));
    const atEnd = () => page!.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);

    await ask(page, 'Tell me a lot');
    await page.getByText('Line 60 of a long answer.').waitFor();
    await expect.poll(atEnd).toBe(true);
    await page.evaluate(() => window.scrollTo({ top: 0 }));
    // A narrower window re-wraps the answer, so the list changes size as it does while an answer streams.
    await page.setViewportSize({ width: 600, height: 500 });
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('brings the end of an answer with job cards above the composer, on a laptop and on a phone', async () => {
    const company = `Scrollwick ${crypto.randomUUID().slice(0, 6)}`;
    await seedJobs(
      server.handle.db,
      Array.from({ length: 6 }, (_, index) => ({
        title: `Platform Engineer ${index + 1}`,
        company,
        locations: ['Berlin, Germany'],
        description: 'Platform engineering with Kubernetes and Go for a logistics company.',
      })),
    );
    for (const viewport of [{ width: 1280, height: 700 }, { width: 390, height: 700 }]) {
      page = await openChat(browser, server);
      await page.setViewportSize(viewport);
      stub.script(
        functionCallReply('searchJobs', { query: 'platform engineer', company }),
        textReply('Those are the platform roles. The last line of this answer must stay readable.'),
      );
      await ask(page, 'platform engineer jobs');
      await page.getByRole('region', { name: 'Job search results' }).getByRole('listitem').nth(5).waitFor();
      const lastLine = page.getByText('The last line of this answer must stay readable.');
      await lastLine.waitFor();
      // The stream has ended when the composer takes input again; the cards may still settle after it.
      await expect.poll(() => page!.getByRole('button', { name: 'Send' }).isVisible(), { timeout: 10_000 }).toBe(true);
      const hiddenUnderComposer = async () =>
        (await lastLine.evaluate((element) => element.getBoundingClientRect().bottom)) -
        (await page!.locator('.composer').evaluate((element) => element.getBoundingClientRect().top));
      await expect.poll(hiddenUnderComposer, { timeout: 10_000 }).toBeLessThanOrEqual(0);
      const lineBottom = await lastLine.evaluate((element) => element.getBoundingClientRect().bottom);
      const composerTop = await page.locator('.composer').evaluate((element) => element.getBoundingClientRect().top);
      const windowHeight = await page.evaluate(() => window.innerHeight);

      expect(lineBottom).toBeLessThanOrEqual(composerTop);
      expect(lineBottom).toBeGreaterThan(0);
      expect(composerTop).toBeLessThanOrEqual(windowHeight);
      await page.context().close();
    }
    page = undefined;
  });

  it('reopens, renames and deletes a conversation, whose messages come back from the server', async () => {
    page = await openChat(browser, server);
    stub.script(textReply('Hello! Tell me what kind of job you are after.'));

    await ask(page, 'Hi Atlas');
    await page.getByText('Tell me what kind of job you are after').waitFor();
    const address = page.url();
    await page.getByRole('button', { name: 'New conversation', exact: true }).click();
    await page.getByRole('link', { name: 'Hi Atlas' }).click();
    await page.getByText('Tell me what kind of job you are after').waitFor();
    await page.goto(address);
    await page.getByText('Tell me what kind of job you are after').waitFor();
    const reloaded = await page.locator('.message').allTextContents();

    await page.getByRole('button', { name: 'Rename Hi Atlas' }).click();
    await page.getByLabel('New title').fill('Getting started');
    await page.getByLabel('New title').press('Enter');
    await page.getByRole('link', { name: 'Getting started' }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Getting started' }).click();
    await page.getByText('No conversations yet.').waitFor();

    expect(address).toMatch(/\/chat\/[0-9a-f-]{36}$/);
    expect(reloaded).toEqual(['You said: Hi Atlas', expect.stringContaining('Tell me what kind of job you are after.')]);
    expect(page.url()).toBe(`${server.url}/chat`);
  });

  it('shows a failed tool in plain words, and a failed model call with a way to try again', async () => {
    page = await openChat(browser, server);
    stub.script(
      functionCallReply('scoreMatch', { jobIds: ['0b6f7c2e-8d3a-4f51-9c1e-2a7b5d9e4f60'] }),
      textReply('I could not score it: upload your CV first.'),
      errorReply(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'),
      textReply('Here I am again.'),
    );

    await ask(page, 'How well do I fit job 0b6f7c2e?');
    const toolFailure = page.locator('.tool-card').filter({ hasText: 'Could not' });
    await toolFailure.waitFor();
    await page.getByText('I could not score it').waitFor();
    await ask(page, 'Try something else');
    const modelFailure = page.getByRole('alert').filter({ hasText: 'could not answer' });
    await modelFailure.waitFor();
    const failureText = await modelFailure.textContent();
    await modelFailure.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Here I am again.').waitFor();

    expect(await toolFailure.textContent()).toMatch(/Could not score match\.\s*Upload a CV first/);
    expect(failureText).toContain('The chat model could not answer; try again.');
    expect(await page.getByRole('alert').filter({ hasText: 'could not answer' }).count()).toBe(0);
  });

  it('shows a match breakdown: each skill found with the CV words that show it, the missing ones, and a bar per factor', async () => {
    const { cookie, user } = await server.signUp();
    await seedCv(server.handle.db, user.id, [
      { section: 'Experience', text: 'Backend engineer at Northwind since 2018: TypeScript services on PostgreSQL.' },
      { section: 'Skills', text: 'TypeScript, PostgreSQL, Docker' },
    ]);
    const [job] = await seedJobs(server.handle.db, [
      {
        title: 'Backend Engineer',
        company: 'Tessellate',
        locations: ['Remote'],
        workplaceType: 'remote',
        description: 'Requirements: TypeScript, PostgreSQL and Kafka. Nice to have: Docker.',
      },
    ]);
    stub.script(functionCallReply('scoreMatch', { jobIds: [job!.id] }), textReply('Tessellate fits well; Kafka is the gap.'));
    page = await openSignedIn(browser, { url: `${server.url}/chat`, cookie });

    await ask(page, 'How well do I fit the Tessellate backend job?');
    const breakdown = page.getByRole('article', { name: 'Match for Backend Engineer at Tessellate' });
    await breakdown.waitFor();
    const typescript = breakdown.getByRole('listitem').filter({ has: page.getByText('TypeScript', { exact: true }) });
    const quote = await typescript.locator('blockquote').textContent();
    const missing = await breakdown.locator('.tag.missing').allTextContents();
    const factors = await breakdown.getByRole('meter').count();
    await saveScreenshot(page, 'match-breakdown');

    expect(quote).toContain('TypeScript services on PostgreSQL');
    expect(missing).toEqual(['Apache Kafka']);
    expect(factors).toBeGreaterThanOrEqual(3);
  });
});
