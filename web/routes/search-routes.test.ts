import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobs } from '../../tools/test-catalogue.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('search routes', () => {
  it('searches jobs with filters from the query string and keeps the search in the history', async () => {
    const { cookie } = await server.signUp();
    const company = `Quillon ${randomUUID().slice(0, 8)}`;
    await seedJobs(server.handle.db, [
      { company, title: 'Site Reliability Engineer', description: 'On-call for Kubernetes clusters.', workplaceType: 'remote' },
      { company, title: 'Site Reliability Engineer', description: 'Kubernetes in our Paris office.', workplaceType: 'onsite' },
    ]);

    const response = await server.request(`/api/jobs/search?q=reliability+engineer&remoteOnly=true&company=${encodeURIComponent(company)}`, { cookie });
    const body = (await response.json()) as { jobs: { workplaceType: string }[]; searchId: string };
    const history = await server.request('/api/searches', { cookie });

    expect(response.status).toBe(200);
    expect(body.jobs.map((job) => job.workplaceType)).toEqual(['remote']);
    expect(await history.json()).toMatchObject({
      searches: [{ id: body.searchId, query: 'reliability engineer', filters: { remoteOnly: true, company }, resultCount: 1, actor: 'web' }],
    });
  });

  it('answers 400 naming the filter that is wrong', async () => {
    const { cookie } = await server.signUp();

    const response = await server.request('/api/jobs/search?q=designer&postedWithinDays=soon', { cookie });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path: 'postedWithinDays' })] } });
  });

  it("deletes a search from the user's own history only", async () => {
    const alice = await server.signUp();
    const bob = await server.signUp();
    const searched = await server.request('/api/jobs/search?q=nurse', { cookie: alice.cookie });
    const { searchId } = (await searched.json()) as { searchId: string };

    const bobsAttempt = await server.request(`/api/searches/${searchId}`, { method: 'DELETE', cookie: bob.cookie });
    const alicesDelete = await server.request(`/api/searches/${searchId}`, { method: 'DELETE', cookie: alice.cookie });
    const after = await server.request('/api/searches', { cookie: alice.cookie });

    expect(bobsAttempt.status).toBe(404);
    expect(alicesDelete.status).toBe(204);
    expect(await after.json()).toEqual({ searches: [] });
  });

  it('asks for sign-in before searching', async () => {
    const response = await server.request('/api/jobs/search?q=engineer');

    expect(response.status).toBe(401);
  });
});
