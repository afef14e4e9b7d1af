import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const openSources = { remotive: false, arbeitnow: false, themuse: false, remoteok: false, himalayas: false, jobicy: false, hackernews: false };
const credentials = { appId: 'app-91ac', appKey: 'adzuna-user-key-5e0c71', country: 'gb' };

let stub: HttpStub;
let server: TestServer;
let withoutKeys: TestServer;
beforeAll(async () => {
  stub = await startHttpStub();
  const environment = { ADZUNA_API_URL: `${stub.url}/adzuna`, ATLAS_ALLOW_PRIVATE_FETCH: 'true' };
  server = await startTestServer({ environment: { ...environment, ATLAS_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` } });
  withoutKeys = await startTestServer({ environment });
});
afterAll(async () => {
  await server.close();
  await withoutKeys.close();
  await stub.close();
});

const json = (body: unknown) => JSON.stringify(body);

async function finished(cookie: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { discovery } = await (await server.request('/api/discovery', { cookie })).json();
    if (discovery.state === 'idle' && discovery.finishedAt) return discovery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('discovery did not finish');
}

describe('keyed job sources', () => {
  it("saves the user's own key encrypted, never answers it back, searches with it, and forgets it on removal", async () => {
    const { cookie, user } = await server.signUp();
    const used: (string | null)[] = [];
    stub.on('/adzuna/v1/api/jobs/gb/search/1', (url) => {
      used.push(url.searchParams.get('app_key'));
      const body = freshBoardFixture<{ results: { id: string }[] }>('adzuna-search.json');
      for (const job of body.results) job.id = `${job.id}${Math.floor(Math.random() * 1e9)}`;
      return { body };
    });

    const before = await (await server.request('/api/discovery', { cookie })).json();
    const saved = await server.request('/api/discovery/keys/adzuna', { method: 'PUT', cookie, body: json({ credentials }) });
    const savedText = await saved.text();
    const stored = (await server.handle.db.execute(sql`select credentials_encrypted from job_source_keys where user_id = ${user.id}`)) as unknown as {
      rows: { credentials_encrypted: string }[];
    };
    await server.request('/api/profile', { method: 'PUT', cookie, body: json({ targetRoles: ['Backend Engineer'] }) });
    await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: true, enabled: openSources }) });
    await server.request('/api/discovery/run', { method: 'POST', cookie });
    const discovery = await finished(cookie);
    const removed = await (await server.request('/api/discovery/keys/adzuna', { method: 'DELETE', cookie })).json();
    // Audit entries are written once a response has finished: read until the removal's is there.
    let audit = '';
    for (let attempt = 0; attempt < 50 && !audit.includes('removeJobSourceKey'); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      audit = await (await server.request('/api/audit', { cookie })).text();
    }

    expect(before.discovery.sources.find((source: { source: string }) => source.source === 'adzuna')).toMatchObject({ enabled: false, key: { savedAt: null } });
    expect(saved.status).toBe(200);
    expect(savedText).not.toContain(credentials.appKey);
    expect(JSON.parse(savedText).discovery.sources.find((source: { source: string }) => source.source === 'adzuna')).toMatchObject({ enabled: true, key: { savedAt: expect.any(String) } });
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.credentials_encrypted).toMatch(/^v1:k1:/);
    expect(stored.rows[0]!.credentials_encrypted).not.toContain(credentials.appKey);
    expect(used).toEqual([credentials.appKey]);
    expect(discovery.report.sources.find((source: { source: string }) => source.source === 'adzuna')).toMatchObject({ state: 'done', found: 3, added: 3, skipped: 2, failure: null });
    expect(JSON.stringify(discovery)).not.toContain(credentials.appKey);
    expect(audit).toContain('saveJobSourceKey');
    expect(audit).toContain('removeJobSourceKey');
    expect(audit).not.toContain(credentials.appKey);
    expect(removed.discovery.sources.find((source: { source: string }) => source.source === 'adzuna')).toMatchObject({ enabled: false, key: { savedAt: null } });
  });

  it('refuses credentials of the wrong shape, a service that takes no key, and saving without ATLAS_ENCRYPTION_KEYS', async () => {
    const { cookie } = await server.signUp();
    const other = await withoutKeys.signUp();

    const wrong = await server.request('/api/discovery/keys/adzuna', { method: 'PUT', cookie, body: json({ credentials: { ...credentials, country: 'Britain' } }) });
    const unknown = await server.request('/api/discovery/keys/remotive', { method: 'PUT', cookie, body: json({ credentials }) });
    const unconfigured = await withoutKeys.request('/api/discovery/keys/adzuna', { method: 'PUT', cookie: other.cookie, body: json({ credentials }) });
    const status = await (await withoutKeys.request('/api/discovery', { cookie: other.cookie })).json();

    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(404);
    expect(unconfigured.status).toBe(503);
    expect((await unconfigured.json()).error).toMatchObject({ code: 'keys_not_configured', message: expect.stringMatching(/ATLAS_ENCRYPTION_KEYS/) });
    expect(status.discovery.keysCanBeSaved).toBe(false);
  });
});
