import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applicationStatusHistory, gmailSignals } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

const day = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * day);
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * A signed-in user with a pipeline under way goes through the workspace around chat, in a laptop's
 * window, by its navigation: Tasks (adds one, completes one), Briefing (writes this week's and reads
 * its facts), People (finds someone and edits them) and Insights (the funnel, then its numbers as a
 * table). Each page's outcome is checked where it is kept, not only on screen; the laptop shots are README's.
 */
describe.skipIf(!chromiumInstalled)('the workspace in one browser journey', () => {
  const pages = useBrowserPages({ failureShot: 'workspace-journey-failure' });

  it('adds and completes tasks, writes the briefing, edits a person and reads the funnel as a table', async () => {
    const { cookie, user } = await pages.server.signUp();
    const db = pages.server.handle.db;
    // The browser and the server both run in UTC here, so "today" is one day for both.
    const today = isoDay(new Date());
    const interviewAt = new Date(Date.now() + 10 * day);
    const interviewDay = isoDay(interviewAt);
    const interviewWords = interviewAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

    const [kestrel, fjord] = await seedApplications(db, user.id, [
      { company: 'Kestrel', title: 'Product Designer', status: 'interviewing', group: 'Product', updatedAt: daysAgo(4) },
      { company: 'Fjord', title: 'UX Designer', status: 'applied', group: 'Design', updatedAt: daysAgo(20) },
      { company: 'Lumen', title: 'Designer', status: 'saved', group: 'Design' },
    ]);
    await withUser(db, user.id, async (tx) => {
      await tx.insert(applicationStatusHistory).values([
        { applicationId: kestrel!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(12) },
        { applicationId: kestrel!.id, fromStatus: 'applied', toStatus: 'interviewing', actor: 'gmail', changedAt: daysAgo(4) },
        { applicationId: fjord!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(20) },
      ]);
      await tx.insert(gmailSignals).values([
        {
          kind: 'interview_invitation',
          review: 'applied',
          applicationId: kestrel!.id,
          senderName: 'Dana Whitfield',
          senderEmail: 'dana@kestrel.example',
          subject: 'Interview for Product Designer',
          snippet: `Can you meet us on ${interviewWords} at 14:30?`,
          messageId: randomUUID(),
          threadId: randomUUID(),
          receivedAt: daysAgo(1),
        },
        {
          kind: 'application_confirmation',
          review: 'applied',
          applicationId: fjord!.id,
          senderEmail: 'jobs@fjord.example',
          subject: 'We received your application',
          messageId: randomUUID(),
          threadId: randomUUID(),
          receivedAt: daysAgo(20),
        },
      ]);
    });
    const post = (path: string, body: unknown) => pages.server.request(path, { method: 'POST', cookie, body: JSON.stringify(body) });
    const dana = (await (await post('/api/contacts', { email: 'dana@kestrel.example', name: 'Dana Whitfield', applicationId: kestrel!.id })).json()).contact as { id: string };
    await post('/api/contacts', { email: 'ana@fjord.example', name: 'Ana Ruiz', applicationId: fjord!.id });
    await post('/api/tasks', { title: 'Call Dana about the interview', dueOn: today, contactId: dana.id, applicationId: kestrel!.id });
    await post('/api/tasks', { title: 'Update the CV', dueOn: isoDay(daysAgo(2)) });

    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/pipeline`, cookie, viewport: { width: 1280, height: 800 } }));
    const sections = page.getByRole('navigation', { name: 'Sections' });

    // Tasks: a new one for today, and the overdue one done.
    await sections.getByRole('link', { name: 'Tasks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a task' });
    await form.getByLabel('Task').fill('Send my portfolio to Fjord');
    await form.getByLabel('Due').fill(today);
    await form.getByRole('button', { name: 'Add task' }).click();
    const dueToday = page.getByRole('region', { name: /Due today/ });
    await dueToday.getByText('Send my portfolio to Fjord', { exact: true }).waitFor();
    await dueToday.getByText('Call Dana about the interview', { exact: true }).waitFor();
    await page.getByRole('region', { name: /Overdue/ }).getByRole('checkbox').click();
    await page.getByRole('region', { name: /^Done/ }).getByText('Update the CV', { exact: true }).waitFor();
    await saveScreenshot(page, 'workspace-tasks', { forReadme: true });
    const storedTasks = (await (await pages.server.request('/api/tasks?show=all', { cookie })).json()).tasks as { title: string; state: string }[];

    // Briefing: this week's, written now, says what the pipeline, the mail and the tasks hold.
    await sections.getByRole('link', { name: 'Briefing', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Briefing' }).waitFor();
    await page.getByRole('button', { name: 'Write this week’s briefing now' }).click();
    const briefing = page.getByTestId('briefing');
    await briefing.getByText('1 status change in the past 7 days: Product Designer at Kestrel, applied to interviewing.').waitFor();
    await briefing.getByText('1 application has not moved for 14 days or more: UX Designer at Fjord, applied for 20 days.').waitFor();
    await briefing.getByText(`1 interview ahead: Kestrel on ${interviewDay} at 14:30.`).waitFor();
    await briefing.getByText(/^2 tasks are due this week: /).waitFor();
    await saveScreenshot(page, 'workspace-briefing', { forReadme: true });
    const listed = (await (await pages.server.request('/api/briefings', { cookie })).json()).briefings as { id: string }[];
    const written = (await (await pages.server.request(`/api/briefings/${listed[0]!.id}`, { cookie })).json()).briefing as {
      facts: { tasksDue: { title: string }[]; tasksOverdue: unknown[]; interviewsAhead: unknown[] };
    };

    // People: found by name, given a role and a company.
    await sections.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ana Ruiz' }).waitFor();
    await page.getByRole('searchbox').fill('Dana');
    await page.getByRole('heading', { level: 2, name: 'Ana Ruiz' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit Dana Whitfield' }).click();
    const edit = page.getByRole('form', { name: 'Edit Dana Whitfield' });
    await edit.getByLabel('Role').fill('Hiring manager');
    await edit.getByLabel('Company').fill('Kestrel');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Hiring manager at Kestrel').waitFor();
    await page.getByText('Mail from Dana Whitfield (1)').waitFor();
    await saveScreenshot(page, 'workspace-people', { forReadme: true });
    const people = (await (await pages.server.request('/api/contacts', { cookie })).json()).contacts as { email: string }[];

    // Insights: the funnel drawn, then its numbers as a table.
    await sections.getByRole('link', { name: 'Insights', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    const funnel = page.getByRole('region', { name: 'How far applications got' });
    await funnel.getByRole('img', { name: /How far applications got/ }).waitFor();
    await funnel.getByText('Show as a table').click();
    await funnel.getByRole('table').waitFor();
    const rows = await funnel.getByRole('row').allTextContents();
    await saveScreenshot(page, 'workspace-insights', { forReadme: true });

    expect(storedTasks.map((task) => [task.title, task.state]).sort()).toEqual([
      ['Call Dana about the interview', 'due'],
      ['Send my portfolio to Fjord', 'due'],
      ['Update the CV', 'done'],
    ]);
    expect(written.facts.tasksDue.map((task) => task.title).sort()).toEqual(['Call Dana about the interview', 'Send my portfolio to Fjord']);
    expect(written.facts.tasksOverdue).toEqual([]);
    expect(written.facts.interviewsAhead).toEqual([{ applicationId: kestrel!.id, employer: 'Kestrel', day: interviewDay, time: '14:30' }]);
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: 'dana@kestrel.example', name: 'Dana Whitfield', role: 'Hiring manager', company: 'Kestrel', nextStep: expect.objectContaining({ title: 'Call Dana about the interview' }) }),
        expect.objectContaining({ email: 'ana@fjord.example', role: null }),
      ]),
    );
    expect(rows).toEqual(['Applications', 'Saved3', 'Applied2', 'Interviewing1', 'Offer0', 'Accepted0']);
  });
});
