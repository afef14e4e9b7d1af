import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let stub: HttpStub;
let server: TestServer;
beforeAll(async () => {
  stub = await startHttpStub();
  server = await startTestServer({ environment: { REMOTIVE_API_URL: stub.url, ARBEITNOW_API_URL: `${stub.url}/arbeitnow`, ATLAS_ALLOW_PRIVATE_FETCH: 'true' } });
});
afterAll(async () => {
  await server.close();
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

describe('discovery routes', () => {
  it('runs nothing without consent, and refuses to start without it', async () => {
    const { cookie } = await server.signUp();

    const status = await (await server.request('/api/discovery', { cookie })).json();
    const run = await server.request('/api/discovery/run', { method: 'POST', cookie });
    const refused = await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: false }) });

    expect(status.discovery).toMatchObject({ consented: false, state: 'idle', report: null });
    expect(status.discovery.sources.map((source: { source: string }) => source.source)).toEqual(['remotive', 'arbeitnow']);
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
    await server.request('/api/profile', { method: 'PUT', cookie, body: json({ targetRoles: [role] }) });

    const consent = await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: true }) });
    const started = await server.request('/api/discovery/run', { method: 'POST', cookie });
    const discovery = await finished(cookie);

    expect(consent.status).toBe(200);
    expect(started.status).toBe(202);
    expect(searched).toEqual([role]);
    expect(discovery.report).toMatchObject({
      searchedFor: [role],
      sources: [
        { source: 'remotive', state: 'done', found: 2, added: 2, failure: null },
        { source: 'arbeitnow', state: 'failed', found: 0, added: 0, failure: expect.stringMatching(/^Arbeitnow: answered HTTP 500/) },
      ],
    });
  });

  it('skips a source the user turned off, and forgets everything on withdrawal', async () => {
    const { cookie } = await server.signUp();
    stub.on('/api/remote-jobs', { body: { jobs: [] } });
    stub.requests.length = 0;

    await server.request('/api/discovery', { method: 'PUT', cookie, body: json({ consent: true, enabled: { arbeitnow: false } }) });
    await server.request('/api/discovery/run', { method: 'POST', cookie });
    const discovery = await finished(cookie);
    const withdrawn = await server.request('/api/discovery', { method: 'DELETE', cookie });
    const after = await (await server.request('/api/discovery', { cookie })).json();

    expect(discovery.sources).toMatchObject([{ source: 'remotive', enabled: true }, { source: 'arbeitnow', enabled: false }]);
    expect(discovery.report.sources).toMatchObject([{ source: 'remotive', state: 'done' }, { source: 'arbeitnow', state: 'off' }]);
    expect(stub.requests.some((request) => request.pathname.includes('job-board-api'))).toBe(false);
    expect(withdrawn.status).toBe(204);
    expect(after.discovery).toMatchObject({ consented: false, report: null });
  });
});
