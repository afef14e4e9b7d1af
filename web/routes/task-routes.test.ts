import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { auditActionsOnceLogged } from '../test-audit-log.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const json = (body: unknown) => JSON.stringify(body);

describe('task routes', () => {
  it('adds, completes, reschedules and deletes a task for the signed-in user', async () => {
    const { cookie } = await server.signUp();

    const created = await server.request('/api/tasks', { method: 'POST', cookie, body: json({ title: 'Send portfolio', dueOn: '2030-01-02' }) });
    const { task } = (await created.json()) as { task: { id: string } };
    const completed = await server.request(`/api/tasks/${task.id}`, { method: 'PATCH', cookie, body: json({ done: true }) });
    const rescheduled = await server.request(`/api/tasks/${task.id}`, { method: 'PATCH', cookie, body: json({ done: false, dueOn: '2030-02-03' }) });
    const listed = (await (await server.request('/api/tasks', { cookie })).json()) as { tasks: unknown[] };
    const deleted = await server.request(`/api/tasks/${task.id}`, { method: 'DELETE', cookie });
    const afterwards = (await (await server.request('/api/tasks?show=all', { cookie })).json()) as { tasks: unknown[] };

    expect(created.status).toBe(201);
    expect(await completed.json()).toMatchObject({ task: { state: 'done' } });
    expect(await rescheduled.json()).toMatchObject({ task: { state: 'upcoming', dueOn: '2030-02-03', doneAt: null } });
    expect(listed.tasks).toEqual([expect.objectContaining({ id: task.id, title: 'Send portfolio' })]);
    expect(deleted.status).toBe(204);
    expect(afterwards.tasks).toEqual([]);
  });

  it('answers 400 naming the field for a bad day, and 401 without a session', async () => {
    const { cookie } = await server.signUp();

    const badDay = await server.request('/api/tasks', { method: 'POST', cookie, body: json({ title: 'x', dueOn: 'next Tuesday' }) });
    const anonymous = await server.request('/api/tasks');

    expect(badDay.status).toBe(400);
    expect(await badDay.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path: 'dueOn' })] } });
    expect(anonymous.status).toBe(401);
  });

  it('dismisses a suggestion for good, in the audit log, and refuses a key that was never offered', async () => {
    const { cookie, user } = await server.signUp();
    await seedApplications(server.handle.db, user.id, [{ company: 'Initech', title: 'Analyst', status: 'applied', updatedAt: new Date(Date.now() - 20 * 86_400_000) }]);
    const { suggestions } = (await (await server.request('/api/tasks', { cookie })).json()) as { suggestions: { key: string; kind: string }[] };

    const dismissed = await server.request(`/api/tasks/suggestions/${encodeURIComponent(suggestions[0]!.key)}/dismiss`, { method: 'POST', cookie });
    const invented = await server.request('/api/tasks/suggestions/nudge%3Amade-up/dismiss', { method: 'POST', cookie });
    const after = (await (await server.request('/api/tasks', { cookie })).json()) as { suggestions: unknown[] };
    const logged = await auditActionsOnceLogged(server, cookie, ['dismissTaskSuggestion']);

    expect(suggestions.map((suggestion) => suggestion.kind)).toEqual(['nudge']);
    expect(dismissed.status).toBe(204);
    expect(invented.status).toBe(404);
    expect(after.suggestions).toEqual([]);
    expect(logged).toContain('dismissTaskSuggestion');
  });
});
