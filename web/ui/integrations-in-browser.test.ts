import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestSyncRun, runSync } from '../../tools/gmail/sync.ts';
import { connectedUser, startGmailWorld, stubMessage, type GmailWorld } from '../../tools/gmail/test-gmail-setup.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot } from './test-browser.ts';

describe.skipIf(!chromiumInstalled)('the Integrations page in a browser', () => {
  let world: GmailWorld;
  let server: TestServer;
  let browser: Browser;
  let page: Page | undefined;

  /** A signed-in page for a new user, prepared first as the test needs. */
  async function openIntegrations(prepare?: (user: { id: string }) => Promise<unknown>) {
    const { cookie, user } = await server.signUp();
    await prepare?.(user);
    page = await openSignedIn(browser, { url: `${server.url}/integrations`, cookie });
    await page.getByRole('heading', { level: 1, name: 'Integrations' }).waitFor();
    return { page, cookie };
  }

  beforeAll(async () => {
    world = await startGmailWorld({
      mailbox: (userEmail) => [
        stubMessage({ id: 'm1', from: '"Lumen Health" <no-reply@hire.lever.co>', to: userEmail, subject: 'Thank you for applying to Lumen Health', snippet: 'We have received your application for Staff Software Engineer.' }),
        stubMessage({ id: 'm2', from: '"Chris" <chris.recruits@gmail.com>', to: userEmail, subject: 'Re: Tessellate role', snippet: 'Tessellate would like to schedule a phone screen.' }),
      ],
    });
    server = await startTestServer({ dependencies: { gmail: world.gmail } });
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await saveScreenshot(page, 'integrations-failure');
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await world?.close();
  });

  it('offers to connect Gmail, asking Google for metadata and labels only', async () => {
    const { page } = await openIntegrations();

    const connect = page.getByRole('link', { name: 'Connect Gmail' });
    const request = page.waitForRequest((sent) => sent.url().startsWith(world.config.GOOGLE_AUTHORIZATION_URL));
    await page.route(`${world.config.GOOGLE_AUTHORIZATION_URL}**`, (route) => route.fulfill({ status: 200, body: 'Google consent screen' }));
    await connect.click();
    const scopes = new URL((await request).url()).searchParams.get('scope')!.split(' ');

    expect(scopes.filter((scope) => scope.includes('gmail'))).toEqual(['https://www.googleapis.com/auth/gmail.metadata', 'https://www.googleapis.com/auth/gmail.labels']);
  });

  it('shows the last sync, settles the review queue, and disconnects', async () => {
    const { page } = await openIntegrations(async (user) => {
      await connectedUser(server.handle.db, world, user);
      await requestSyncRun(server.handle.db, { userId: user.id, gmail: world.gmail, now: new Date() });
      await runSync(server.handle.db, { userId: user.id, gmail: world.gmail, now: () => new Date() });
    });

    await page.getByText(`Connected to ${world.userEmail}`).waitFor();
    const lastSync = await page.getByText(/^Last sync/).textContent();
    const queue = page.getByRole('region', { name: /To review/ });
    const waiting = queue.getByRole('listitem').filter({ hasText: 'Tessellate would like to schedule a phone screen' });
    await waiting.getByRole('button', { name: 'Confirm' }).click();
    await queue.getByText('Nothing waits for you.').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Disconnect Gmail' }).click();
    await page.getByRole('link', { name: 'Connect Gmail' }).waitFor();

    expect(lastSync).toMatch(/2 messages read, \d+ job signals found/);
  });
});
