import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../db/with-user.ts';
import { tasks } from '../../db/schema.ts';
import { auditActionsOnceLogged } from '../test-audit-log.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
// Monday 14 December 2026, 10:00 UTC.
const now = new Date('2026-12-14T10:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ dependencies: { now: () => now } });
});
afterAll(() => server.close());

const json = (body: unknown) => JSON.stringify(body);

describe('briefing routes', () => {
  it("writes this week's briefing now, once, then lists, reads and deletes it", async () => {
    const { cookie, user } = await server.signUp();
    await withUser(server.handle.db, user.id, (tx) => tx.insert(tasks).values({ title: 'Call Dana', dueOn: '2026-12-16' }));

    const written = await server.request('/api/briefings', { method: 'POST', cookie, body: json({}) });
    const { briefing } = (await written.json()) as { briefing: { id: string; weekOf: string; text: string } };
    const repeated = await server.request('/api/briefings', { method: 'POST', cookie, body: json({}) });
    const listed = (await (await server.request('/api/briefings', { cookie })).json()) as { timeZone: string; briefings: { id: string }[] };
    const read = await server.request(`/api/briefings/${briefing.id}`, { cookie });
    const deleted = await server.request(`/api/briefings/${briefing.id}`, { method: 'DELETE', cookie });
    const gone = await server.request(`/api/briefings/${briefing.id}`, { cookie });

    expect(written.status).toBe(201);
    expect(briefing.weekOf).toBe('2026-12-14');
    expect(briefing.text).toContain('1 task is due this week: Call Dana, due 2026-12-16.');
    expect(repeated.status).toBe(200);
    expect(((await repeated.json()) as { briefing: { id: string } }).briefing.id).toBe(briefing.id);
    expect(listed).toEqual({ timeZone: 'UTC', briefings: [expect.objectContaining({ id: briefing.id })] });
    expect(await read.json()).toMatchObject({ briefing: { id: briefing.id, facts: { tasksDue: [{ title: 'Call Dana' }] } } });
    expect(deleted.status).toBe(204);
    expect(gone.status).toBe(404);
    const actions = ['writeBriefing', 'listBriefings', 'readBriefing', 'deleteBriefing'];
    expect(await auditActionsOnceLogged(server, cookie, actions)).toEqual(expect.arrayContaining(actions));
  });

  it("keeps each user's briefings their own", async () => {
    const owner = await server.signUp();
    const other = await server.signUp();
    const { briefing } = (await (await server.request('/api/briefings', { method: 'POST', cookie: owner.cookie, body: json({}) })).json()) as { briefing: { id: string } };

    const read = await server.request(`/api/briefings/${briefing.id}`, { cookie: other.cookie });
    const deleted = await server.request(`/api/briefings/${briefing.id}`, { method: 'DELETE', cookie: other.cookie });
    const listed = (await (await server.request('/api/briefings', { cookie: other.cookie })).json()) as { briefings: unknown[] };

    expect(read.status).toBe(404);
    expect(deleted.status).toBe(404);
    expect(listed.briefings).toEqual([]);
  });

  it('sets the time zone the week is read in, and refuses one that does not exist', async () => {
    const { cookie } = await server.signUp();

    const set = await server.request('/api/briefings/time-zone', { method: 'PUT', cookie, body: json({ timeZone: 'Pacific/Auckland' }) });
    const bad = await server.request('/api/briefings/time-zone', { method: 'PUT', cookie, body: json({ timeZone: 'Mars/Olympus' }) });
    const badId = await server.request('/api/briefings/not-an-id', { cookie });
    const anonymous = await server.request('/api/briefings');
    const listed = (await (await server.request('/api/briefings', { cookie })).json()) as { timeZone: string };

    expect(set.status).toBe(200);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Not a time zone');
    expect(badId.status).toBe(400);
    expect(anonymous.status).toBe(401);
    expect(listed.timeZone).toBe('Pacific/Auckland');
  });
});
