import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationStatusHistory } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe.skipIf(!chromiumInstalled)('the Insights page in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'insights-failure' });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('draws each chart with its numbers as a table and a PNG to download, at $width px', async (viewport) => {
    const { cookie, user } = await pages.server.signUp();
    const seeded = await seedApplications(pages.server.handle.db, user.id, [
      { company: 'Kestrel', title: 'Product Designer', status: 'interviewing', group: 'Product' },
      { company: 'Fjord', title: 'UX Designer', status: 'applied', group: 'Design' },
      { company: 'Lumen', title: 'Designer', status: 'saved', group: 'Design' },
    ]);
    await withUser(pages.server.handle.db, user.id, (tx) =>
      tx.insert(applicationStatusHistory).values([
        { applicationId: seeded[0]!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(9) },
        { applicationId: seeded[0]!.id, fromStatus: 'applied', toStatus: 'interviewing', actor: 'web', changedAt: daysAgo(4) },
        { applicationId: seeded[1]!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(2) },
      ]),
    );
    const policyViolations: string[] = [];
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/insights`, cookie, viewport }));
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await page.getByRole('img', { name: /How far applications got/ }).waitFor();

    const funnel = page.getByRole('region', { name: 'How far applications got' });
    await funnel.getByText('Show as a table').click();
    const rows = await funnel.getByRole('row').allTextContents();
    const download = page.waitForEvent('download');
    await funnel.getByRole('button', { name: 'Download PNG' }).click();
    const png = readFileSync(await (await download).path());
    await saveScreenshot(page, `insights-${viewport.width}`, { forReadme: true });
    const charts = await page.locator('canvas').count();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);

    expect(charts).toBe(5);
    expect(rows).toEqual(['Applications', 'Saved3', 'Applied2', 'Interviewing1', 'Offer0', 'Accepted0']);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2_000);
    expect(policyViolations).toEqual([]);
    expect(width).toBeLessThanOrEqual(viewport.width);
  });
});
