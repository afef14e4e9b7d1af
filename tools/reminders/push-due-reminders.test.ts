import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { applications, auditEvents, gmailSignals, pushSubscriptions, reminderStates, tasks } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { setTimeZone } from '../briefings/user-time-zone.ts';
import { createPushService, type PushService } from '../push/push-service.ts';
import { savePushSubscription } from '../push/push-subscriptions.ts';
import { makeSubscriber, readVapidAuthorization, startPushServiceStub } from '../push/test-push-service.ts';
import { pushDueReminders, reminderActorDetail } from './push-due-reminders.ts';
import { reminderCron, startReminderQueue } from './reminder-queue.ts';

let handle: DatabaseHandle;
let stub: Awaited<ReturnType<typeof startPushServiceStub>>;
let push: PushService;
beforeAll(async () => {
  // A database of its own: the schedule goes through every user, and on a shared server that is every file's.
  handle = await openTestDatabase({ ownCatalogue: true });
  stub = await startPushServiceStub();
  const config = loadConfig({
    ATLAS_PUBLIC_URL: 'https://atlas.example.test',
    ATLAS_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    // The stub is a loopback push service: named as one, with private addresses allowed, as for local development.
    ATLAS_PUSH_SERVICES: '127.0.0.1',
    ATLAS_ALLOW_PRIVATE_FETCH: 'true',
  });
  push = createPushService(config, handle.db)!;
});
afterAll(async () => {
  await stub.close();
  await handle.close();
});

// Tuesday 10 March 2026, 09:00 UTC: after 08:00 in UTC, still night in Los Angeles.
const now = new Date('2026-03-10T09:00:00Z');
const run = (at = now) => pushDueReminders(handle.db, { now: at, push, logError: (error) => { throw error; } });

/** A user with a subscribed browser (its own path on the stub), a task due today, one overdue, one later, and an interview tomorrow. */
async function subscribedUser(options: { timeZone?: string } = {}) {
  const user = await createTestUser(handle.db);
  const path = `/push/${user.id}`;
  const subscriber = makeSubscriber(`${stub.url}${path}`);
  const seeded = await withUser(handle.db, user.id, async (tx) => {
    if (options.timeZone) await setTimeZone(tx, { userId: user.id, timeZone: options.timeZone });
    await savePushSubscription(tx, { userId: user.id, subscription: subscriber.subscription, deviceLabel: 'Firefox on Linux', cipher: push.cipher });
    const [application] = await tx.insert(applications).values({ company: 'Initech', title: 'Analyst' }).returning();
    const [dueToday] = await tx.insert(tasks).values({ title: 'Send portfolio', notes: 'private notes about salary', dueOn: '2026-03-10' }).returning();
    await tx.insert(tasks).values([
      { title: 'Overdue thank-you note', dueOn: '2026-03-01' },
      { title: 'Later task', dueOn: '2026-03-12' },
      { title: 'Done task', dueOn: '2026-03-10', doneAt: now },
    ]);
    await tx.insert(gmailSignals).values({
      messageId: `message-${user.id}`,
      threadId: `thread-${user.id}`,
      kind: 'interview_invitation',
      applicationId: application!.id,
      review: 'confirmed',
      senderEmail: 'recruiter@initech.example',
      subject: 'Interview on 11 March 2026 at 14:30, secret agenda inside',
      snippet: 'Please bring your passport',
      receivedAt: new Date('2026-03-05T10:00:00Z'),
    });
    return { taskId: dueToday!.id };
  });
  return { user, path, subscriber, ...seeded };
}

const receivedOn = (path: string) => stub.received.filter((request) => request.path === path);

describe('pushDueReminders', () => {
  it('pushes the task due today and tomorrow’s interview, VAPID-signed and encrypted to the browser’s key', async () => {
    const { user, path, subscriber, taskId } = await subscribedUser();

    const pushed = await run();
    const requests = receivedOn(path);
    const payloads = requests.map((request) => JSON.parse(subscriber.decrypt(request.body)) as Record<string, string>);
    const vapid = readVapidAuthorization(requests[0]?.headers.authorization);
    const audit = await withUser(handle.db, user.id, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.action, 'pushReminder')));

    expect(pushed.filter((each) => each.userId === user.id).map((each) => each.key)).toEqual([`task:${taskId}:2026-03-10`, `interview:thread-${user.id}:2026-03-11`]);
    expect(requests.map((request) => request.headers['content-encoding'])).toEqual(['aes128gcm', 'aes128gcm']);
    expect(requests.every((request) => Number(request.headers.ttl) > 0)).toBe(true);
    expect(vapid).toMatchObject({ key: (await push.vapidKeys()).publicKey, signed: true, claims: { aud: stub.url, sub: 'https://atlas.example.test' } });
    expect(vapid.claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(payloads).toEqual([
      { title: 'Send portfolio', body: 'Due today', url: '/tasks', tag: `task:${taskId}:2026-03-10` },
      { title: 'Interview: Initech', body: 'Tomorrow at 14:30', url: '/tasks', tag: `interview:thread-${user.id}:2026-03-11` },
    ]);
    // Neither the task's notes nor the mail's subject or snippet leave in a push.
    expect(JSON.stringify(payloads)).not.toMatch(/salary|secret agenda|passport|recruiter@/);
    expect(audit.map((entry) => [entry.actorDetail, entry.recordKind])).toEqual([
      [reminderActorDetail, 'task'],
      [reminderActorDetail, 'email signal'],
    ]);
  });

  it('pushes a reminder once: the next run sends nothing', async () => {
    const { path } = await subscribedUser();
    await run();
    const afterFirst = receivedOn(path).length;

    await run(new Date(now.getTime() + 15 * 60 * 1000));

    expect(afterFirst).toBe(2);
    expect(receivedOn(path)).toHaveLength(2);
  });

  it('waits for 08:00 where the user is', async () => {
    const { path } = await subscribedUser({ timeZone: 'America/Los_Angeles' });

    await run();

    expect(receivedOn(path)).toHaveLength(0);
  });

  it('deletes a subscription the push service reports gone (410), and keeps the reminder for a browser subscribed later', async () => {
    const { user, path, subscriber } = await subscribedUser();
    stub.answer(path, 410);

    await run();
    const left = await withUser(handle.db, user.id, (tx) => tx.select().from(pushSubscriptions));
    const marked = await withUser(handle.db, user.id, (tx) => tx.select().from(reminderStates));

    expect(receivedOn(path)).toHaveLength(1);
    expect(subscriber.decrypt(receivedOn(path)[0]!.body)).toContain('Send portfolio');
    expect(left).toEqual([]);
    expect(marked.filter((state) => state.pushedAt !== null)).toEqual([]);
  });

  it('counts a failed delivery and tries the reminder again on the next run', async () => {
    const { user, path } = await subscribedUser();
    stub.answer(path, 500);
    await run();
    const [failing] = await withUser(handle.db, user.id, (tx) => tx.select().from(pushSubscriptions));
    stub.answer(path, 201);

    await run(new Date(now.getTime() + 15 * 60 * 1000));
    const [recovered] = await withUser(handle.db, user.id, (tx) => tx.select().from(pushSubscriptions));

    expect(failing?.failureCount).toBe(2);
    expect(receivedOn(path)).toHaveLength(4);
    expect(recovered).toMatchObject({ failureCount: 0, lastSuccessAt: expect.any(Date) });
  });

  it('is scheduled on pg-boss every quarter of an hour', async () => {
    const queueName = `push-reminders-${crypto.randomUUID()}`;
    const queue = await startReminderQueue({ handle, push, queueName, logError: () => {} });
    try {
      const result = (await handle.db.execute(sql`select cron from pgboss.schedule where name = ${queueName}`)) as unknown as { rows: { cron: string }[] };
      expect(result.rows).toEqual([{ cron: reminderCron }]);
    } finally {
      await queue.stop();
    }
  });
});
