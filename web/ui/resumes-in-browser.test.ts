import { describe, expect, it } from 'vitest';
import { seedCv, seedJobs } from '../../tools/test-catalogue.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

describe.skipIf(!chromiumInstalled)('the Résumés page in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'resumes-failure' });

  it('tailors a résumé for an application, shows the CV line behind a bullet and the keyword gaps, saves an edit as version 2 and downloads a PDF', async () => {
    const { cookie, user } = await pages.server.signUp();
    await seedCv(pages.server.handle.db, user.id, [
      { section: null, text: 'Amara Okafor' },
      { section: 'Experience', text: 'Ward Sister, Leeds General Infirmary, 2019 – present' },
      { section: 'Experience', text: 'Organised the ward charity bake sale' },
      { section: 'Experience', text: 'Led a team of 22 nurses on a 28-bed acute medical ward' },
      { section: 'Education', text: 'BSc Adult Nursing, University of Leeds, 2012' },
    ]);
    const [job] = await seedJobs(pages.server.handle.db, [
      {
        title: 'Senior Sister – Acute Medicine',
        company: 'Harrowgate NHS Trust',
        description: 'Requirements\n- Lead a team of nurses on an acute medical ward\n- Epic electronic patient record experience',
      },
    ]);
    await seedApplications(pages.server.handle.db, user.id, [{ company: 'Harrowgate NHS Trust', title: 'Senior Sister – Acute Medicine', jobId: job!.id }]);
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/resumes`, cookie }));

    await page.getByRole('button', { name: 'Tailor a résumé' }).click();
    await page.getByRole('heading', { name: 'Résumé, version 1' }).waitFor();
    const firstBullet = page.getByRole('textbox', { name: /^Bullet 1 of/ });
    const first = await firstBullet.inputValue();
    await page.locator('.line-source summary').first().click();
    const source = await page.locator('.line-source blockquote').first().textContent();
    const report = await page.getByRole('region', { name: /Keywords:/ }).textContent();
    await firstBullet.fill('Led 22 nurses on a 28-bed acute medical ward');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('heading', { name: 'Résumé, version 2' }).waitFor();
    const yourWords = await page.locator('.resume-line').first().textContent();
    await saveScreenshot(page, 'resume-editor', { forReadme: true });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download PDF (A4)' }).click();
    const pdf = await download;

    expect(first).toBe('Led a team of 22 nurses on a 28-bed acute medical ward');
    expect(source).toBe('Led a team of 22 nurses on a 28-bed acute medical ward');
    expect(report).toContain('Not in your CV');
    expect(yourWords).toContain('Your words');
    expect(pdf.suggestedFilename()).toMatch(/^Amara-Okafor-.*-v2\.pdf$/);
  });

  it('comes with the application chosen when opened from the board', async () => {
    const { cookie, user } = await pages.server.signUp();
    const [, second] = await seedApplications(pages.server.handle.db, user.id, [
      { company: 'Acme', title: 'Barista' },
      { company: 'Globex', title: 'Café Team Leader' },
    ]);
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/resumes?applicationId=${second!.id}`, cookie }));

    const chosen = page.getByLabel('Application');
    await chosen.waitFor();

    expect(await chosen.inputValue()).toBe(second!.id);
  });
});
