import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outreachDrafts } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, submitSignInForm } from './test-browser.ts';

describe.skipIf(!chromiumInstalled)('a second user in the browser', () => {
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

  it('never sees the first user’s conversations, drafts or pipeline, in the same tab after sign-out or by address', async () => {
    const password = 'violet-harbour-lantern-42';
    const first = { email: `${crypto.randomUUID()}@example.test`, password };
    const { cookie: firstCookie, user: firstUser } = await server.signUp(first);
    const [application] = await seedApplications(server.handle.db, firstUser.id, [
      { company: 'Acme Robotics', title: 'Senior Backend Engineer', status: 'interviewing' },
    ]);
    const created = await server.request('/api/conversations', { method: 'POST', cookie: firstCookie, body: JSON.stringify({ title: 'Acme interview prep' }) });
    const { conversation } = (await created.json()) as { conversation: { id: string } };
    const [draft] = await withUser(server.handle.db, firstUser.id, (db) =>
      db
        .insert(outreachDrafts)
        .values({ userId: firstUser.id, applicationId: application!.id, subject: 'Backend Engineer at Acme Robotics', body: 'Hello, …' })
        .returning(),
    );

    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(server.url);
    await submitSignInForm(page, first, 'Sign in');
    await page.getByRole('link', { name: 'Acme interview prep' }).waitFor();
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await page.locator('.application-card').filter({ hasText: 'Acme Robotics' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await submitSignInForm(page, { email: `${crypto.randomUUID()}@example.test`, password }, 'Create account');
    await page.getByText('Your pipeline is empty').waitFor();
    const boardCards = await page.locator('.application-card').count();
    await page.getByRole('link', { name: 'Drafts' }).click();
    await page.getByText('No drafts yet.').waitFor();
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByText('No conversations yet').waitFor();
    await page.goto(`${server.url}/chat/${conversation.id}`);
    const openedByAddress = await page.getByRole('alert').textContent();

    const [session] = await page.context().cookies();
    const secondCookie = `${session!.name}=${session!.value}`;
    const conversations = await (await server.request('/api/conversations', { cookie: secondCookie })).json();
    const conversationByAddress = await server.request(`/api/conversations/${conversation.id}`, { cookie: secondCookie });
    const pipeline = await (await server.request('/api/applications', { cookie: secondCookie })).json();
    const history = await server.request(`/api/applications/${application!.id}/history`, { cookie: secondCookie });
    const move = await server.request(`/api/applications/${application!.id}`, {
      method: 'PATCH',
      cookie: secondCookie,
      body: JSON.stringify({ status: 'rejected' }),
    });
    const drafts = await (await server.request('/api/drafts', { cookie: secondCookie })).json();
    const draftByAddress = await server.request(`/api/drafts/${draft!.id}`, { cookie: secondCookie });
    const draftEdit = await server.request(`/api/drafts/${draft!.id}`, { method: 'PATCH', cookie: secondCookie, body: JSON.stringify({ subject: 'Mine now' }) });
    const firstUsersPipeline = await (await server.request('/api/applications', { cookie: firstCookie })).json();

    expect(boardCards).toBe(0);
    expect(openedByAddress).toMatch(/does not exist/);
    expect(conversations).toEqual({ conversations: [] });
    expect(conversationByAddress.status).toBe(404);
    expect(pipeline).toEqual({ applications: [], total: 0 });
    expect(history.status).toBe(404);
    expect(move.status).toBe(404);
    expect(drafts).toEqual({ drafts: [] });
    expect(draftByAddress.status).toBe(404);
    expect(draftEdit.status).toBe(404);
    expect(firstUsersPipeline.applications).toEqual([expect.objectContaining({ id: application!.id, status: 'interviewing' })]);
  }, 60_000);
});
