import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobs } from '../../tools/test-catalogue.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function json(body: unknown) {
  return { body: JSON.stringify(body) };
}

describe('/api/applications', () => {
  it('lists only the signed-in user’s pipeline, filtered by status', async () => {
    const { cookie, user } = await server.signUp();
    await seedApplications(server.handle.db, user.id, [
      { company: 'Acme', title: 'Backend Engineer', status: 'applied' },
      { company: 'Globex', title: 'Platform Engineer', status: 'saved' },
    ]);
    const someoneElse = await server.signUp();
    await seedApplications(server.handle.db, someoneElse.user.id, [{ company: 'Initech', title: 'SRE', status: 'applied' }]);

    const all = await (await server.request('/api/applications', { cookie })).json();
    const applied = await (await server.request('/api/applications?status=applied', { cookie })).json();

    expect(all.applications.map((application: { company: string }) => application.company).sort()).toEqual(['Acme', 'Globex']);
    expect(applied).toMatchObject({ total: 1, applications: [{ company: 'Acme' }] });
  });

  it('saves a catalogue job once: a second save returns the application already there', async () => {
    const { cookie } = await server.signUp();
    const [job] = await seedJobs(server.handle.db, [{ title: 'TypeScript Engineer', company: 'Umbrella', url: 'https://jobs.example/umbrella' }]);

    const first = await server.request('/api/applications', { method: 'POST', cookie, ...json({ jobId: job!.id, group: 'Berlin' }) });
    const second = await server.request('/api/applications', { method: 'POST', cookie, ...json({ jobId: job!.id }) });

    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      created: true,
      application: { jobId: job!.id, company: 'Umbrella', title: 'TypeScript Engineer', group: 'Berlin', status: 'saved' },
    });
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ created: false, application: { group: 'Berlin' } });
  });

  it('moves an application and keeps its status history, made from the web', async () => {
    const { cookie, user } = await server.signUp();
    const [application] = await seedApplications(server.handle.db, user.id, [{ company: 'Acme', title: 'Backend Engineer' }]);

    const moved = await server.request(`/api/applications/${application!.id}`, {
      method: 'PATCH',
      cookie,
      ...json({ status: 'interviewing', notes: 'Call with Dana on Tuesday' }),
    });
    const history = await (await server.request(`/api/applications/${application!.id}/history`, { cookie })).json();

    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ statusChanged: true, application: { status: 'interviewing', notes: 'Call with Dana on Tuesday' } });
    expect(history).toEqual({ history: [{ fromStatus: 'saved', toStatus: 'interviewing', actor: 'web', changedAt: expect.any(String) }] });
  });

  it('treats another user’s application as not found, for moves and history alike', async () => {
    const owner = await server.signUp();
    const [application] = await seedApplications(server.handle.db, owner.user.id, [{ company: 'Acme', title: 'Backend Engineer' }]);
    const { cookie } = await server.signUp();

    const move = await server.request(`/api/applications/${application!.id}`, { method: 'PATCH', cookie, ...json({ status: 'offer' }) });
    const history = await server.request(`/api/applications/${application!.id}/history`, { cookie });

    expect(move.status).toBe(404);
    expect(history.status).toBe(404);
  });

  it('refuses a status the pipeline does not have, naming the field', async () => {
    const { cookie, user } = await server.signUp();
    const [application] = await seedApplications(server.handle.db, user.id, [{ company: 'Acme', title: 'Backend Engineer' }]);

    const response = await server.request(`/api/applications/${application!.id}`, { method: 'PATCH', cookie, ...json({ status: 'hired' }) });

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual([expect.objectContaining({ path: 'status' })]);
  });

  it('answers 401 without a session', async () => {
    const response = await server.request('/api/applications');

    expect(response.status).toBe(401);
  });
});
