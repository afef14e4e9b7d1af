import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeeds, gmailSignals, tasks } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { auditActionsOnceLogged } from '../test-audit-log.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function subscribe(cookie: string) {
  const response = await server.request('/api/calendar-feed', { method: 'POST', cookie });
  const { url } = (await response.json()) as { url: string };
  return { response, url, path: new URL(url).pathname };
}

/** What a calendar app does: a plain GET with no cookie and no Origin. */
const fetchFeed = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });

async function seedPlans(userId: string) {
  await withUser(server.handle.db, userId, async (tx) => {
    await tx.insert(tasks).values([
      { title: 'Send portfolio to Acme', dueOn: '2030-03-04', notes: 'private note' },
      { title: 'Already done', dueOn: '2030-03-05', doneAt: new Date() },
      { title: 'Someday', dueOn: null },
    ]);
    await tx.insert(gmailSignals).values({
      messageId: crypto.randomUUID(),
      threadId: 'thread-globex',
      kind: 'interview_invitation',
      review: 'applied',
      senderName: 'Globex Talent',
      senderEmail: 'talent@globex.example',
      subject: 'Entretien le 12 mars à 14h30',
      snippet: 'Bonjour, nous vous proposons un entretien',
      receivedAt: new Date('2030-03-01T08:00:00Z'),
    });
  });
}

describe('calendar feed', () => {
  it('serves open tasks with a due day and dated interviews as iCalendar, parsed back by a calendar parser', async () => {
    const owner = await server.signUp();
    const stranger = await server.signUp();
    await seedPlans(owner.user.id);
    await withUser(server.handle.db, stranger.user.id, (tx) => tx.insert(tasks).values({ title: 'Stranger task', dueOn: '2030-03-04' }));
    const { response, url, path } = await subscribe(owner.cookie);

    const feed = await fetchFeed(path);
    const text = await feed.text();
    const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');

    expect(response.status).toBe(201);
    expect(url).toMatch(new RegExp(`^${server.url}/calendar/atlas_cal_[a-z2-7]{24}\\.[a-z2-7]{24}\\.ics$`));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('set-cookie')).toBeNull();
    expect(events.map((event) => event.summary).sort()).toEqual(['Interview: Globex Talent', 'Send portfolio to Acme']);
    const task = events.find((event) => event.summary === 'Send portfolio to Acme')!;
    expect(task.datetype).toBe('date');
    expect([task.start.getFullYear(), task.start.getMonth() + 1, task.start.getDate()]).toEqual([2030, 3, 4]);
    const interview = events.find((event) => event.summary === 'Interview: Globex Talent')!;
    expect(interview.datetype).toBe('date-time');
    expect(text).toContain('DTSTART:20300312T143000\r\n');
    expect(text).toContain('DTEND:20300312T153000\r\n');
    expect(text).not.toContain('private note');
    expect(text).not.toContain('talent@globex.example');
  });

  it('answers 404 to a revoked address, and to the old one once a new address is made', async () => {
    const { cookie } = await server.signUp();
    const first = await subscribe(cookie);
    const second = await subscribe(cookie);

    const oldAddress = await fetchFeed(first.path);
    const newAddress = await fetchFeed(second.path);
    const revoked = await server.request('/api/calendar-feed', { method: 'DELETE', cookie });
    const afterRevoking = await fetchFeed(second.path);
    const status = await (await server.request('/api/calendar-feed', { cookie })).json();

    expect(oldAddress.status).toBe(404);
    expect(newAddress.status).toBe(200);
    expect(revoked.status).toBe(204);
    expect(afterRevoking.status).toBe(404);
    expect(status).toMatchObject({ active: false });
  });

  it('answers 404 to a wrong secret and a malformed address alike', async () => {
    const { cookie } = await server.signUp();
    const { path } = await subscribe(cookie);
    const wrongSecret = path.replace(/\.([a-z2-7]{24})\.ics$/, '.aaaaaaaaaaaaaaaaaaaaaaaa.ics');

    expect((await fetchFeed(wrongSecret)).status).toBe(404);
    expect((await fetchFeed('/calendar/nothing.ics')).status).toBe(404);
  });

  it('stores only a hash of the secret, and neither reads nor sets a session cookie', async () => {
    const { cookie, user } = await server.signUp();
    const { path } = await subscribe(cookie);
    const secret = path.split('.').at(-2)!;

    const withCookie = await fetchFeed(path, { cookie });
    const [row] = await withUser(server.handle.db, user.id, (tx) => tx.select().from(calendarFeeds));
    const stored = JSON.stringify({ ...row, secretHash: Buffer.from(row!.secretHash).toString('hex') });

    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get('set-cookie')).toBeNull();
    expect(stored).not.toContain(secret);
    expect(row!.lastFetchedAt).not.toBeNull();
  });

  it('shows the address once, to its signed-in owner only, and logs making and revoking it', async () => {
    const { cookie } = await server.signUp();
    await subscribe(cookie);

    const status = await (await server.request('/api/calendar-feed', { cookie })).json();
    const anonymous = await server.request('/api/calendar-feed', { method: 'POST' });
    await server.request('/api/calendar-feed', { method: 'DELETE', cookie });
    const logged = await auditActionsOnceLogged(server, cookie, ['createCalendarFeed', 'revokeCalendarFeed']);

    expect(status).toEqual({ active: true, createdAt: expect.any(String), lastFetchedAt: null });
    expect(status).not.toHaveProperty('url');
    expect(anonymous.status).toBe(401);
    expect(logged).toEqual(expect.arrayContaining(['createCalendarFeed', 'revokeCalendarFeed']));
  });
});
