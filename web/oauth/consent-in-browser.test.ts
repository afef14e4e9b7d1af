import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, saveScreenshot } from '../ui/test-browser.ts';

describe.skipIf(!chromiumInstalled)('the OAuth consent screen in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let callbackServer: Server;
  let callbackUrl: string;
  const callbacks: URL[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    // Stands in for the MCP client's loopback listener, which receives the browser after consent.
    callbackServer = createServer((request, response) => {
      callbacks.push(new URL(request.url!, callbackUrl));
      response.end('You can close this window.');
    });
    await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(callbackServer.address() as AddressInfo).port}/callback`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => callbackServer?.close(() => resolve()));
    await server?.close();
  });

  it('brings a user who signs in at the consent step back to the consent screen, not to Chat', async () => {
    const password = 'violet-harbour-lantern-42';
    const { user } = await server.signUp({ password });
    const registered = await (
      await fetch(`${server.url}/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_name: 'Returning Agent', redirect_uris: [callbackUrl] }),
      })
    ).json();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: registered.client_id,
      redirect_uri: callbackUrl,
      code_challenge: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url'),
      code_challenge_method: 'S256',
      scope: 'read',
      state: 'return-state',
      resource: `${server.url}/mcp`,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);

    try {
      await page.goto(`${server.url}/authorize?${query}`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/authorize');

      expect(new URL(page.url()).searchParams.get('state')).toBe('return-state');
      expect(await page.getByRole('heading').textContent()).toBe('Connect Returning Agent to Atlas?');
    } catch (error) {
      await saveScreenshot(page, 'oauth-return-failure');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('never follows a return address to another site after signing in', async () => {
    const password = 'violet-harbour-lantern-42';
    const { user } = await server.signUp({ password });
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);

    try {
      await page.goto(`${server.url}/?return_to=${encodeURIComponent('//evil.example/authorize')}`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });

      expect(new URL(page.url()).origin).toBe(server.url);
    } finally {
      await context.close();
    }
  });

  it('shows the signed-in user what the app asks for, and on Allow sends the browser to the app with a code that exchanges', async () => {
    const { cookie } = await server.signUp();
    const registered = await (
      await fetch(`${server.url}/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_name: 'Browser Agent', redirect_uris: [callbackUrl] }),
      })
    ).json();
    const verifier = randomBytes(32).toString('base64url');
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: registered.client_id,
      redirect_uri: callbackUrl,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      scope: 'read write',
      state: 'browser-state',
      resource: `${server.url}/mcp`,
    });
    const context = await browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);

    try {
      await page.goto(`${server.url}/authorize?${query}`);
      const heading = await page.getByRole('heading').textContent();
      const writeBox = page.getByRole('checkbox');
      const writeTicked = await writeBox.isChecked();
      await saveScreenshot(page, 'oauth-consent');
      await page.getByRole('button', { name: 'Allow' }).click();
      await page.waitForURL((url) => url.href.startsWith(callbackUrl));

      const [callback] = callbacks;
      const exchanged = await fetch(`${server.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: registered.client_id,
          code: callback!.searchParams.get('code')!,
          code_verifier: verifier,
          redirect_uri: callbackUrl,
        }).toString(),
      });

      expect(heading).toBe('Connect Browser Agent to Atlas?');
      expect(writeTicked).toBe(true);
      expect(callback!.searchParams.get('state')).toBe('browser-state');
      expect(exchanged.status).toBe(200);
      expect((await exchanged.json()).scope).toBe('read write');
    } catch (error) {
      await saveScreenshot(page, 'oauth-consent-failure');
      throw error;
    } finally {
      await context.close();
    }
  });
});
