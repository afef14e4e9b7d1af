import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const asBrowser = { headers: { accept: 'text/html,application/xhtml+xml' } };

describe('the browser app', () => {
  it('opens the app at any of its pages, so reloads and shared links work', async () => {
    const responses = await Promise.all(['/', '/chat', '/pipeline', '/chat/some-conversation'].map((path) => server.request(path, asBrowser)));

    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    }
  });

  it('serves its hashed assets cached for a year, under a policy that allows only its own scripts and styles', async () => {
    const page = await (await server.request('/chat', asBrowser)).text();
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(page)![1]!;

    const response = await server.request(script);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/\sstyle=/);
  });

  it('leaves API paths to the API: an unknown one is a 404, never the app page', async () => {
    const response = await server.request('/api/no-such-route', asBrowser);

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<div id="root">');
  });

  it('answers 404 for a missing asset rather than the app page', async () => {
    const response = await server.request('/assets/index-missing.js');

    expect(response.status).toBe(404);
  });

  it('never serves the list of source files a build was made from', async () => {
    const response = await server.request('/.build-inputs.json');

    expect(await response.text()).not.toContain('src/app.tsx');
  });
});
