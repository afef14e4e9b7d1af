import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';
import { chromiumInstalled, launchChromium } from './ui/test-browser.ts';

describe.skipIf(!chromiumInstalled)('the sign-in page in a browser', () => {
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

  it('creates an account, stays signed in across a reload, and signs out', async () => {
    const page = await browser.newPage();
    const email = `${crypto.randomUUID()}@example.test`;
    await page.goto(server.url);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('violet-harbour-lantern-42');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    const shown = await page.textContent('#user-email');
    await page.reload();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    const cookies = await page.context().cookies();
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.getByRole('button', { name: 'Create account' }).waitFor();

    expect(shown).toBe(email);
    expect(cookies.map((cookie) => cookie.name)).toEqual(['atlas_session']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.context().cookies()).toEqual([]);
  });

  it('shows why a weak password is refused', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);

    await page.getByLabel('Email').fill(`${crypto.randomUUID()}@example.test`);
    await page.getByLabel('Password').fill('password1');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForFunction(() => document.querySelector('#auth-error')?.textContent !== '');

    expect(await page.textContent('#auth-error')).toMatch(/stronger password/);
  });

  it('refuses the email’s own name plus a year, saying why in plain sentences', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);

    await page.getByLabel('Email').fill(`quentin.brackley.${crypto.randomUUID().slice(0, 6)}@example.test`);
    await page.getByLabel('Password').fill('Quentinbrackley2024');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForFunction(() => document.querySelector('#auth-error')?.textContent !== '');
    const refusal = (await page.textContent('#auth-error'))!;

    expect(refusal).toMatch(/stronger password/);
    expect(refusal).toMatch(/personal/i);
    for (const key of ['userInputs', 'similarToCommon', 'topTen', 'extendedRepeat']) expect(refusal).not.toContain(key);
    expect(refusal).not.toMatch(/password: common/);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('says so when the user cancels Google sign-in', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?signin=cancelled`);

    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Google sign-in was cancelled/);
    expect(await page.getByRole('link', { name: 'Continue with Google' }).getAttribute('href')).toBe('/api/auth/google');
  });
});
