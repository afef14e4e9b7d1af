import { describe, expect, it } from 'vitest';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe.skipIf(!chromiumInstalled)('the Tasks page in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'tasks-failure' });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('adds a task, completes it, and accepts a suggestion at $width px', async (viewport) => {
    const { cookie, user } = await pages.server.signUp();
    await seedApplications(pages.server.handle.db, user.id, [{ company: 'Initech', title: 'Analyst', status: 'applied', updatedAt: daysAgo(20) }]);
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/tasks`, cookie, viewport }));
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();

    const form = page.getByRole('form', { name: 'Add a task' });
    await form.getByLabel('Task').fill('Send my portfolio to Acme');
    await form.getByLabel('Due').fill('2030-01-02');
    await form.getByRole('button', { name: 'Add task' }).click();
    const upcoming = page.getByRole('region', { name: /Upcoming/ });
    await upcoming.getByText('Send my portfolio to Acme', { exact: true }).waitFor();

    const suggestion = page.getByTestId('suggestion').filter({ hasText: 'Nudge Initech about Analyst' });
    await suggestion.getByRole('button', { name: /^Accept/ }).click();
    await page.getByRole('region', { name: /Due today/ }).getByText('Nudge Initech about Analyst', { exact: true }).waitFor();
    await suggestion.waitFor({ state: 'detached' });

    // The box shows what is stored, so it turns checked once the change is saved.
    await upcoming.getByRole('checkbox').click();
    const done = page.getByRole('region', { name: /^Done/ });
    await done.getByText('Send my portfolio to Acme', { exact: true }).waitFor();
    await saveScreenshot(page, `tasks-${viewport.width}`, { forReadme: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const stored = await (await pages.server.request('/api/tasks?show=all', { cookie })).json();

    expect(width).toBeLessThanOrEqual(viewport.width);
    expect(stored.suggestions).toEqual([]);
    expect(stored.tasks.map((task: { title: string; state: string }) => [task.title, task.state])).toEqual([
      ['Nudge Initech about Analyst', 'due'],
      ['Send my portfolio to Acme', 'done'],
    ]);
  });

  it('reschedules and deletes a task', async () => {
    const { cookie } = await pages.server.signUp();
    await pages.server.request('/api/tasks', { method: 'POST', cookie, body: JSON.stringify({ title: 'Call Dana', dueOn: '2020-01-02' }) });
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/tasks`, cookie }));

    const overdue = page.getByRole('region', { name: /Overdue/ });
    await overdue.getByText('Call Dana', { exact: true }).waitFor();
    await overdue.getByLabel('New due day for Call Dana').fill('2030-05-06');
    const upcoming = page.getByRole('region', { name: /Upcoming/ });
    await upcoming.getByText('Call Dana', { exact: true }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await upcoming.getByRole('button', { name: /^Delete task Call Dana/ }).click();
    await page.getByText('No tasks yet.').waitFor();

    const stored = await (await pages.server.request('/api/tasks?show=all', { cookie })).json();
    expect(stored.tasks).toEqual([]);
  });
});
