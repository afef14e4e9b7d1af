import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../db/with-user.ts';
import { tasks } from '../../db/schema.ts';
import { makeSubscriber } from '../../tools/push/test-push-service.ts';
import { auditActionsOnceLogged } from '../test-audit-log.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
let unconfigured: TestServer;
beforeAll(async () => {
  server = await startTestServer({ environment: { ATLAS_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` } });
  unconfigured = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await unconfigured.close();
});

const json = (body: unknown) => JSON.stringify(body);
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

function subscribe(cookie: string, subscription: unknown) {
  return server.request('/api/push/subscriptions', { method: 'POST', cookie, body: json(subscription), headers: { 'user-agent': firefox } });
}

describe('push routes', () => {
  it('gives the instance’s public key, the same on every call', async () => {
    const { cookie } = await server.signUp();

    const first = (await (await server.request('/api/push/key', { cookie })).json()) as { publicKey: string };
    const second = (await (await server.request('/api/push/key', { cookie })).json()) as { publicKey: string };

    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(Buffer.from(first.publicKey, 'base64url')[0]).toBe(4);
    expect(second).toEqual(first);
  });

  it('subscribes this browser, lists it by name without its keys, stores the keys encrypted, and logs it', async () => {
    const { cookie, user } = await server.signUp();
    const { subscription } = makeSubscriber(`https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`);

    const created = await subscribe(cookie, { ...subscription, expirationTime: null });
    const listed = (await (await server.request('/api/push/subscriptions', { cookie })).json()) as { devices: unknown[] };
    const stored = (await server.handle.db.execute(sql`select * from push_subscriptions where user_id = ${user.id}`)) as unknown as { rows: Record<string, string>[] };
    const logged = await auditActionsOnceLogged(server, cookie, ['subscribePush']);

    expect(created.status).toBe(201);
    expect(listed.devices).toEqual([expect.objectContaining({ deviceLabel: 'Firefox on Linux', pushService: 'fcm.googleapis.com', failureCount: 0 })]);
    expect(JSON.stringify(listed)).not.toContain(subscription.keys.p256dh);
    expect(JSON.stringify(stored.rows)).not.toContain(subscription.keys.p256dh);
    expect(JSON.stringify(stored.rows)).not.toContain(subscription.keys.auth);
    expect(logged).toContain('subscribePush');
  });

  it.each([
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['a server that is not a push service', 'https://evil.example/push'],
    ['a push service over plain http', 'http://fcm.googleapis.com/fcm/send/x'],
    ['a look-alike host', 'https://fcm.googleapis.com.evil.example/fcm/send/x'],
  ])('refuses %s as an endpoint with a 400 naming why', async (_name, endpoint) => {
    const { cookie } = await server.signUp();
    const { subscription } = makeSubscriber(endpoint);

    const response = await subscribe(cookie, subscription);
    const body = (await response.json()) as { error: { message: string; fields: { path: string }[] } };
    const listed = (await (await server.request('/api/push/subscriptions', { cookie })).json()) as { devices: unknown[] };

    expect(response.status).toBe(400);
    expect(body.error.fields).toEqual([expect.objectContaining({ path: 'endpoint' })]);
    expect(listed.devices).toEqual([]);
  });

  it('keeps each user’s browsers their own: another user neither sees nor removes them', async () => {
    const owner = await server.signUp();
    const stranger = await server.signUp();
    const { subscription } = makeSubscriber(`https://updates.push.services.mozilla.com/wpush/v2/${crypto.randomUUID()}`);
    const { device } = (await (await subscribe(owner.cookie, subscription)).json()) as { device: { id: string } };

    const seenByStranger = (await (await server.request('/api/push/subscriptions', { cookie: stranger.cookie })).json()) as { devices: unknown[] };
    const removedByStranger = await server.request(`/api/push/subscriptions/${device.id}`, { method: 'DELETE', cookie: stranger.cookie });
    const unsubscribedByStranger = await server.request('/api/push/subscriptions', { method: 'DELETE', cookie: stranger.cookie, body: json({ endpoint: subscription.endpoint }) });
    const stillOwners = (await (await server.request('/api/push/subscriptions', { cookie: owner.cookie })).json()) as { devices: unknown[] };
    const removedByOwner = await server.request(`/api/push/subscriptions/${device.id}`, { method: 'DELETE', cookie: owner.cookie });
    const afterwards = (await (await server.request('/api/push/subscriptions', { cookie: owner.cookie })).json()) as { devices: unknown[] };

    expect(seenByStranger.devices).toEqual([]);
    expect(removedByStranger.status).toBe(404);
    expect(unsubscribedByStranger.status).toBe(204);
    expect(stillOwners.devices).toHaveLength(1);
    expect(removedByOwner.status).toBe(204);
    expect(afterwards.devices).toEqual([]);
  });

  it('unsubscribes this browser by its endpoint', async () => {
    const { cookie } = await server.signUp();
    const { subscription } = makeSubscriber(`https://web.push.apple.com/${crypto.randomUUID()}`);
    await subscribe(cookie, subscription);

    const response = await server.request('/api/push/subscriptions', { method: 'DELETE', cookie, body: json({ endpoint: subscription.endpoint }) });
    const listed = (await (await server.request('/api/push/subscriptions', { cookie })).json()) as { devices: unknown[] };

    expect(response.status).toBe(204);
    expect(listed.devices).toEqual([]);
  });

  it('answers 503 saying what to set when no encryption key is configured, and 401 without a session', async () => {
    const { cookie } = await unconfigured.signUp();

    const response = await unconfigured.request('/api/push/key', { cookie });
    const anonymous = await server.request('/api/push/key');

    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'push_not_configured', message: expect.stringContaining('ATLAS_ENCRYPTION_KEYS') } });
    expect(anonymous.status).toBe(401);
  });
});

describe('reminder routes', () => {
  it('shows tasks due today and overdue, and hides one dismissed or snoozed', async () => {
    const { cookie, user } = await server.signUp();
    const today = new Date().toISOString().slice(0, 10);
    const [due, overdue, later] = await withUser(server.handle.db, user.id, (tx) =>
      tx
        .insert(tasks)
        .values([
          { title: 'Send portfolio', dueOn: today },
          { title: 'Thank-you note', dueOn: '2020-01-01' },
          { title: 'Someday', dueOn: '2999-01-01' },
        ])
        .returning(),
    );

    const listed = (await (await server.request('/api/reminders', { cookie })).json()) as { reminders: { key: string; title: string; when: string }[] };
    const dismissed = await server.request(`/api/reminders/${encodeURIComponent(`task:${due!.id}:${today}`)}`, { method: 'POST', cookie, body: json({ action: 'dismiss' }) });
    const snoozed = await server.request(`/api/reminders/${encodeURIComponent(`task:${overdue!.id}:2020-01-01`)}`, { method: 'POST', cookie, body: json({ action: 'snooze', hours: 2 }) });
    const invented = await server.request(`/api/reminders/${encodeURIComponent(`task:${later!.id}:2999-01-01`)}`, { method: 'POST', cookie, body: json({ action: 'dismiss' }) });
    const after = (await (await server.request('/api/reminders', { cookie })).json()) as { reminders: unknown[] };
    const logged = await auditActionsOnceLogged(server, cookie, ['listReminders', 'changeReminder']);

    expect(listed.reminders.map((reminder) => [reminder.title, reminder.when])).toEqual([
      ['Thank-you note', 'overdue'],
      ['Send portfolio', 'today'],
    ]);
    expect(dismissed.status).toBe(204);
    expect(snoozed.status).toBe(204);
    expect(invented.status).toBe(404);
    expect(after.reminders).toEqual([]);
    expect(logged).toEqual(expect.arrayContaining(['listReminders', 'changeReminder']));
  });
});
