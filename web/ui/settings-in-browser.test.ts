import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { usageEvents } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedJobs } from '../../tools/test-catalogue.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot } from './test-browser.ts';

const password = 'violet-harbour-lantern-42';

describe.skipIf(!chromiumInstalled)('Settings in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page | undefined;

  /** A new account (given what `prepare` adds), signed in, on the Settings page; with its cookie for API checks. */
  async function openSettings(prepare?: (account: { user: { id: string }; cookie: string }) => Promise<unknown>) {
    const { cookie, user } = await server.signUp({ password });
    await prepare?.({ user, cookie });
    page = await openSignedIn(browser, { url: `${server.url}/settings`, cookie });
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    return { page, cookie, user };
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await saveScreenshot(page, 'settings-failure');
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('edits the job-search profile the agent reads', async () => {
    const { page, cookie } = await openSettings();

    await page.getByLabel('Roles you want (one per line)').fill('Backend Engineer\nPlatform Engineer');
    await page.getByLabel('Locations (one per line)').fill('Berlin');
    await page.getByLabel('Remote').selectOption('hybrid');
    await page.getByLabel('Lowest yearly salary').fill('70000');
    await page.getByLabel('Currency').fill('eur');
    await page.getByLabel('Companies to avoid (one per line)').fill('Initech');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.reload();
    await page.getByText(/Last changed/).waitFor();
    const shownCurrency = await page.getByLabel('Currency').inputValue();
    const { profile } = await (await server.request('/api/profile', { cookie })).json();

    expect(shownCurrency).toBe('EUR');
    expect(profile).toMatchObject({
      targetRoles: ['Backend Engineer', 'Platform Engineer'],
      locations: ['Berlin'],
      remotePreference: 'hybrid',
      salaryFloor: 70000,
      salaryCurrency: 'EUR',
      companiesToAvoid: ['Initech'],
      dealBreakers: [],
      seniority: null,
    });
  });

  it('creates an access token shown once, lists it and revokes it', async () => {
    const { page, cookie } = await openSettings();

    await page.getByLabel('Token name').fill('Claude Desktop');
    await page.getByLabel('Allow changes (write)').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByTestId('new-token').textContent();
    await page.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Claude Desktop' });
    const access = await row.getByRole('cell').nth(1).textContent();
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Revoke Claude Desktop' }).click();
    await row.getByText(/^revoked/).waitFor();
    const { accessTokens } = await (await server.request('/api/tokens', { cookie })).json();

    expect(secret).toMatch(/^atlas_pat_/);
    expect(await page.getByText(secret!).count()).toBe(0);
    expect(access).toBe('read and write');
    expect(accessTokens).toEqual([expect.objectContaining({ name: 'Claude Desktop', scopes: ['read', 'write'], revokedAt: expect.any(String) })]);
  });

  it('makes a calendar address shown once, which a calendar app can read, and revokes it', async () => {
    const { page, cookie } = await openSettings();
    const calendar = page.getByRole('region', { name: 'Calendar' });

    await calendar.getByRole('button', { name: 'Make a calendar address' }).click();
    const address = (await calendar.getByTestId('calendar-url').textContent())!;
    const subscribed = await fetch(address);
    await calendar.getByRole('button', { name: 'Done' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await calendar.getByRole('button', { name: 'Revoke address' }).click();
    await calendar.getByText('Off.').waitFor();
    const afterRevoking = await fetch(address);
    const status = await (await server.request('/api/calendar-feed', { cookie })).json();

    expect(address).toMatch(new RegExp(`^${server.url}/calendar/atlas_cal_`));
    expect(subscribed.status).toBe(200);
    expect(await subscribed.text()).toContain('BEGIN:VCALENDAR');
    expect(await page.getByText(address).count()).toBe(0);
    expect(afterRevoking.status).toBe(404);
    expect(status).toMatchObject({ active: false });
  });

  it('says when the browser extension is not installed, and makes no key for it', async () => {
    const { page, cookie } = await openSettings();

    await page.getByRole('button', { name: 'Connect the extension' }).click();
    await page.getByText('Save to Atlas is not installed in this browser').waitFor();
    const { accessTokens } = await (await server.request('/api/tokens', { cookie })).json();

    expect(accessTokens).toEqual([]);
  });

  it('lists where the account is signed in and signs out the other sessions', async () => {
    const { page, cookie, user } = await openSettings();
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    const login = await server.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': firefox },
      body: JSON.stringify({ email: user.email, password }),
    });
    const otherCookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    await page.reload();

    const sessions = page.getByRole('list', { name: 'Signed-in sessions' }).getByRole('listitem');
    await expect.poll(() => sessions.count()).toBe(2);
    const listed = await sessions.allTextContents();
    await page.getByRole('button', { name: /Sign out other sessions/ }).click();
    await page.getByText('Every other browser and device was signed out.').waitFor();

    // The list reloads after the confirmation shows: wait for it rather than read it mid-refresh.
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await sessions.first().textContent()).toMatch(/This browser/);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Firefox on Windows\s*Signed in .+ · last seen .+$/),
        expect.stringMatching(/This browser\s*Signed in .+ · last seen now$/),
      ]),
    );
    expect((await server.request('/api/auth/me', { cookie: otherCookie })).status).toBe(401);
    expect((await server.request('/api/auth/me', { cookie })).status).toBe(200);
  });

  it('changes the password, and says why a weak one is refused', async () => {
    const { page } = await openSettings();

    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password').fill('password1');
    await page.getByRole('button', { name: 'Change password' }).click();
    const refusal = await page.getByRole('alert').filter({ hasText: 'stronger password' }).textContent();
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password').fill('copper-meadow-thistle-88');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.').waitFor();

    expect(refusal).toMatch(/Choose a stronger password/);
  });

  it('shows model usage and cost by day', async () => {
    const { page } = await openSettings(({ user }) =>
      withUser(server.handle.db, user.id, (db) =>
        db.insert(usageEvents).values([
          { userId: user.id, purpose: 'chat', provider: 'google', model: 'gemini-2.5-flash', inputTokens: 1200, outputTokens: 300, costUsd: '0.00111', latencyMs: 900 },
          { userId: user.id, purpose: 'chat', provider: 'google', model: 'gemini-2.5-flash', inputTokens: 800, outputTokens: 100, costUsd: '0.00049', latencyMs: 700 },
        ]),
      ),
    );
    const usage = page.getByRole('region', { name: 'Usage and cost' });
    await usage.getByRole('table').waitFor();
    const summary = await usage.getByText(/model calls/).textContent();
    const today = await usage.getByRole('row').nth(1).getByRole('cell').allTextContents();

    expect(summary).toBe('$0.0016 for 2 model calls: 2,000 tokens in, 400 out.');
    expect(today).toEqual(['2', '2,000', '400', '$0.0016']);
  });

  it('lists what was changed and by whom in the audit log', async () => {
    const [job] = await seedJobs(server.handle.db, [{ title: 'Site Reliability Engineer', company: 'Umbrella' }]);
    const { page } = await openSettings((account) =>
      server.request('/api/applications', { method: 'POST', cookie: account.cookie, body: JSON.stringify({ jobId: job!.id }) }),
    );
    const log = page.getByRole('region', { name: 'Audit log' });
    const entry = log.getByRole('row').filter({ hasText: 'save job' });
    await entry.waitFor();

    expect(await entry.getByRole('cell').nth(1).textContent()).toMatch(/^You, in the app/);
  });

  it('deletes the account and says goodbye on the sign-in page, after which the old session is refused', async () => {
    const { page, cookie } = await openSettings();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete account' }).click();
    await page.getByRole('button', { name: 'Create account' }).waitFor();
    const goodbye = await page.getByRole('status').filter({ hasText: 'Goodbye' }).textContent();
    const me = await server.request('/api/auth/me', { cookie });

    expect(goodbye).toMatch(/Your account and everything in it .* were deleted/);
    expect(goodbye).not.toMatch(/Google could not be reached/);
    expect(me.status).toBe(401);
  });
});
