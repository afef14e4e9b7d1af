import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, openSignedIn, saveScreenshot } from './test-browser.ts';

describe.skipIf(!chromiumInstalled)('the app on a phone and from the keyboard', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    await server?.close();
  });

  it('fits every page into 375 pixels without scrolling sideways', async () => {
    const { cookie, user } = await server.signUp();
    await seedApplications(server.handle.db, user.id, [
      { company: 'Acme Robotics', title: 'Senior Backend Engineer (TypeScript)', status: 'applied', group: 'Berlin' },
      { company: 'Globex', title: 'Backend Developer, Node.js', status: 'saved', group: 'Remote' },
    ]);
    const page = await openSignedIn(browser, { url: `${server.url}/chat`, cookie, viewport: { width: 375, height: 740 } });
    pages.push(page);

    const overflowing: string[] = [];
    for (const [path, heading] of [
      ['/chat', 'What are you looking for?'],
      ['/pipeline', 'Pipeline'],
      ['/tasks', 'Tasks'],
      ['/jobs', 'Jobs'],
      ['/cv', 'CV'],
      ['/drafts', 'Drafts'],
      ['/resumes', 'Résumés'],
      ['/practice', 'Interview practice'],
      ['/settings', 'Settings'],
    ] as const) {
      await page.goto(server.url + path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await saveScreenshot(page, `phone${path.replace('/', '-')}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) overflowing.push(`${path} is ${width}px wide`);
    }

    expect(overflowing).toEqual([]);
  });

  it('shows every section of the navigation on a 390-pixel phone, Settings included', async () => {
    const { cookie } = await server.signUp();
    const page = await openSignedIn(browser, { url: `${server.url}/chat`, cookie, viewport: { width: 390, height: 844 } });
    pages.push(page);
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    await links.first().waitFor();

    const outOfView: string[] = [];
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      if (box.x < 0 || box.x + box.width > 390) outOfView.push(`${await link.textContent()} at ${box.x}–${box.x + box.width}`);
    }
    await links.filter({ hasText: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await saveScreenshot(page, 'phone-navigation');

    expect(await links.count()).toBe(13);
    expect(outOfView).toEqual([]);
  });

  it('moves an application on the board with the keyboard alone, with a visible focus ring', async () => {
    const { cookie, user } = await server.signUp();
    await seedApplications(server.handle.db, user.id, [{ company: 'Acme Robotics', title: 'Senior Backend Engineer', status: 'saved' }]);
    const page = await openSignedIn(browser, { url: `${server.url}/pipeline`, cookie });
    pages.push(page);
    const stage = page.getByLabel('Stage of Senior Backend Engineer at Acme Robotics');
    await stage.waitFor();

    // Tab through the page until the card's Stage menu has focus, as a keyboard user would.
    let focusedStage = false;
    for (let presses = 0; presses < 30 && !focusedStage; presses++) {
      await page.keyboard.press('Tab');
      focusedStage = await stage.evaluate((element) => element === document.activeElement);
    }
    const outline = await stage.evaluate((element) => getComputedStyle(element).outlineStyle);
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-status=applied] .application-card').filter({ hasText: 'Acme Robotics' }).waitFor();
    const announced = await page.getByRole('status').filter({ hasText: 'Moved' }).textContent();

    expect(focusedStage).toBe(true);
    expect(outline).toBe('solid');
    expect(announced).toBe('Moved Senior Backend Engineer at Acme Robotics to Applied');
  });
});
