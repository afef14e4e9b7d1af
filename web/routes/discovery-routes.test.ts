import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let stub: HttpStub;
let server: TestServer;
beforeAll(async () => {
  stub = await startHttpStub();
  server = await startTestServer({
    environment: {
      REMOTIVE_API_URL: stub.url,
      ARBEITNOW_API_URL: `${stub.url}/arbeitnow`,
      THEMUSE_API_URL: `${stub.url}/themuse`,
      REMOTEOK_API_URL: `${stub.url}/remoteok`,
      HIMALAYAS_API_URL: `${stub.url}/himalayas`,
      JOBICY_API_URL: `${stub.url}/jobicy`,
      HN_SEARCH_API_URL: `${stub.url}/hackernews`,
      ATLAS_ALLOW_PRIVATE_FETCH: 'true',
    },
  });
});
afterAll(async () => {
  await server.close();
  await stub.close();
});

const json = (body: unknown) => JSON.stringify(body);
/** A number no other run has used, as a source's posting id. */
const freshId = () => String(Math.floor(Math.random() * 1e9) + 1e9);

async function finished(cookie: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { discovery } = await (await server.request('/api/discovery', { cookie })).json();
    if (discovery.state === 'idle' && discovery.finishedAt) return discovery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('discovery did not finish');
}

describe('discovery routes', () => {
  it('runs nothing without consent, and refuses to start without it', async () => {
    const { cookie } = await server.signUp();

    const status = await (await server.request('/api/discovery', { cookie })).json();
    const run = await server.request('/api/discovery/run', { method: 'POST', cookie });
    const refused = await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: false }) });

    expect(status.discovery).toMatchObject({ consented: false, state: 'idle', report: null });
    expect(status.discovery.sources.map((source: { source: string }) => source.source)).toEqual(['remotive', 'arbeitnow', 'themuse', 'remoteok', 'himalayas', 'jobicy', 'hackernews', 'adzuna', 'usajobs', 'reed', 'jooble']);
    expect(run.status).toBe(400);
    expect(refused.status).toBe(400);
  });

  it("searches each enabled source for the profile's roles, adds what it finds, and reports a failing source without stopping", async () => {
    const { cookie } = await server.signUp();
    const role = `Zephyrologist ${Date.now()}`;
    const searched: string[] = [];
    stub.on('/api/remote-jobs', (url) => {
      searched.push(url.searchParams.get('search') ?? '');
      const body = freshBoardFixture<{ jobs: { id: number; title: string }[] }>('remotive-search.json');
      for (const job of body.jobs) job.id += Math.floor(Math.random() * 1e6) * 10;
      return { body };
    });
    stub.on('/arbeitnow/api/job-board-api', { status: 500 });
    // The Muse cannot search: one of its recorded newest jobs renamed to the role, another malformed (no landing page); the page after is empty.
    stub.on(
      '/themuse/api/public/jobs',
      () => ({ body: freshBoardFixture('themuse-jobs-page.json', { 'Licensed Practical Nurse (LPN) - Sign On Bonus': role, '21438954': freshId() }) }),
      { body: { page: 2, page_count: 24958, results: [] } },
    );
    // RemoteOK lists its newest jobs: a recorded one renamed to the role; its legal notice is no job and no failure.
    stub.on('/remoteok/api', () => ({ body: freshBoardFixture('remoteok-api.json', { 'Software Engineer': role, '1059244': freshId() }) }));
    // Himalayas answers with something that is not its jobs list: reported as failed, the others go on.
    stub.on('/himalayas/jobs/api', { body: '<html>Just a moment…</html>' });
    const tagged: string[] = [];
    stub.on('/jobicy/api/v2/remote-jobs', (url) => {
      tagged.push(url.searchParams.get('tag') ?? '');
      return { body: freshBoardFixture('jobicy-remote-jobs.json', { '113597': freshId(), '74847': freshId() }) };
    });
    // Hacker News: the month's thread, one of whose postings names the role in its heading.
    stub.on('/hackernews/api/v1/search_by_date', { body: freshBoardFixture('hackernews-whoishiring-search.json') });
    stub.on('/hackernews/api/v1/items/46100000', () => ({ body: freshBoardFixture('hackernews-whoishiring-thread.json', { 'Data Analyst, Analytics Engineer': `${role}, Analytics Engineer`, '46100233': freshId() }) }));
    await server.request('/api/profile', { method: 'PUT', cookie, body: json({ targetRoles: [role] }) });

    const consent = await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: true }) });
    const started = await server.request('/api/discovery/run', { method: 'POST', cookie });
    const discovery = await finished(cookie);

    expect(consent.status).toBe(200);
    expect(started.status).toBe(202);
    expect(searched).toEqual([role]);
    expect(tagged).toEqual([role.toLowerCase()]);
    expect(discovery.report).toMatchObject({
      searchedFor: [role],
      sources: [
        { source: 'remotive', state: 'done', found: 2, added: 2, skipped: 1, failure: null },
        { source: 'arbeitnow', state: 'failed', found: 0, added: 0, failure: expect.stringMatching(/^Arbeitnow: answered HTTP 500/) },
        { source: 'themuse', state: 'done', found: 1, added: 1, skipped: 1, failure: null },
        { source: 'remoteok', state: 'done', found: 1, added: 1, skipped: 1, failure: null },
        { source: 'himalayas', state: 'failed', found: 0, added: 0, failure: 'Himalayas: answered with a body that is not JSON' },
        { source: 'jobicy', state: 'done', found: 2, added: 2, skipped: 1, failure: null },
        { source: 'hackernews', state: 'done', found: 1, added: 1, skipped: 1, failure: null },
      ],
    });
  });

  it('skips a source the user turned off, and forgets everything on withdrawal', async () => {
    const { cookie } = await server.signUp();
    stub.on('/api/remote-jobs', { body: { jobs: [] } });
    stub.requests.length = 0;

    await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: true, enabled: { arbeitnow: false, themuse: false, remoteok: false, himalayas: false, jobicy: false, hackernews: false } }) });
    await server.request('/api/discovery/run', { method: 'POST', cookie });
    const discovery = await finished(cookie);
    const withdrawn = await server.request('/api/discovery', { method: 'DELETE', cookie });
    const after = await (await server.request('/api/discovery', { cookie })).json();

    expect(discovery.sources).toMatchObject([
      { source: 'remotive', enabled: true },
      { source: 'arbeitnow', enabled: false },
      { source: 'themuse', enabled: false },
      { source: 'remoteok', enabled: false },
      { source: 'himalayas', enabled: false },
      { source: 'jobicy', enabled: false },
      { source: 'hackernews', enabled: false },
      // A keyed source is searched only once the user saved a key of their own (discovery-keys.test.ts).
      { source: 'adzuna', enabled: false, key: { savedAt: null } },
      { source: 'usajobs', enabled: false, key: { savedAt: null } },
      { source: 'reed', enabled: false, key: { savedAt: null } },
      { source: 'jooble', enabled: false, key: { savedAt: null } },
    ]);
    expect(discovery.report.sources).toMatchObject([
      { source: 'remotive', state: 'done' },
      { source: 'arbeitnow', state: 'off' },
      { source: 'themuse', state: 'off' },
      { source: 'remoteok', state: 'off' },
      { source: 'himalayas', state: 'off' },
      { source: 'jobicy', state: 'off' },
      { source: 'hackernews', state: 'off' },
    ]);
    expect(stub.requests.filter((request) => request.pathname !== '/api/remote-jobs')).toEqual([]);
    expect(withdrawn.status).toBe(204);
    expect(after.discovery).toMatchObject({ consented: false, report: null });
  });
});
