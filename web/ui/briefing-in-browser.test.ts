import { describe, expect, it } from 'vitest';
import { tasks } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { chromiumInstalled, openSignedIn, saveScreenshot } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe.skipIf(!chromiumInstalled)('the Briefing page in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'briefing-failure' });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])("writes this week's briefing, reads it and deletes it at $width px", async (viewport) => {
    const { cookie, user } = await pages.server.signUp();
    await seedApplications(pages.server.handle.db, user.id, [{ company: 'Initech Corporation International', title: 'Principal Platform Reliability Engineer', status: 'applied', updatedAt: daysAgo(20) }]);
    const today = new Date().toISOString().slice(0, 10);
    await withUser(pages.server.handle.db, user.id, (tx) => tx.insert(tasks).values({ title: 'Call Dana', dueOn: today }));
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/briefing`, cookie, viewport }));
    await page.getByRole('heading', { level: 1, name: 'Briefing' }).waitFor();
    await page.getByText('No briefing yet.').waitFor();

    await page.getByRole('button', { name: 'Write this week’s briefing now' }).click();
    const briefing = page.getByTestId('briefing');
    await briefing.getByText('1 application has not moved for 14 days or more: Principal Platform Reliability Engineer at Initech Corporation International, applied for 20 days.').waitFor();
    await briefing.getByText('1 task is due this week: Call Dana', { exact: false }).waitFor();
    await saveScreenshot(page, `briefing-${viewport.width}`, { forReadme: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);

    page.once('dialog', (dialog) => void dialog.accept());
    await briefing.getByRole('button', { name: /^Delete the briefing/ }).click();
    await page.getByText('No briefing yet.').waitFor();
    const stored = (await (await pages.server.request('/api/briefings', { cookie })).json()) as { briefings: unknown[] };

    expect(width).toBeLessThanOrEqual(viewport.width);
    expect(stored.briefings).toEqual([]);
  });

  it('finds a time zone by part of its name, saves it, and shows it after a reload', async () => {
    const { cookie } = await pages.server.signUp();
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/briefing`, cookie }));
    await page.getByText('Written at 07:00 on Mondays, UTC time.').waitFor();

    const picker = page.getByRole('form', { name: 'Briefing time zone' });
    const field = picker.getByLabel('Time zone');
    await field.fill('Buenos');
    // The list the field searches: every zone, each with its offset now, this device's own first.
    const offered = await field.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((option) => ({ value: option.value, label: option.label })));
    await field.fill('America/Argentina/Buenos_Aires');
    await picker.getByRole('button', { name: 'Save time zone' }).click();
    await page.getByText('Written at 07:00 on Mondays, America/Argentina/Buenos_Aires time.').waitFor();
    await page.reload();
    await page.getByText('Written at 07:00 on Mondays, America/Argentina/Buenos_Aires time.').waitFor();
    const shown = await page.getByRole('form', { name: 'Briefing time zone' }).getByLabel('Time zone').inputValue();
    const stored = (await (await pages.server.request('/api/briefings', { cookie })).json()) as { timeZone: string };
    const unknown = await pages.server.request('/api/briefings/time-zone', { method: 'PUT', cookie, body: JSON.stringify({ timeZone: 'America/Atlantis' }) });
    const afterUnknown = (await (await pages.server.request('/api/briefings', { cookie })).json()) as { timeZone: string };

    expect(offered.length).toBeGreaterThan(400);
    expect(offered[0]).toEqual({ value: expect.any(String), label: expect.stringMatching(/^Use this device's time zone: .+ \(UTC[+-]\d\d:\d\d\)$/) });
    expect(offered).toContainEqual({ value: 'America/Argentina/Buenos_Aires', label: 'America/Argentina/Buenos_Aires (UTC-03:00)' });
    expect(offered).toContainEqual({ value: 'Europe/Berlin', label: expect.stringMatching(/^Europe\/Berlin \(UTC\+0[12]:00\)$/) });
    expect(shown).toBe('America/Argentina/Buenos_Aires');
    expect(stored.timeZone).toBe('America/Argentina/Buenos_Aires');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Not a time zone');
    expect(afterUnknown.timeZone).toBe('America/Argentina/Buenos_Aires');
  });
});
