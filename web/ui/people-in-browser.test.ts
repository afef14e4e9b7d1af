import { describe, expect, it } from 'vitest';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

describe.skipIf(!chromiumInstalled)('the People page in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'people-failure' });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('adds people, edits one, merges two addresses of one person, finds and deletes at $width px', async (viewport) => {
    const { cookie, user } = await pages.server.signUp();
    const [application] = await seedApplications(pages.server.handle.db, user.id, [{ company: 'Kestrel', title: 'Product Designer', status: 'applied' }]);
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/people`, cookie, viewport }));
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByText('No people yet.').waitFor();

    const form = page.getByRole('form', { name: 'Add a person' });
    for (const [email, name] of [
      ['sam@kestrel.example', 'Sam Reyes'],
      ['s.reyes@kestrel.example', 'S. Reyes'],
      ['ana@fjord.example', 'Ana Ruiz'],
    ] as const) {
      await form.getByLabel('Email').fill(email);
      await form.getByLabel('Name').fill(name);
      await form.getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    // A task linked to Sam is his next step.
    const people = (await (await pages.server.request('/api/contacts', { cookie })).json()).contacts as { id: string; email: string }[];
    const sam = people.find((person) => person.email === 'sam@kestrel.example')!;
    await pages.server.request('/api/tasks', { method: 'POST', cookie, body: JSON.stringify({ title: 'Thank Sam for the interview', contactId: sam.id, applicationId: application!.id }) });

    await page.getByRole('button', { name: 'Edit Sam Reyes' }).click();
    await page.getByRole('form', { name: 'Edit Sam Reyes' }).getByLabel('Role').fill('Hiring manager');
    await page.getByRole('form', { name: 'Edit Sam Reyes' }).getByLabel('Company').fill('Kestrel');
    await page.getByRole('form', { name: 'Edit Sam Reyes' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Hiring manager at Kestrel').waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    const merge = page.getByRole('form', { name: 'Merge someone into Sam Reyes' });
    await merge.getByLabel('Same person as').selectOption({ label: 'S. Reyes (s.reyes@kestrel.example)' });
    await merge.getByRole('button', { name: 'Merge here' }).click();
    await page.getByRole('heading', { level: 2, name: 'S. Reyes' }).waitFor({ state: 'detached' });
    await page.getByText('Thank Sam for the interview').waitFor();
    await saveScreenshot(page, `people-${viewport.width}`, { forReadme: true });

    await page.getByRole('searchbox').fill('fjord');
    await page.getByRole('heading', { level: 2, name: 'Sam Reyes' }).waitFor({ state: 'detached' });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Ana Ruiz' }).click();
    await page.getByText('Nobody matches.').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const stored = (await (await pages.server.request('/api/contacts', { cookie })).json()).contacts;

    expect(width).toBeLessThanOrEqual(viewport.width);
    expect(stored).toEqual([expect.objectContaining({ email: 'sam@kestrel.example', role: 'Hiring manager', company: 'Kestrel', nextStep: expect.objectContaining({ title: 'Thank Sam for the interview' }) })]);
  });
});
