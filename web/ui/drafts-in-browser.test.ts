import { describe, expect, it } from 'vitest';
import { outreachDrafts } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

const unsupported = 'I led a team of 12 engineers at Globex.';

describe.skipIf(!chromiumInstalled)('the Drafts page in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'drafts-failure' });

  it('edits a draft away from its flagged claim, copies it, opens it in Gmail, marks it sent and deletes it', async () => {
    const { cookie, user } = await pages.server.signUp();
    const [application] = await seedApplications(pages.server.handle.db, user.id, [{ company: 'Acme Robotics', title: 'Backend Engineer' }]);
    await withUser(pages.server.handle.db, user.id, (db) =>
      db.insert(outreachDrafts).values({
        userId: user.id,
        applicationId: application!.id,
        recipientName: 'Dana Recruiter',
        recipientEmail: 'dana@acme.example',
        subject: 'Backend Engineer at Acme Robotics',
        body: `Hello Dana,\n\nI built TypeScript services on PostgreSQL at Northwind. ${unsupported}\n\nBest regards`,
        evidence: [{ passageId: crypto.randomUUID(), section: 'Experience', quote: 'Built TypeScript services on PostgreSQL at Northwind.' }],
        flaggedClaims: [{ claim: unsupported, reason: 'no CV passage names Globex or a team of 12' }],
      }),
    );
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/drafts`, cookie }));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.server.url });
    const draft = page.getByRole('form', { name: /^Draft:/ });
    await draft.waitFor();

    const flagged = await draft.getByRole('note').textContent();
    const evidence = await draft.locator('blockquote').textContent();
    await draft.getByLabel('Subject').fill('Backend Engineer role: TypeScript and PostgreSQL');
    const body = draft.getByLabel('Message');
    await body.fill((await body.inputValue()).replace(` ${unsupported}`, ''));
    await draft.getByRole('button', { name: 'Save changes' }).click();
    await draft.getByText('Saved', { exact: true }).waitFor();
    await draft.getByRole('note').waitFor({ state: 'detached' });
    await draft.getByRole('button', { name: 'Copy' }).click();
    await draft.getByText('Copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const gmail = new URL((await draft.getByRole('link', { name: /Open in Gmail/ }).getAttribute('href'))!);
    await page.getByRole('button', { name: /I sent it/ }).click();
    await page.getByText('Sent', { exact: true }).waitFor();
    const { drafts } = await (await pages.server.request('/api/drafts', { cookie })).json();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: /^Delete draft/ }).click();
    await page.getByText('No drafts yet.').waitFor();

    expect(flagged).toContain(unsupported);
    expect(evidence).toContain('Built TypeScript services on PostgreSQL at Northwind.');
    expect(copied).toBe('Subject: Backend Engineer role: TypeScript and PostgreSQL\n\nHello Dana,\n\nI built TypeScript services on PostgreSQL at Northwind.\n\nBest regards');
    expect(Object.fromEntries(gmail.searchParams)).toEqual({
      view: 'cm',
      fs: '1',
      to: 'dana@acme.example',
      su: 'Backend Engineer role: TypeScript and PostgreSQL',
      body: 'Hello Dana,\n\nI built TypeScript services on PostgreSQL at Northwind.\n\nBest regards',
    });
    expect(drafts).toEqual([expect.objectContaining({ subject: 'Backend Engineer role: TypeScript and PostgreSQL', flaggedClaims: [], status: 'sent' })]);
  });
});
